import { ContractFactory, JsonRpcProvider, Wallet, keccak256, toUtf8Bytes } from 'ethers';
import artifact from '../../contracts/artifacts/TNET.json';
import { ChainError } from './chain-error';
import { pollReceipt } from './poll-receipt';

export interface DeployOptions {
  rpcUrl: string;
  /** Deploys and becomes the admin. */
  deployerKey: string;
  /** Receives MINTER_ROLE. */
  minter: string;
  foundation: string;
  foundationBps: number;
  timeoutMs?: number;
}

/** Deploys TNET (as deployTnetAt) and returns its address. */
export async function deployTnet(o: DeployOptions): Promise<string> {
  return (await deployTnetAt(o)).address;
}

/**
 * Deploys TNET from the committed artifact and grants MINTER_ROLE; returns its address and
 * the block it was deployed in (where event searches start: TNET_DEPLOY_BLOCK).
 * Receipts are polled with a timeout (tx.wait() was seen to hang against anvil).
 * @throws ChainError chain.unreachable when a receipt does not come in time
 */
export async function deployTnetAt(o: DeployOptions): Promise<{ address: string; blockNumber: number }> {
  const provider = new JsonRpcProvider(o.rpcUrl, undefined, { pollingInterval: 100 });
  try {
    const deployer = new Wallet(o.deployerKey, provider);
    const factory = new ContractFactory(artifact.abi, artifact.bytecode, deployer);
    let nonce = await provider.getTransactionCount(deployer.address, 'pending');
    const tx = await factory.getDeployTransaction(deployer.address, o.foundation, o.foundationBps);
    const sent = await deployer.sendTransaction({ ...tx, nonce: nonce++ });
    const receipt = await pollReceipt(provider, sent.hash, o.timeoutMs);
    if (receipt.status !== 1) throw new ChainError('chain.rejected', `deployment ${sent.hash} reverted`, false);
    const address = receipt.contractAddress!;
    const grant = await deployer.sendTransaction({
      to: address,
      nonce,
      data: factory.interface.encodeFunctionData('grantRole', [keccak256(toUtf8Bytes('MINTER_ROLE')), o.minter]),
    });
    if ((await pollReceipt(provider, grant.hash, o.timeoutMs)).status !== 1) throw new ChainError('chain.rejected', `grantRole ${grant.hash} reverted`, false);
    return { address, blockNumber: receipt.blockNumber };
  } finally {
    provider.destroy();
  }
}

import { ContractFactory, JsonRpcProvider, Wallet, keccak256, toUtf8Bytes } from 'ethers';
import artifact from '../../contracts/artifacts/TNET.json';
import { ChainError } from './chain-client';

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

/**
 * Deploys TNET from the committed artifact and grants MINTER_ROLE; returns its address.
 * Receipts are polled with a timeout (tx.wait() was seen to hang against anvil).
 * @throws ChainError chain.unreachable when a receipt does not come in time
 */
export async function deployTnet(o: DeployOptions): Promise<string> {
  const provider = new JsonRpcProvider(o.rpcUrl, undefined, { pollingInterval: 100 });
  try {
    const deployer = new Wallet(o.deployerKey, provider);
    const factory = new ContractFactory(artifact.abi, artifact.bytecode, deployer);
    let nonce = await provider.getTransactionCount(deployer.address, 'pending');
    const tx = await factory.getDeployTransaction(deployer.address, o.foundation, o.foundationBps);
    const sent = await deployer.sendTransaction({ ...tx, nonce: nonce++ });
    const receipt = await pollReceipt(provider, sent.hash, o.timeoutMs ?? 30_000);
    const address = receipt.contractAddress!;
    const grant = await deployer.sendTransaction({
      to: address,
      nonce,
      data: factory.interface.encodeFunctionData('grantRole', [keccak256(toUtf8Bytes('MINTER_ROLE')), o.minter]),
    });
    await pollReceipt(provider, grant.hash, o.timeoutMs ?? 30_000);
    return address;
  } finally {
    provider.destroy();
  }
}

async function pollReceipt(provider: JsonRpcProvider, hash: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await provider.getTransactionReceipt(hash);
    if (r) {
      if (r.status !== 1) throw new ChainError('chain.rejected', `transaction ${hash} reverted`, false);
      return r;
    }
    if (Date.now() > deadline) throw new ChainError('chain.unreachable', `no receipt for ${hash} within ${timeoutMs} ms`, true);
    await new Promise((res) => setTimeout(res, 100));
  }
}

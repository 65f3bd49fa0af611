import { JsonRpcProvider, Wallet } from 'ethers';
import { ConfigError, type Config } from '../config';
import { ChainError } from './chain-error';
import { deployTnetAt } from './deploy';
import { startLocalChain } from './local-chain';

export interface DeployedToken {
  address: string;
  chainId: number;
  /** RPC_URL, or the local anvil's URL (stopped again once deployed). */
  rpcUrl: string;
  /** True for the embedded local chain under DATA_DIR/chain. */
  local: boolean;
  /** Holds the admin role and MINTER_ROLE. */
  admin: string;
  /** The block of the deployment (TNET_DEPLOY_BLOCK): event searches start there. */
  deployBlock: number;
}

/**
 * Deploys TNET where the config points: to RPC_URL with MINTER_PRIVATE_KEY as admin and
 * minter (FOUNDATION_ADDRESS required: a real chain never gets the dev foundation), or to
 * the local anvil under DATA_DIR, which remembers its deployment and returns it again.
 * @throws ConfigError without FOUNDATION_ADDRESS for RPC_URL;
 *   ChainError chain.wrong_chain_id, chain.unreachable, chain.rejected
 */
export async function deployToken(config: Config): Promise<DeployedToken> {
  if (!config.rpcUrl) {
    const local = await startLocalChain(config.dataDir, { foundationAddress: config.foundationAddress, foundationBps: config.foundationBps });
    await local.node.stop();
    return { address: local.tokenAddress, chainId: local.chainId, rpcUrl: local.rpcUrl, local: true, admin: new Wallet(local.minterPrivateKey).address, deployBlock: local.deployBlock };
  }
  if (!config.foundationAddress) throw new ConfigError(['FOUNDATION_ADDRESS is required to deploy to RPC_URL']);
  if (!config.minterPrivateKey) throw new ConfigError(['MINTER_PRIVATE_KEY is required to deploy to RPC_URL']);
  const provider = new JsonRpcProvider(config.rpcUrl, undefined, { staticNetwork: false });
  let chainId: number;
  try {
    chainId = Number((await provider.getNetwork()).chainId);
  } catch (e) {
    throw new ChainError('chain.unreachable', `RPC_URL does not answer: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, true);
  } finally {
    provider.destroy();
  }
  if (config.chainId !== undefined && chainId !== config.chainId) {
    throw new ChainError('chain.wrong_chain_id', `RPC_URL reports chain id ${chainId}, CHAIN_ID says ${config.chainId}`, false);
  }
  const admin = new Wallet(config.minterPrivateKey).address;
  const { address, blockNumber } = await deployTnetAt({
    rpcUrl: config.rpcUrl,
    deployerKey: config.minterPrivateKey,
    minter: admin,
    foundation: config.foundationAddress,
    foundationBps: config.foundationBps,
    timeoutMs: 120_000,
  });
  return { address, chainId, rpcUrl: config.rpcUrl, local: false, admin, deployBlock: blockNumber };
}

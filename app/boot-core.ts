import { createCore, startLocalChain, type ChainClientOptions, type Config, type Core, type LocalChain } from '../core';

export interface BootedCore {
  core: Core;
  /** Closes the core, then stops the local chain when one was started. */
  stop(): Promise<void>;
}

/**
 * The core on the configured chain (RPC_URL), or on a local anvil started here with TNET
 * deployed (the embedded default).
 */
export async function bootCore(config: Config): Promise<BootedCore> {
  let local: LocalChain | undefined;
  let chain: ChainClientOptions;
  if (config.rpcUrl) {
    chain = { rpcUrl: config.rpcUrl, chainId: config.chainId, tokenAddress: config.tnetAddress!, minterPrivateKey: config.minterPrivateKey!, maxFeePerGasWei: config.mintMaxFeePerGasWei };
  } else {
    local = await startLocalChain(config.dataDir, { foundationAddress: config.foundationAddress, foundationBps: config.foundationBps });
    chain = { rpcUrl: local.rpcUrl, chainId: local.chainId, tokenAddress: local.tokenAddress, minterPrivateKey: local.minterPrivateKey, maxFeePerGasWei: config.mintMaxFeePerGasWei };
  }
  let core: Core;
  try {
    core = await createCore(config, { chain });
  } catch (e) {
    await local?.node.stop();
    throw e;
  }
  if (local) core.logger.info('local chain started', { rpc: local.rpcUrl, token: local.tokenAddress });
  return {
    core,
    stop: async () => {
      await core.close();
      await local?.node.stop();
    },
  };
}

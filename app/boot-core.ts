import { createCore, startLocalChain, type ChainClientOptions, type ChainReaderOptions, type Config, type Core, type LocalChain } from '../core';

export interface BootedCore {
  core: Core;
  /** Closes the core, then stops the local chain when one was started. */
  stop(): Promise<void>;
}

/**
 * The chain RPC_URL configures (TNET_ADDRESS, CHAIN_ID, the fee ceiling), with
 * MINTER_PRIVATE_KEY where the role mints; read only where it does not (ROLE=bot, web: the
 * config refuses the key there).
 */
export function configuredChain(config: Config): ChainClientOptions | ChainReaderOptions {
  const reader: ChainReaderOptions = { rpcUrl: config.rpcUrl!, chainId: config.chainId, tokenAddress: config.tnetAddress! };
  return config.minterPrivateKey ? { ...reader, minterPrivateKey: config.minterPrivateKey, maxFeePerGasWei: config.mintMaxFeePerGasWei } : reader;
}

/**
 * The core on the configured chain (RPC_URL), or on a local anvil started here with TNET
 * deployed (the embedded default, ROLE=all only). A node that does not answer (with CHAIN_ID
 * set) or a key without MINTER_ROLE starts the core degraded: chat and web run, /healthz
 * says why, and the mint job retries with backoff.
 */
export async function bootCore(config: Config): Promise<BootedCore> {
  let local: LocalChain | undefined;
  let chain: ChainClientOptions | ChainReaderOptions;
  if (config.rpcUrl) {
    chain = configuredChain(config);
  } else {
    local = await startLocalChain(config.dataDir, { foundationAddress: config.foundationAddress, foundationBps: config.foundationBps });
    chain = { rpcUrl: local.rpcUrl, chainId: local.chainId, tokenAddress: local.tokenAddress, minterPrivateKey: local.minterPrivateKey, maxFeePerGasWei: config.mintMaxFeePerGasWei, deployBlock: local.deployBlock };
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

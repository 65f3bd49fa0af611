import {
  configSecrets,
  createCore,
  createLogger,
  loadConfig,
  startLocalChain,
  type ChainClientOptions,
  type ChainReaderOptions,
  type Config,
  type Core,
  type LocalChain,
} from '../../core';

/** The streams a command writes to: results on stdout, progress and errors on stderr. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

/** A problem with what the operator typed or gave (a file, an id), worded for them. */
export class CliError extends Error {
  override name = 'CliError';
}

/** The validated configuration. @throws ConfigError naming every bad variable */
export const cliConfig = (opts: { requireTokenAddress?: boolean } = {}): Config => loadConfig(process.env, process.cwd(), opts);

/** A positive whole number from the command line (a campaign or member id). */
export function parseId(text: string, what: string): number {
  if (!/^#?\d{1,10}$/.test(text) || Number(text.replace(/^#/, '')) < 1 || Number(text.replace(/^#/, '')) > 2 ** 31 - 1) {
    throw new CliError(`${what} must be a positive whole number, got "${text}"`);
  }
  return Number(text.replace(/^#/, ''));
}

/**
 * Builds the core for one command and closes it after. The CLI logs warnings and errors
 * only (LOG_LEVEL=debug shows everything), so its stdout and stderr stay readable. With
 * `chain`, the core gets a chain: RPC_URL, or the local anvil under DATA_DIR, started for
 * the command and stopped after it.
 */
export async function withCore<T>(config: Config, fn: (core: Core) => Promise<T>, opts: { chain?: boolean } = {}): Promise<T> {
  const logger = createLogger({ level: config.logLevel === 'debug' ? 'debug' : 'warn', secrets: configSecrets(config) });
  let local: LocalChain | undefined;
  let chain: ChainClientOptions | ChainReaderOptions | undefined;
  if (opts.chain && config.rpcUrl) {
    const reader: ChainReaderOptions = { rpcUrl: config.rpcUrl, chainId: config.chainId, tokenAddress: config.tnetAddress! };
    // Without the key (ROLE=bot or web in the environment) the core reads the chain and has no mint.
    chain = config.minterPrivateKey ? { ...reader, minterPrivateKey: config.minterPrivateKey, maxFeePerGasWei: config.mintMaxFeePerGasWei } : reader;
  } else if (opts.chain) {
    local = await startLocalChain(config.dataDir, { foundationAddress: config.foundationAddress, foundationBps: config.foundationBps });
    chain = { rpcUrl: local.rpcUrl, chainId: local.chainId, tokenAddress: local.tokenAddress, minterPrivateKey: local.minterPrivateKey, maxFeePerGasWei: config.mintMaxFeePerGasWei };
  }
  try {
    const core = await createCore(config, { logger, chain });
    try {
      return await fn(core);
    } finally {
      await core.close();
    }
  } finally {
    await local?.node.stop();
  }
}

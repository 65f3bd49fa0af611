import 'reflect-metadata';
import { ConfigError, createCore, loadConfig, seedDemo, startLocalChain, type ChainClientOptions, type LocalChain } from '../../core';
import { startJobs } from '../../jobs/scheduler';
import { CommandRouter } from '../common/command-router';
import { ConsoleChat } from './console-chat';

/**
 * `npm start`: embedded defaults (PGlite, a local anvil with TNET deployed), the demo
 * campaign, the jobs, and the console chat on stdin; at the end of input it stops all it
 * started and exits 0.
 */
async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`tnet: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  let local: LocalChain | undefined;
  let chain: ChainClientOptions;
  if (config.rpcUrl) {
    chain = { rpcUrl: config.rpcUrl, chainId: config.chainId, tokenAddress: config.tnetAddress!, minterPrivateKey: config.minterPrivateKey!, maxFeePerGasWei: config.mintMaxFeePerGasWei };
  } else {
    local = await startLocalChain(config.dataDir, { foundationAddress: config.foundationAddress, foundationBps: config.foundationBps });
    chain = { rpcUrl: local.rpcUrl, chainId: local.chainId, tokenAddress: local.tokenAddress, minterPrivateKey: local.minterPrivateKey, maxFeePerGasWei: config.mintMaxFeePerGasWei };
  }
  let core;
  try {
    core = await createCore(config, { chain });
  } catch (e) {
    await local?.node.stop();
    throw e;
  }
  if (config.telegramBotToken || config.discordToken) {
    core.logger.warn('the Telegram and Discord adapters are not built yet; opening the console chat');
  }
  if (local) core.logger.info('local chain started', { rpc: local.rpcUrl, token: local.tokenAddress });
  const stopAll = async () => {
    await core.close();
    await local?.node.stop();
  };
  const onSignal = () => void stopAll().then(() => process.exit(0));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const seeded = await seedDemo(core.ds, core.campaigns);
    if (seeded !== undefined) core.logger.info('demo campaign seeded', { campaignId: seeded });
    const stopJobs = startJobs(core);
    const chat = new ConsoleChat(new CommandRouter(core), process.stdout);
    await chat.run(process.stdin, Boolean(process.stdin.isTTY));
    await stopJobs();
  } finally {
    await stopAll();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`tnet: start-up failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);

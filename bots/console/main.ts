import 'reflect-metadata';
import { ConfigError, createCore, loadConfig, seedDemo } from '../../core';
import { startJobs } from '../../jobs/scheduler';
import { CommandRouter } from '../common/command-router';
import { ConsoleChat } from './console-chat';

/** `npm start`: embedded defaults, the demo campaign, and the console chat on stdin. */
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
  const core = await createCore(config);
  if (config.telegramBotToken || config.discordToken) {
    core.logger.warn('the Telegram and Discord adapters are not built yet; opening the console chat');
  }
  const stop = async () => {
    await core.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const seeded = await seedDemo(core.ds, core.campaigns);
    if (seeded !== undefined) core.logger.info('demo campaign seeded', { campaignId: seeded });
    const stopJobs = startJobs(core);
    const chat = new ConsoleChat(new CommandRouter(core), process.stdout);
    await chat.run(process.stdin, Boolean(process.stdin.isTTY));
    await stopJobs();
  } finally {
    await core.close();
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

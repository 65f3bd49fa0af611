import 'reflect-metadata';
import { ConfigError, loadConfig, seedDemo, type Core } from '../core';
import { startJobs } from '../jobs/scheduler';
import { bootCore } from './boot-core';
import { CommandRouter } from './common/command-router';
import { ConsoleChat } from './console/console-chat';
import { createTelegramBot } from './telegram/create-telegram-bot';
import { startTelegram } from './telegram/start-telegram';

/** Resolves on the first SIGINT or SIGTERM. */
const signalled = (): Promise<string> =>
  new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });

async function runTelegram(core: Core): Promise<void> {
  const c = core.config;
  const bot = createTelegramBot(core, { token: c.telegramBotToken!, apiRoot: c.telegramApiRoot, adminIds: c.adminTelegramIds });
  const running = await startTelegram(bot, { token: c.telegramBotToken!, logger: core.logger, webhookUrl: c.telegramWebhookUrl, port: c.port });
  const signal = await signalled();
  core.logger.info('stopping the telegram bot', { signal });
  await running.stop();
}

async function runConsole(core: Core): Promise<void> {
  let stop: (() => void) | undefined;
  const interrupted = new Promise<void>((resolve) => (stop = resolve));
  void signalled().then(() => stop!());
  const chat = new ConsoleChat(new CommandRouter(core), process.stdout);
  await Promise.race([chat.run(process.stdin, Boolean(process.stdin.isTTY)), interrupted]);
}

/**
 * `npm start`: config, core (embedded defaults unless configured), the demo campaign, the
 * jobs, then the Telegram bot when TELEGRAM_BOT_TOKEN is set (until SIGTERM), else (or
 * with --console) the console chat on stdin until its input ends. Stops all it started.
 */
export async function launch(argv: readonly string[]): Promise<number> {
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
  const { core, stop } = await bootCore(config);
  try {
    const seeded = await seedDemo(core.ds, core.campaigns, core.baselines);
    if (seeded !== undefined) core.logger.info('demo campaign seeded', { campaignId: seeded });
    const stopJobs = startJobs(core);
    try {
      if (config.telegramBotToken && !argv.includes('--console')) await runTelegram(core);
      else {
        if (config.discordToken) core.logger.warn('the Discord adapter is not built yet; opening the console chat');
        await runConsole(core);
      }
    } finally {
      await stopJobs();
    }
  } finally {
    await stop();
  }
  return 0;
}

/** Runs launch as the process's main: exit code from it, one stderr line on a start-up failure. */
export function main(argv: readonly string[]): void {
  launch(argv).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`tnet: start-up failed: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}

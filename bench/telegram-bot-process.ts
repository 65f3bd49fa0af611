/**
 * The bot side of bench:telegram, in a process of its own as a deployed bot runs: the
 * core on the bench's engine (embedded PGlite in this process, or PostgreSQL with
 * DATABASE_URL), a campaign of --items items seeded and activated, and the real Telegram
 * bot polling the Bot API server at TELEGRAM_API_ROOT with TELEGRAM_BOT_TOKEN.
 *
 * Prints `ready <campaign id>` on stdout once the bot polls; stops gracefully on SIGTERM
 * (in-flight updates finished, card edits flushed) and prints `stopped <CPU ms used>`.
 */
import 'reflect-metadata';
import { Readable } from 'node:stream';
import { createCore, createLogger, loadConfig } from '../core';
import { createDataSource } from '../ormconfig';
import { createTelegramBot } from '../bots/telegram/create-telegram-bot';
import { startTelegram } from '../bots/telegram/start-telegram';

const arg = (name: string, d: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};

async function main(): Promise<void> {
  const token = process.env.TELEGRAM_BOT_TOKEN;
  const apiRoot = process.env.TELEGRAM_API_ROOT;
  if (!token || !apiRoot) throw new Error('TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT must be set');
  const config = loadConfig({ ANSWERS_PER_MINUTE: '0', LOG_LEVEL: 'error', ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) });
  const logger = createLogger({ level: 'error' });
  const core = await createCore(config, { logger, ds: createDataSource({ databaseUrl: config.databaseUrl }) });
  const c = await core.campaigns.create(
    { name: 'Bench', kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog'], reward: '1', budget: '100000000', answersPerTask: 3, maxAnswersPerTask: 5 },
    null,
  );
  const csv = ['id,text', ...Array.from({ length: arg('items', 2000) }, (_, i) => `b${i},picture ${i}`)].join('\n') + '\n';
  await core.campaigns.importItems(c.id, Readable.from([csv]), 'csv');
  await core.campaigns.transition(c.id, 'activate');

  const bot = createTelegramBot(core, { token, apiRoot, adminIds: [], globalPerSecond: arg('global-per-second', 1000) });
  const running = await startTelegram(bot, { token, logger });
  process.stdout.write(`ready ${c.id}\n`);

  await new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()));
  await running.stop();
  await core.close();
  const cpu = process.cpuUsage();
  process.stdout.write(`stopped ${Math.round((cpu.user + cpu.system) / 1000)}\n`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench:telegram bot process failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);

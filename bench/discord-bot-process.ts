/**
 * The bot side of bench:discord, in a process of its own as a deployed bot runs: the core
 * on the bench's engine (embedded PGlite owned by this process, or PostgreSQL with
 * DATABASE_URL), a campaign of --items items seeded and activated here, and the real
 * Discord bot (createDiscordBot + startDiscord, the deployment's defaults) against the
 * server named by DISCORD_API_BASE, DISCORD_TOKEN, DISCORD_APPLICATION_ID and
 * DISCORD_GUILD_IDS, read through loadConfig like `npm start` does.
 *
 * stdout carries only the protocol: `ready <campaign id>` once the gateway session is ready,
 * `stopped <CPU ms used>` after a graceful stop (in-flight interactions finished, card edits
 * flushed, disconnected). It stops on SIGTERM, and also when its stdin closes, so it
 * never outlives a bench that died without killing it. Logs (errors only) go to stderr.
 */
import 'reflect-metadata';
import { Readable } from 'node:stream';
import { createCore, createLogger, loadConfig } from '../core';
import { createDataSource } from '../ormconfig';
import { createDiscordBot } from '../bots/discord/create-discord-bot';
import { startDiscord } from '../bots/discord/start-discord';

const arg = (name: string, d: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const n = i > 0 ? Number(process.argv[i + 1]) : d;
  return Number.isFinite(n) && n > 0 ? n : d;
};

/** Only the keys the bench hands over: nothing else of the caller's environment configures this bot. */
const BENCH_KEYS = ['DATABASE_URL', 'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_API_BASE', 'DISCORD_GUILD_IDS'] as const;

/** Resolves on SIGTERM or SIGINT, or when the bench's end of stdin closes (the bench is gone). */
const stopRequested = (): Promise<string> =>
  new Promise((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
    process.stdin.once('end', () => resolve('stdin closed')).once('error', () => resolve('stdin error')).resume();
  });

async function main(): Promise<void> {
  let ready = false;
  const stop = stopRequested();
  // Asked to stop before the bot is up (the bench gave up or died): nothing to drain, leave now.
  void stop.then((reason) => {
    if (ready) return;
    process.stderr.write(`bench:discord bot process: ${reason} before ready, exiting\n`);
    process.exit(1);
  });
  const env: NodeJS.ProcessEnv = { ANSWERS_PER_MINUTE: '0', LOG_LEVEL: 'error' };
  for (const key of BENCH_KEYS) if (process.env[key]) env[key] = process.env[key];
  const config = loadConfig(env);
  if (!config.discordToken || !config.discordApplicationId || !config.discordApiBase) throw new Error('DISCORD_TOKEN, DISCORD_APPLICATION_ID and DISCORD_API_BASE must be set');
  const logger = createLogger({ level: 'error' });
  const core = await createCore(config, { logger, ds: createDataSource({ databaseUrl: config.databaseUrl }) });
  try {
    const c = await core.campaigns.create(
      { name: 'Bench', kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog'], reward: '1', budget: '100000000', answersPerTask: 3, maxAnswersPerTask: 5 },
      null,
    );
    const csv = ['id,text', ...Array.from({ length: arg('items', 2000) }, (_, i) => `b${i},picture ${i}`)].join('\n') + '\n';
    await core.campaigns.importItems(c.id, Readable.from([csv]), 'csv');
    await core.campaigns.transition(c.id, 'activate');

    const bot = createDiscordBot(core, { apiBase: config.discordApiBase, adminIds: [] });
    const running = await startDiscord(bot, { token: config.discordToken, applicationId: config.discordApplicationId, apiBase: config.discordApiBase, guildIds: config.discordGuildIds, logger });
    ready = true;
    process.stdout.write(`ready ${c.id}\n`);
    await stop;
    await running.stop();
  } finally {
    await core.close();
  }
  const cpu = process.cpuUsage();
  process.stdout.write(`stopped ${Math.round((cpu.user + cpu.system) / 1000)}\n`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench:discord bot process failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);

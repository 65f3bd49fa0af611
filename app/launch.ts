import 'reflect-metadata';
import { ConfigError, loadConfig, seedDemo, withStartupLock, type Core } from '../core';
import { startJobs } from '../jobs/scheduler';
import { bootCore } from './boot-core';
import { CommandRouter } from '../bots/common/command-router';
import { ConsoleChat } from '../bots/console/console-chat';
import { createDiscordBot } from '../bots/discord/create-discord-bot';
import { moderatesGuild } from '../bots/discord/moderator-check';
import { discordShardOptions } from '../bots/discord/shard-options';
import { startDiscord } from '../bots/discord/start-discord';
import { createTelegramBot } from '../bots/telegram/create-telegram-bot';
import { startTelegram } from '../bots/telegram/start-telegram';
import type { BotMetrics } from '../bots/common/bot-metrics';
import { createWebServer, type WebServer } from '../bots/web/create-web-server';
import { startWeb, type RunningWeb } from '../bots/web/start-web';

/** Resolves on the first SIGINT or SIGTERM. */
const signalled = (): Promise<string> =>
  new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });

/** Times every update the bot handles (polling and webhook both go through handleUpdate). */
function observeUpdates(bot: { handleUpdate: (...args: never[]) => Promise<unknown> }, metrics: BotMetrics): void {
  const handle = bot.handleUpdate.bind(bot) as (...args: unknown[]) => Promise<unknown>;
  (bot as { handleUpdate: (...args: unknown[]) => Promise<unknown> }).handleUpdate = async (...args: unknown[]) => {
    const started = performance.now();
    try {
      return await handle(...args);
    } finally {
      metrics.observeUpdate('telegram', (performance.now() - started) / 1000);
    }
  };
}

async function runTelegram(core: Core, web: WebServer | undefined): Promise<void> {
  const c = core.config;
  const bot = createTelegramBot(core, { token: c.telegramBotToken!, apiRoot: c.telegramApiRoot, adminIds: c.adminTelegramIds });
  if (web) observeUpdates(bot.bot, web.metrics);
  // The dashboard asks Telegram, on every request, whether its moderator still administers the chat.
  web?.mountModeratorCheck('telegram', (userId, place) => bot.moderators.administers(place, Number(userId)));
  // In webhook mode the webhook is a path on the web side's server (one PORT).
  const mount = c.telegramWebhookUrl && web ? web.mountTelegram : undefined;
  // A standby waiting for the polling lease stops waiting on SIGTERM.
  const standby = new AbortController();
  const signal = signalled().then((s) => {
    standby.abort(new Error(`stopped by ${s} while standing by`));
    return s;
  });
  let running;
  try {
    running = await startTelegram(bot, { token: c.telegramBotToken!, logger: core.logger, webhookUrl: c.telegramWebhookUrl, port: c.port, mount, pollingLease: core.leases, signal: standby.signal });
  } catch (e) {
    if (!standby.signal.aborted) throw e;
    core.logger.info('stopping the telegram bot (it was standing by)', { signal: await signal });
    await bot.cards.stop();
    return;
  }
  core.logger.info('stopping the telegram bot', { signal: await signal });
  await running.stop();
}

/** Starts the Discord bot (DISCORD_TOKEN); resolves with its stop. */
async function startDiscordBot(core: Core, web: WebServer | undefined): Promise<() => Promise<void>> {
  const c = core.config;
  const shards = discordShardOptions(c.discordShardCount, c.discordShards);
  const bot = createDiscordBot(core, { apiBase: c.discordApiBase, adminIds: c.adminDiscordIds, moderatorRoleIds: c.discordModeratorRoleIds, client: shards });
  // The dashboard asks Discord, on every request, whether its moderator still manages the server.
  web?.mountModeratorCheck('discord', (userId, guildId) => moderatesGuild(bot.client, c.discordModeratorRoleIds, guildId, userId));
  const running = await startDiscord(bot, { token: c.discordToken!, applicationId: c.discordApplicationId!, apiBase: c.discordApiBase, guildIds: c.discordGuildIds, logger: core.logger });
  return async () => {
    core.logger.info('stopping the discord bot');
    await running.stop();
  };
}

async function runConsole(core: Core): Promise<void> {
  let stop: (() => void) | undefined;
  const interrupted = new Promise<void>((resolve) => (stop = resolve));
  void signalled().then(() => stop!());
  const chat = new ConsoleChat(new CommandRouter(core), process.stdout, core.media);
  await Promise.race([chat.run(process.stdin, Boolean(process.stdin.isTTY)), interrupted]);
}

/**
 * The web side on PORT: the link page, /healthz, /metrics, exports (and the Telegram
 * webhook); only /healthz, /metrics (and the webhook) with `routes: 'ops'` (ROLE=bot, jobs).
 * A busy port stops start-up only when the Telegram webhook needs it or the role is a
 * separate one (a replica without its health check is invisible to its orchestrator);
 * otherwise the chat runs without the web side (a warning; in the console, where two local
 * runs may race for the port, an info line).
 */
async function runWeb(core: Core, consoleMode: boolean, opts: { routes?: 'all' | 'ops'; webhook?: boolean } = {}): Promise<{ web?: WebServer; running?: RunningWeb }> {
  const c = core.config;
  const webhook = opts.webhook ?? !consoleMode;
  const webhookPath = webhook && c.telegramBotToken && c.telegramWebhookUrl ? new URL(c.telegramWebhookUrl).pathname : undefined;
  const web = createWebServer(core, { exportToken: c.exportToken, metricsToken: c.metricsToken, telegramWebhookPath: webhookPath, consoleAdmins: consoleMode, routes: opts.routes, role: c.role });
  try {
    const running = await startWeb(web, { port: c.port, host: consoleMode ? '127.0.0.1' : '0.0.0.0' });
    core.logger.info('web side listening', { port: running.port, publicUrl: c.publicUrl, role: c.role, routes: opts.routes ?? 'all' });
    return { web, running };
  } catch (e) {
    if (webhookPath || c.role !== 'all') throw e;
    const detail = { port: c.port, error: e instanceof Error ? e.message : String(e) };
    if (consoleMode) core.logger.info('web side not started', detail);
    else core.logger.warn('web side not started: the link page, /healthz and /metrics are off', detail);
    await web.app.close().catch(() => undefined);
    return {};
  }
}

/** The demo campaigns when the database has none, under the start-up lock: replicas starting together seed once. */
async function seedOnce(core: Core): Promise<void> {
  const seeded = await withStartupLock(core.ds, 'demo-seed', () => seedDemo(core.ds, core.campaigns, core.baselines, core.media));
  if (seeded !== undefined) core.logger.info('demo campaign seeded', { campaignId: seeded });
}

/** ROLE=all: everything in one process, as `npm start` always ran; the console chat too. */
/** The Discord bot (DISCORD_TOKEN) and the Telegram bot (TELEGRAM_BOT_TOKEN), either or both, until SIGTERM or SIGINT; stops what it started. */
async function runBots(core: Core, web: WebServer | undefined): Promise<void> {
  const config = core.config;
  const stopDiscord = config.discordToken ? await startDiscordBot(core, web) : undefined;
  try {
    if (config.telegramBotToken) await runTelegram(core, web);
    else core.logger.info('stopping', { signal: await signalled() });
  } finally {
    await stopDiscord?.();
  }
}

async function runAll(core: Core, argv: readonly string[]): Promise<void> {
  const config = core.config;
  await seedOnce(core);
  const stopJobs = startJobs(core);
  const consoleMode = (!config.telegramBotToken && !config.discordToken) || argv.includes('--console');
  let webRunning: RunningWeb | undefined;
  try {
    const { web, running } = await runWeb(core, consoleMode);
    webRunning = running;
    if (!consoleMode) await runBots(core, web);
    else await runConsole(core);
  } finally {
    await webRunning?.stop();
    await stopJobs();
  }
}

/**
 * ROLE=bot: the Telegram and/or Discord bot, and a web server for the Telegram webhook,
 * /healthz and /metrics only. Replicable: Telegram in webhook mode (every replica takes
 * updates at the same path), Discord split by DISCORD_SHARDS. Long polling is one replica
 * at a time (Telegram answers a second getUpdates with 409): the others stand by on the
 * polling lease (startTelegram).
 */
async function runBot(core: Core): Promise<void> {
  const config = core.config;
  if (config.telegramBotToken && !config.telegramWebhookUrl) {
    core.logger.info('telegram long polling: one replica polls at a time, the others stand by; set TELEGRAM_WEBHOOK_URL to run replicas side by side');
  }
  const { web, running } = await runWeb(core, false, { routes: 'ops' });
  try {
    await runBots(core, web);
  } finally {
    await running?.stop();
  }
}

/** ROLE=jobs: the scheduler (every job under its lock, so replicas take turns), with /healthz and /metrics. */
async function runJobs(core: Core): Promise<void> {
  await seedOnce(core);
  const stopJobs = startJobs(core);
  try {
    const { running } = await runWeb(core, false, { routes: 'ops', webhook: false });
    try {
      core.logger.info('stopping', { signal: await signalled() });
    } finally {
      await running?.stop();
    }
  } finally {
    await stopJobs();
  }
}

/**
 * ROLE=web: the link page, exports, the dashboard, the transparency page, /healthz and
 * /metrics; no bot runs here, but the dashboard still asks Telegram and Discord, over their
 * HTTP APIs, whether a moderator administers the chat.
 */
async function runWebRole(core: Core): Promise<void> {
  const c = core.config;
  const { web, running } = await runWeb(core, false, { webhook: false });
  try {
    if (c.telegramBotToken) {
      const tg = createTelegramBot(core, { token: c.telegramBotToken, apiRoot: c.telegramApiRoot, adminIds: c.adminTelegramIds });
      web?.mountModeratorCheck('telegram', (userId, place) => tg.moderators.administers(place, Number(userId)));
    }
    if (c.discordToken) {
      const dc = createDiscordBot(core, { apiBase: c.discordApiBase, adminIds: c.adminDiscordIds, moderatorRoleIds: c.discordModeratorRoleIds });
      // REST only: no gateway session, so no shard of the bot is taken from a ROLE=bot replica.
      dc.client.rest.setToken(c.discordToken);
      web?.mountModeratorCheck('discord', (userId, guildId) => moderatesGuild(dc.client, c.discordModeratorRoleIds, guildId, userId));
    }
    core.logger.info('stopping', { signal: await signalled() });
  } finally {
    await running?.stop();
  }
}

/**
 * `npm start`: config, core (embedded defaults unless configured), then the ROLE's part:
 * `all` (the default) the demo campaign, the jobs, the web side, the Telegram bot
 * (TELEGRAM_BOT_TOKEN) and the Discord bot (DISCORD_TOKEN), either or both, until SIGTERM;
 * else (or with --console) the console chat on stdin until its input ends. `bot`, `jobs`,
 * `web` run one part each, replicable on one PostgreSQL. Stops all it started.
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
  if (config.role !== 'all' && argv.includes('--console')) {
    process.stderr.write(`tnet: the console chat runs all-in-one: start it without ROLE (or ROLE=all), not ROLE=${config.role}\n`);
    return 1;
  }
  const { core, stop } = await bootCore(config);
  try {
    core.logger.info('starting', { role: config.role });
    if (config.role === 'bot') await runBot(core);
    else if (config.role === 'jobs') await runJobs(core);
    else if (config.role === 'web') await runWebRole(core);
    else await runAll(core, argv);
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

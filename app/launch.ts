import 'reflect-metadata';
import { ConfigError, loadConfig, seedDemo, type Core } from '../core';
import { startJobs } from '../jobs/scheduler';
import { bootCore } from './boot-core';
import { CommandRouter } from '../bots/common/command-router';
import { ConsoleChat } from '../bots/console/console-chat';
import { createDiscordBot } from '../bots/discord/create-discord-bot';
import { moderatesGuild } from '../bots/discord/moderator-check';
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
  const running = await startTelegram(bot, { token: c.telegramBotToken!, logger: core.logger, webhookUrl: c.telegramWebhookUrl, port: c.port, mount });
  const signal = await signalled();
  core.logger.info('stopping the telegram bot', { signal });
  await running.stop();
}

/** Starts the Discord bot (DISCORD_TOKEN); resolves with its stop. */
async function startDiscordBot(core: Core, web: WebServer | undefined): Promise<() => Promise<void>> {
  const c = core.config;
  const bot = createDiscordBot(core, { apiBase: c.discordApiBase, adminIds: c.adminDiscordIds, moderatorRoleIds: c.discordModeratorRoleIds });
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
 * webhook). A busy port stops start-up only when the Telegram webhook needs it; otherwise
 * the chat runs without the web side (a warning; in the console, where two local runs may
 * race for the port, an info line).
 */
async function runWeb(core: Core, consoleMode: boolean): Promise<{ web?: WebServer; running?: RunningWeb }> {
  const c = core.config;
  const webhookPath = !consoleMode && c.telegramBotToken && c.telegramWebhookUrl ? new URL(c.telegramWebhookUrl).pathname : undefined;
  const web = createWebServer(core, { exportToken: c.exportToken, metricsToken: c.metricsToken, telegramWebhookPath: webhookPath, consoleAdmins: consoleMode });
  try {
    const running = await startWeb(web, { port: c.port, host: consoleMode ? '127.0.0.1' : '0.0.0.0' });
    core.logger.info('web side listening', { port: running.port, publicUrl: c.publicUrl });
    return { web, running };
  } catch (e) {
    if (webhookPath) throw e;
    const detail = { port: c.port, error: e instanceof Error ? e.message : String(e) };
    if (consoleMode) core.logger.info('web side not started', detail);
    else core.logger.warn('web side not started: the link page, /healthz and /metrics are off', detail);
    await web.app.close().catch(() => undefined);
    return {};
  }
}

/**
 * `npm start`: config, core (embedded defaults unless configured), the demo campaign, the
 * jobs, then the Telegram bot (TELEGRAM_BOT_TOKEN) and the Discord bot (DISCORD_TOKEN),
 * either or both, until SIGTERM; else (or with --console) the console chat on stdin until
 * its input ends. Stops all it started.
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
    const seeded = await seedDemo(core.ds, core.campaigns, core.baselines, core.media);
    if (seeded !== undefined) core.logger.info('demo campaign seeded', { campaignId: seeded });
    const stopJobs = startJobs(core);
    const consoleMode = (!config.telegramBotToken && !config.discordToken) || argv.includes('--console');
    let webRunning: RunningWeb | undefined;
    try {
      const { web, running } = await runWeb(core, consoleMode);
      webRunning = running;
      if (!consoleMode) {
        const stopDiscord = config.discordToken ? await startDiscordBot(core, web) : undefined;
        try {
          if (config.telegramBotToken) await runTelegram(core, web);
          else core.logger.info('stopping', { signal: await signalled() });
        } finally {
          await stopDiscord?.();
        }
      } else await runConsole(core);
    } finally {
      await webRunning?.stop();
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

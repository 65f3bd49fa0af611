import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { webhookCallback } from 'grammy';
import type { HeldLease, LeaseService, Logger } from '../../core';
import { commandMenus, type CommandMenu } from './bot-commands';
import type { TelegramBot } from './create-telegram-bot';

export interface StartTelegramOptions {
  token: string;
  logger: Logger;
  /** Webhook mode (TELEGRAM_WEBHOOK_URL); long polling when absent. */
  webhookUrl?: string;
  /** Port of the webhook server. */
  port?: number;
  /** Host the webhook server listens on. */
  host?: string;
  /**
   * Webhook mode on another HTTP server (the web side on the same PORT): called once with
   * the webhook's path and a handler for POSTs to it (grammY's fastify adapter shape).
   * No server of its own is started then.
   */
  mount?: (path: string, handler: (request: unknown, reply: unknown) => Promise<void>) => void;
  /**
   * Long polling among replicas (core.leases, on PostgreSQL): Telegram answers a second
   * getUpdates with 409, so a replica polls only while it holds the bot's polling lease;
   * the others wait as standbys and one takes over when the poller stops or dies.
   */
  pollingLease?: Pick<LeaseService, 'hold'>;
  /** Ends a standby's wait for the polling lease (SIGTERM before it ever polled): startTelegram rejects. */
  signal?: AbortSignal;
}

export interface RunningTelegram {
  /** Port the webhook server listens on (webhook mode). */
  port?: number;
  /** Stops taking updates, finishes those in flight and the card edits due, then resolves. */
  stop(): Promise<void>;
}

/**
 * The webhook secret: the same on every replica (they share the token) and not guessable
 * without the token; Telegram sends it back in X-Telegram-Bot-Api-Secret-Token.
 */
export const webhookSecret = (token: string): string => createHash('sha256').update(`tnet-webhook:${token}`).digest('hex');

/**
 * The command menus: English for every client, then each other language's for clients set
 * to it. Non-essential: a Bot API server without setMyCommands still runs the bot (the
 * default menu failing, the others are not tried), one without a language's menu shows
 * English there.
 */
async function registerMenus(tg: TelegramBot, log: Logger): Promise<void> {
  const [fallback, ...others] = commandMenus();
  const set = (menu: CommandMenu) => tg.bot.api.setMyCommands(menu.commands, menu.languageCode === undefined ? undefined : { language_code: menu.languageCode });
  try {
    await set(fallback!);
  } catch (e) {
    log.warn('telegram setMyCommands failed; the bot runs without a command menu', { error: e });
    return;
  }
  for (const menu of others) {
    await set(menu).catch((e: unknown) => log.warn('telegram setMyCommands failed for a language; its clients see the English menu', { languageCode: menu.languageCode, error: e }));
  }
}

/** Registers the menus, then runs long polling (runner) or the webhook server. */
export async function startTelegram(tg: TelegramBot, opts: StartTelegramOptions): Promise<RunningTelegram> {
  const { bot, cards } = tg;
  const log = opts.logger;
  await bot.init();
  await registerMenus(tg, log);
  await cards.reconcile().catch((e: unknown) => log.warn('telegram card reconcile failed', { error: e }));

  if (!opts.webhookUrl) {
    let lease: HeldLease | undefined;
    if (opts.pollingLease) {
      // The bot's id (the token's public part) names the lease: another bot polls on its own.
      lease = await opts.pollingLease.hold(`telegram-polling:${opts.token.split(':')[0]}`, {
        onWait: (holder) => log.warn('telegram long polling: another replica polls this bot; standing by until it stops (set TELEGRAM_WEBHOOK_URL to run replicas side by side)', { holder }),
        onLost: () => log.error('telegram long polling: the polling lease was taken by another replica (renewal too late); two pollers get 409 from Telegram'),
        signal: opts.signal,
      });
    }
    await bot.api.deleteWebhook().catch((e: unknown) => log.warn('telegram deleteWebhook failed', { error: e }));
    const handle: RunnerHandle = run(bot, { runner: { fetch: { allowed_updates: ['message', 'callback_query'] } } });
    log.info('telegram bot polling', { username: bot.botInfo.username });
    return {
      stop: async () => {
        // Resolves once every update already fetched has run its middleware.
        if (handle.isRunning()) await handle.stop();
        await lease?.release();
        await cards.stop();
      },
    };
  }

  const secret = webhookSecret(opts.token);
  const path = new URL(opts.webhookUrl).pathname;
  const handle = webhookCallback(bot, 'http', { secretToken: secret, onTimeout: 'return', timeoutMilliseconds: 9_000 });
  const inFlight = new Set<Promise<void>>();
  if (opts.mount) {
    const handleFastify = webhookCallback(bot, 'fastify', { secretToken: secret, onTimeout: 'return', timeoutMilliseconds: 9_000 });
    opts.mount(path, (request, reply) => {
      const p = (handleFastify as (rq: unknown, rp: unknown) => Promise<void>)(request, reply);
      inFlight.add(p);
      void p.catch(() => undefined).finally(() => inFlight.delete(p));
      return p;
    });
    await bot.api.setWebhook(opts.webhookUrl, { secret_token: secret, allowed_updates: ['message', 'callback_query'] });
    log.info('telegram bot on webhook', { username: bot.botInfo.username, path, server: 'web' });
    return {
      stop: async () => {
        await Promise.allSettled([...inFlight]);
        await cards.stop();
      },
    };
  }
  const server: Server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url?.split('?')[0] !== path) {
      res.writeHead(404).end();
      return;
    }
    const p = handle(req, res).catch((e: unknown) => {
      log.error('telegram webhook request failed', { error: e });
      if (!res.headersSent) res.writeHead(500).end();
    });
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(opts.port ?? 8080, opts.host ?? '0.0.0.0', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : undefined;
  await bot.api.setWebhook(opts.webhookUrl, { secret_token: secret, allowed_updates: ['message', 'callback_query'] });
  log.info('telegram bot on webhook', { username: bot.botInfo.username, port, path });
  return {
    port,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.all([...inFlight]);
      // Connections that went idle with the last reply (keep-alive) would hold close() open.
      server.closeIdleConnections();
      await closed;
      await cards.stop();
    },
  };
}

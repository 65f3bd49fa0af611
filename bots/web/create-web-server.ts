import Fastify, { type FastifyInstance } from 'fastify';
import { isDomainError, type Core, type DomainErrorCode, type Platform, type Role } from '../../core';
import { errorEdge } from '../common/error-edge';
import { english } from '../common/i18n/translator';
import { registerDashboard, type ModeratorCheckFn } from './dashboard.routes';
import { registerExports } from './export.route';
import { registerHealth } from './health.route';
import { registerLinkPage } from './link-page.routes';
import { registerMetrics } from './metrics.route';
import { registerTransparency } from './transparency.routes';
import { WebMetrics } from './web-metrics';

export type WebDeps = Pick<Core, 'wallets' | 'moderation' | 'health' | 'snapshot' | 'logger' | 'transparency' | 'dashboard' | 'reports' | 'config' | 'appeals'>;

export interface WebServerOptions {
  /** EXPORT_TOKEN; exports are off without it. */
  exportToken?: string;
  /** METRICS_TOKEN; /metrics is off without it. */
  metricsToken?: string;
  /** Path of the Telegram webhook on this server (same PORT); its handler comes with mountTelegram. */
  telegramWebhookPath?: string;
  /** Console mode: the console's users are the operator's, platform admins on the dashboard too. */
  consoleAdmins?: boolean;
  /**
   * What this process serves besides /healthz and /metrics: `all` the web side (link page,
   * exports, transparency, dashboard); `ops` nothing more (ROLE=bot with its webhook, ROLE=jobs).
   */
  routes?: 'all' | 'ops';
  /** The process's ROLE, as /healthz says it. */
  role?: Role;
}

export interface WebServer {
  app: FastifyInstance;
  /** The metrics chat adapters report to (bot update latency). */
  metrics: WebMetrics;
  /** Hands the Telegram webhook its handler (startTelegram's `mount`); until then it answers 503. */
  mountTelegram(path: string, handler: (request: unknown, reply: unknown) => Promise<void>): void;
  /** Hands the dashboard a platform's live moderator check (the bot that can ask it); without one only platform admins get in. */
  mountModeratorCheck(platform: Platform, check: ModeratorCheckFn): void;
}

/** HTTP status for the domain errors the web side can meet; the rest are 400. */
const STATUS: Partial<Record<DomainErrorCode, number>> = {
  'wallet.no_challenge': 404,
  'wallet.challenge_expired': 410,
  'wallet.address_taken': 409,
  'campaign.not_found': 404,
  'campaign.export_format': 404,
};

/**
 * The web side (fastify): the link page, /healthz, /metrics (for the holder of the metrics
 * token), campaign exports, the moderator dashboard (/dashboard), and the Telegram webhook when it runs on the same port. The
 * request logger is off: the link page's URL holds a one-time token and the export and
 * metrics headers a secret.
 */
export function createWebServer(deps: WebDeps, opts: WebServerOptions = {}): WebServer {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024, trustProxy: true });
  const metrics = new WebMetrics(() => deps.snapshot.snapshot());
  app.setErrorHandler((e: unknown, req, reply) => {
    const status = (e as { statusCode?: number }).statusCode;
    if (!isDomainError(e) && typeof status === 'number' && status >= 400 && status < 500) {
      return reply.code(status).send({ code: 'request.invalid', error: 'That request is not valid.' });
    }
    // English: the JSON's `error` is for API clients and logs; the link page words the code itself.
    const out = errorEdge(english(), e, deps.logger, 'web request failed', { route: req.routeOptions.url ?? 'unknown', method: req.method });
    if (out.kind === 'rule') return reply.code(STATUS[out.error.code] ?? 400).send({ code: out.error.code, error: out.text });
    return reply.code(500).send({ code: 'internal', error: out.text, ref: out.correlationId });
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ code: 'not_found', error: 'Not found.' }));
  registerHealth(app, deps, opts.role ?? 'all');
  registerMetrics(app, metrics, opts.metricsToken);
  const moderatorChecks = new Map<Platform, ModeratorCheckFn>();
  if ((opts.routes ?? 'all') === 'all') {
    registerLinkPage(app, deps);
    registerExports(app, deps, opts.exportToken);
    registerTransparency(app, deps);
    registerDashboard(app, deps, { checks: moderatorChecks, consoleAdmins: opts.consoleAdmins ?? false });
  }
  let telegram: ((request: unknown, reply: unknown) => Promise<void>) | undefined;
  if (opts.telegramWebhookPath) {
    app.post(opts.telegramWebhookPath, async (request, reply) => {
      if (!telegram) return reply.code(503).send();
      return telegram(request, reply);
    });
  }
  return {
    app,
    metrics,
    mountTelegram: (path, handler) => {
      if (path !== opts.telegramWebhookPath) throw new Error(`the web server serves the Telegram webhook at ${String(opts.telegramWebhookPath)}, not ${path}`);
      telegram = handler;
    },
    mountModeratorCheck: (platform, check) => void moderatorChecks.set(platform, check),
  };
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  COOKIE_PATH,
  csrfDecision,
  exportFileName,
  fromOwnOrigin,
  isDomainError,
  mayModerate,
  SESSION_COOKIE,
  sessionCookie,
  sessionIdFrom,
  type Actor,
  type Core,
  type DashboardSession,
  type ExportFormat,
  type Platform,
} from '../../core';
import { campaignChartSvg } from '../common/campaign-chart';
import { errorEdge } from '../common/error-edge';
import { languageOf } from '../common/i18n/languages';
import { translator, type Translator } from '../common/i18n/translator';
import { campaignPage, loginPage, messagePage, overviewPage, refusalPage } from './dashboard-html';
import { decideAppeal } from '../common/appeal-commands';
import { pageLanguage } from './page-language';

export type DashboardDeps = Pick<Core, 'dashboard' | 'moderation' | 'reports' | 'config' | 'logger' | 'appeals'>;

/** Whether a platform user administers a community's chat or server now (Telegram getChatMember, Discord permissions). */
export type ModeratorCheckFn = (platformUserId: string, place: string) => Promise<boolean>;

export interface DashboardOptions {
  /** Each chat platform's live check, mounted by the bot that can ask it; a platform without one: nobody but platform admins. */
  checks: Map<Platform, ModeratorCheckFn>;
  /** The console's users are the operator's (console mode only): platform admins, as in the console chat. */
  consoleAdmins: boolean;
}

/**
 * Only our own stylesheet and images, no script at all, forms only to ourselves, no framing,
 * nothing cached (a moderator's figures). The referrer goes to ourselves only: with
 * no-referrer a browser sends `Origin: null` on our own forms, which the CSRF gate refuses
 * (the login answer, whose URL held the token, sends none).
 */
const PAGE_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

const CONTENT_TYPE: Record<'csv' | 'jsonl', string> = { csv: 'text/csv; charset=utf-8', jsonl: 'application/x-ndjson; charset=utf-8' };

interface Signed {
  session: DashboardSession;
  actor: Actor;
  t: Translator;
}

/**
 * The moderator dashboard under /dashboard. Who may: the holder of a live session cookie
 * (opened by a one-time link the bot sent them in private) who STILL moderates the
 * session's community, checked on every request through core's mayModerate and the
 * platform's live check; anyone else gets the refusal page and nothing of the community.
 * A campaign of another community is 404, like an unknown id. Every POST needs the
 * session's synchronizer token and this site's Origin (or Referer); pause, resume and close
 * go through core's moderation (audited with the moderator as actor), exports too.
 */
export function registerDashboard(root: FastifyInstance, deps: DashboardDeps, opts: DashboardOptions): void {
  // Its own scope: the form parser below serves the dashboard's forms only.
  void root.register(async (app) => dashboardRoutes(app, deps, opts));
}

function dashboardRoutes(app: FastifyInstance, deps: DashboardDeps, opts: DashboardOptions): void {
  // The forms post application/x-www-form-urlencoded: a few short fields.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  const css = readFileSync(path.join(__dirname, 'public', 'dashboard.css'), 'utf8');
  const admins: Record<string, readonly string[]> = { telegram: deps.config.adminTelegramIds, discord: deps.config.adminDiscordIds };
  const html = (reply: FastifyReply, status: number, body: string) => reply.code(status).headers(PAGE_HEADERS).type('text/html; charset=utf-8').send(body);
  const wordsFor = (req: FastifyRequest): Translator => translator(pageLanguage((req.query as { lang?: unknown } | undefined)?.lang, req.headers['accept-language']));

  /** The session's moderator as core's Actor, asked about the community's own place. */
  const actorOf = (s: DashboardSession): Actor => {
    const platform = s.platform as Platform;
    const check = opts.checks.get(platform);
    return {
      memberId: s.memberId,
      identity: `${s.platform}:${s.platformUserId}`,
      platformAdmin: (admins[platform] ?? []).includes(s.platformUserId) || (platform === 'console' && opts.consoleAdmins),
      here: { platform, place: null },
      moderates: (place) => (check ? check(s.platformUserId, place) : Promise.resolve(false)),
    };
  };

  /** The signed-in moderator, or undefined once the refusal page is sent. */
  const signIn = async (req: FastifyRequest, reply: FastifyReply): Promise<Signed | undefined> => {
    const id = sessionIdFrom(req.headers.cookie);
    const session = id === undefined ? undefined : await deps.dashboard.session(id);
    if (session) {
      const actor = actorOf(session);
      const c = session.community;
      const answer = mayModerate({ platformAdmin: actor.platformAdmin, community: { platform: c.platform, id: c.platformChatId }, here: actor.here });
      const may = answer === 'yes' || (answer === 'ask_platform' && (await actor.moderates(c.platformChatId)));
      if (may) return { session, actor, t: translator(languageOf(session.lang) ?? wordsFor(req).lang) };
    }
    const t = wordsFor(req);
    html(reply, 401, refusalPage(t, t.t('dash-refused-session')));
    return undefined;
  };

  const origins = (req: FastifyRequest) => ({ origin: req.headers.origin, referer: req.headers.referer, ownOrigin: `${req.protocol}://${req.host}` });

  /** A campaign id from the path; a malformed one is 404 like an unknown one. */
  const campaignId = (raw: string): number | undefined => (/^\d{1,9}$/.test(raw) ? Number(raw) : undefined);

  const notFound = (reply: FastifyReply, t: Translator) => html(reply, 404, refusalPage(t, t.t('dash-not-found')));

  /** Runs `work`; a campaign outside the community (campaign.not_found) is the 404 page. */
  const scoped = async (reply: FastifyReply, t: Translator, work: () => Promise<unknown>): Promise<unknown> => {
    try {
      return await work();
    } catch (err) {
      if (isDomainError(err) && err.code === 'campaign.not_found') return notFound(reply, t);
      throw err;
    }
  };

  app.get('/dashboard/static/dashboard.css', async (_req, reply) => reply.header('x-content-type-options', 'nosniff').header('cache-control', 'no-cache').type('text/css; charset=utf-8').send(css));

  // The link opens a page with one button; only its POST spends the token (a link preview
  // or a scanner fetching the URL does not).
  app.get<{ Querystring: { token?: string; lang?: string } }>('/dashboard/login', async (req, reply) => {
    const t = wordsFor(req);
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    if (!(await deps.dashboard.linkOpen(token))) return html(reply, 410, refusalPage(t, t.t('dash-refused-link')));
    return html(reply, 200, loginPage(t, token));
  });

  app.post<{ Body: { token?: unknown } }>('/dashboard/login', async (req, reply) => {
    const t = wordsFor(req);
    // No session yet, so no synchronizer token: the link's token is the secret, and the
    // Origin must be ours (no other site may sign a browser into a session of its choosing).
    if (!fromOwnOrigin(origins(req))) return html(reply, 403, refusalPage(t, t.t('dash-refused-csrf')));
    const token = typeof req.body?.token === 'string' ? req.body.token : '';
    const result = await deps.dashboard.login(token);
    if ('refused' in result) return html(reply, 410, refusalPage(t, t.t('dash-refused-link')));
    const maxAge = Math.floor((result.expiresAt.getTime() - Date.now()) / 1000);
    // 303 to /dashboard: a reload does not post the token again.
    return reply
      .code(303)
      .headers({ 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' })
      .header('set-cookie', sessionCookie(result.sessionId, { secure: req.protocol === 'https', maxAgeSeconds: maxAge }))
      .header('location', '/dashboard')
      .send();
  });

  app.get('/dashboard', async (req, reply) => {
    const me = await signIn(req, reply);
    if (!me) return reply;
    const list = await deps.dashboard.overview(me.session.community.id);
    return html(reply, 200, overviewPage(me.t, me.session.community.title, me.session.csrf, list));
  });

  app.get<{ Params: { id: string }; Querystring: { done?: string } }>('/dashboard/campaigns/:id', async (req, reply) => {
    const me = await signIn(req, reply);
    if (!me) return reply;
    const id = campaignId(req.params.id);
    if (id === undefined) return notFound(reply, me.t);
    return scoped(reply, me.t, async () => {
      const analytics = await deps.dashboard.analytics(me.session.community.id, id);
      const appeals = (await deps.appeals.pendingAppeals(me.session.community.id, me.session.memberId)).filter((a) => a.campaignId === id);
      return html(reply, 200, campaignPage(me.t, me.session.community.title, me.session.csrf, analytics, appeals, req.query.done));
    });
  });

  app.get<{ Params: { id: string } }>('/dashboard/campaigns/:id/chart.svg', async (req, reply) => {
    const me = await signIn(req, reply);
    if (!me) return reply;
    const id = campaignId(req.params.id);
    if (id === undefined) return notFound(reply, me.t);
    return scoped(reply, me.t, async () => {
      await deps.dashboard.inCommunity(me.session.community.id, id);
      const svg = campaignChartSvg(me.t, await deps.reports.report(id), { width: 800, height: 520 });
      return reply.headers({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" }).type('image/svg+xml; charset=utf-8').send(svg);
    });
  });

  for (const format of ['csv', 'jsonl'] as const) {
    app.get<{ Params: { id: string }; Querystring: { final?: string } }>(`/dashboard/campaigns/:id/export.${format}`, async (req, reply) => {
      const me = await signIn(req, reply);
      if (!me) return reply;
      const id = campaignId(req.params.id);
      if (id === undefined) return notFound(reply, me.t);
      return scoped(reply, me.t, async () => {
        await deps.dashboard.inCommunity(me.session.community.id, id);
        // The same core call as the bots' and the operator's exports: scoped to the actor, audited.
        const exp = await deps.moderation.openExport(me.actor, id, { format: format as ExportFormat, finalOnly: req.query.final === '1' });
        return reply
          .type(CONTENT_TYPE[format])
          .header('content-disposition', `attachment; filename="${exportFileName(id, format)}"`)
          .header('cache-control', 'no-store')
          .header('x-content-type-options', 'nosniff')
          .send(exp.stream());
      });
    });
  }

  /** The CSRF gate of a POST: this site's Origin and the session's token; the refusal page otherwise. */
  const csrfOk = (req: FastifyRequest, reply: FastifyReply, me: Signed): boolean => {
    const body = (req.body ?? {}) as { csrf?: unknown };
    const decision = csrfDecision({
      ...origins(req),
      sentToken: typeof body.csrf === 'string' ? body.csrf : undefined,
      sessionToken: me.session.csrf,
    });
    if (decision === 'ok') return true;
    html(reply, 403, refusalPage(me.t, me.t.t('dash-refused-csrf')));
    return false;
  };

  for (const action of ['pause', 'resume', 'close'] as const) {
    app.post<{ Params: { id: string } }>(`/dashboard/campaigns/:id/${action}`, async (req, reply) => {
      const me = await signIn(req, reply);
      if (!me) return reply;
      if (!csrfOk(req, reply, me)) return reply;
      const id = campaignId(req.params.id);
      if (id === undefined) return notFound(reply, me.t);
      return scoped(reply, me.t, async () => {
        await deps.dashboard.inCommunity(me.session.community.id, id);
        try {
          // The bots' /campaign pause|resume|close path: scoped to what the actor moderates, audited.
          await deps.moderation.transition(me.actor, id, action);
        } catch (err) {
          if (!isDomainError(err) || err.code === 'campaign.not_found') throw err;
          const out = errorEdge(me.t, err, deps.logger, 'dashboard action failed', { action });
          return html(reply, 409, refusalPage(me.t, out.text));
        }
        return reply.code(303).header('location', `/dashboard/campaigns/${id}?done=${action}`).send();
      });
    });
  }

  for (const decision of ['uphold', 'refuse'] as const) {
    app.post<{ Params: { id: string } }>(`/dashboard/appeals/:id/${decision}`, async (req, reply) => {
      const me = await signIn(req, reply);
      if (!me) return reply;
      if (!csrfOk(req, reply, me)) return reply;
      const id = campaignId(req.params.id);
      if (id === undefined) return notFound(reply, me.t);
      // The chats' Uphold / Refuse: core checks again that this moderator may decide this appeal.
      const out = await decideAppeal(me.t, deps, me.actor, id, decision);
      return html(reply, 200, messagePage(me.t, out.messages[0]!.text!));
    });
  }

  app.post('/dashboard/logout', async (req, reply) => {
    const me = await signIn(req, reply);
    if (!me) return reply;
    if (!csrfOk(req, reply, me)) return reply;
    const id = sessionIdFrom(req.headers.cookie);
    if (id) await deps.dashboard.logout(id);
    return reply
      .code(303)
      .header('set-cookie', `${SESSION_COOKIE}=; Path=${COOKIE_PATH}; Max-Age=0; HttpOnly; SameSite=Strict`)
      .header('location', '/dashboard/signed-out')
      .send();
  });

  app.get('/dashboard/signed-out', async (req, reply) => {
    const t = wordsFor(req);
    return html(reply, 200, refusalPage(t, t.t('dash-signed-out')));
  });
}

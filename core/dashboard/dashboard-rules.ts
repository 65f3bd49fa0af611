import { createHash, timingSafeEqual } from 'node:crypto';

/** How long the bot's one-time login link stays valid. */
export const LOGIN_LINK_TTL_MS = 10 * 60_000;
/** How long a dashboard session lasts from login (no sliding: a stolen cookie dies). */
export const SESSION_TTL_MS = 8 * 60 * 60_000;
/** The session cookie's name and path: the cookie never goes to any other route. */
export const SESSION_COOKIE = 'tnet_dashboard';
export const COOKIE_PATH = '/dashboard';

/** SHA-256 of a secret as stored: a database read never yields a usable token or session. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/**
 * A login link's fate when its conditional spend found no open row: unknown, already
 * spent, or past its time. A spent link stays spent even before it expires (single use).
 */
export function loginLinkState(row: { usedAt: Date | null; expiresAt: Date } | undefined, now: Date): 'unknown' | 'used' | 'expired' | 'open' {
  if (!row) return 'unknown';
  if (row.usedAt !== null) return 'used';
  if (row.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'open';
}

/** Whether a session found by its cookie still opens the dashboard. */
export const sessionLive = (row: { expiresAt: Date } | undefined, now: Date): boolean => row !== undefined && row.expiresAt.getTime() > now.getTime();

/**
 * The synchronizer token of a session: derived from the session's secret id (never stored),
 * so a page's forms carry it and a cross-site form cannot know it; a leaked database row
 * (the id's hash) does not give it either.
 */
export const csrfTokenOf = (sessionId: string): string => createHash('sha256').update(`csrf\0${sessionId}`).digest('base64url');

const sameText = (a: string, b: string): boolean => {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
};

/**
 * Whether a request comes from this site's own pages: its Origin, or without one its
 * Referer's origin, is `ownOrigin`. A browser that sends neither (or `Origin: null`) is not
 * trusted.
 */
export function fromOwnOrigin(f: { origin: string | undefined; referer: string | undefined; ownOrigin: string }): boolean {
  let from: string | undefined = f.origin;
  if (from === undefined && f.referer !== undefined) {
    try {
      from = new URL(f.referer).origin;
    } catch {
      from = undefined;
    }
  }
  return from !== undefined && from !== 'null' && from === f.ownOrigin;
}

/**
 * Whether a state-changing request (POST) of a session may go on: from this site's own
 * pages (fromOwnOrigin) AND carrying the session's synchronizer token. Either missing or
 * wrong refuses.
 */
export function csrfDecision(f: { origin: string | undefined; referer: string | undefined; ownOrigin: string; sentToken: string | undefined; sessionToken: string }): 'ok' | 'bad_origin' | 'bad_token' {
  if (!fromOwnOrigin(f)) return 'bad_origin';
  if (typeof f.sentToken !== 'string' || f.sentToken.length === 0 || !sameText(f.sentToken, f.sessionToken)) return 'bad_token';
  return 'ok';
}

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's
 * navigation or form sends it), Path=/dashboard, Secure when served over https.
 */
export function sessionCookie(sessionId: string, opts: { secure: boolean; maxAgeSeconds: number }): string {
  return [`${SESSION_COOKIE}=${sessionId}`, `Path=${COOKIE_PATH}`, `Max-Age=${Math.max(0, Math.floor(opts.maxAgeSeconds))}`, 'HttpOnly', 'SameSite=Strict', ...(opts.secure ? ['Secure'] : [])].join('; ');
}

/** The session id a Cookie header carries, if any (only a well-formed one). */
export function sessionIdFrom(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const value = rest.join('=');
      return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

/**
 * Whether the dashboard may show members' gold records: only once the campaign is settled.
 * Before that a gold answer is judged by nobody and its label stays secret (issue 14,
 * docs/scoring.md "Gold stays secret until settlement"), moderators included.
 */
export const mayShowGold = (campaign: { settled: boolean }): boolean => campaign.settled;

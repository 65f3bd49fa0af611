import { csrfDecision, csrfTokenOf, fromOwnOrigin, loginLinkState, mayShowGold, sessionCookie, sessionIdFrom, sessionLive } from './dashboard-rules';

const now = new Date('2026-12-06T10:00:00Z');
const later = new Date('2026-12-06T10:05:00Z');
const earlier = new Date('2026-12-06T09:55:00Z');

describe('loginLinkState', () => {
  it.each([
    { name: 'no row', row: undefined, state: 'unknown' },
    { name: 'spent, not yet expired', row: { usedAt: earlier, expiresAt: later }, state: 'used' },
    { name: 'spent and expired', row: { usedAt: earlier, expiresAt: earlier }, state: 'used' },
    { name: 'unspent, expired', row: { usedAt: null, expiresAt: earlier }, state: 'expired' },
    { name: 'unspent, expiring this instant', row: { usedAt: null, expiresAt: now }, state: 'expired' },
    { name: 'unspent, in time', row: { usedAt: null, expiresAt: later }, state: 'open' },
  ])('$name: $state', ({ row, state }) => {
    expect(loginLinkState(row, now)).toBe(state);
  });
});

describe('sessionLive', () => {
  it.each([
    { row: undefined, live: false },
    { row: { expiresAt: earlier }, live: false },
    { row: { expiresAt: now }, live: false },
    { row: { expiresAt: later }, live: true },
  ])('%o', ({ row, live }) => {
    expect(sessionLive(row, now)).toBe(live);
  });
});

describe('csrfDecision', () => {
  const own = 'https://tnet.example';
  const token = csrfTokenOf('s'.repeat(43));
  it.each([
    { name: 'same origin, right token', origin: own, referer: undefined, sent: token, out: 'ok' },
    { name: 'no origin, same-site referer, right token', origin: undefined, referer: `${own}/dashboard/campaigns/3`, sent: token, out: 'ok' },
    { name: 'another origin', origin: 'https://evil.example', referer: undefined, sent: token, out: 'bad_origin' },
    { name: 'origin "null" (sandboxed form)', origin: 'null', referer: undefined, sent: token, out: 'bad_origin' },
    { name: 'another site in the referer', origin: undefined, referer: 'https://evil.example/x', sent: token, out: 'bad_origin' },
    { name: 'a look-alike host', origin: 'https://tnet.example.evil.example', referer: undefined, sent: token, out: 'bad_origin' },
    { name: 'http for an https site', origin: 'http://tnet.example', referer: undefined, sent: token, out: 'bad_origin' },
    { name: 'neither header', origin: undefined, referer: undefined, sent: token, out: 'bad_origin' },
    { name: 'unparsable referer', origin: undefined, referer: 'not a url', sent: token, out: 'bad_origin' },
    { name: 'no token', origin: own, referer: undefined, sent: undefined, out: 'bad_token' },
    { name: 'empty token', origin: own, referer: undefined, sent: '', out: 'bad_token' },
    { name: "another session's token", origin: own, referer: undefined, sent: csrfTokenOf('t'.repeat(43)), out: 'bad_token' },
  ])('$name: $out', ({ origin, referer, sent, out }) => {
    expect(csrfDecision({ origin, referer, ownOrigin: own, sentToken: sent, sessionToken: token })).toBe(out);
  });
});

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Strict, on /dashboard only, Secure over https', () => {
    expect(sessionCookie('abc', { secure: true, maxAgeSeconds: 60 })).toBe('tnet_dashboard=abc; Path=/dashboard; Max-Age=60; HttpOnly; SameSite=Strict; Secure');
    expect(sessionCookie('abc', { secure: false, maxAgeSeconds: 60 })).not.toContain('Secure');
  });

  it.each([
    { header: undefined, id: undefined },
    { header: 'other=1', id: undefined },
    { header: `a=1; tnet_dashboard=${'A'.repeat(43)}; b=2`, id: 'A'.repeat(43) },
    { header: 'tnet_dashboard=short', id: undefined },
    { header: `tnet_dashboard=${'A'.repeat(42)}'`, id: undefined },
  ])('reads a well-formed session id only: %o', ({ header, id }) => {
    expect(sessionIdFrom(header)).toBe(id);
  });
});

describe('mayShowGold', () => {
  it.each([
    { settled: false, show: false },
    { settled: true, show: true },
  ])('settled $settled: $show', ({ settled, show }) => {
    expect(mayShowGold({ settled })).toBe(show);
  });
});

describe('fromOwnOrigin (the login form: no session token yet)', () => {
  const own = 'https://tnet.example';
  it.each([
    { origin: own, referer: undefined, ok: true },
    { origin: undefined, referer: `${own}/dashboard/login?token=x`, ok: true },
    { origin: 'https://evil.example', referer: `${own}/x`, ok: false },
    { origin: 'null', referer: undefined, ok: false },
    { origin: undefined, referer: undefined, ok: false },
  ])('%o', ({ origin, referer, ok }) => {
    expect(fromOwnOrigin({ origin, referer, ownOrigin: own })).toBe(ok);
  });
});

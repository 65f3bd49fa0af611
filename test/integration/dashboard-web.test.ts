import type { ChatContext } from '../../bots/common/chat-message';
import { CommandRouter } from '../../bots/common/command-router';
import { DEFAULT_LANGUAGE } from '../../bots/common/i18n/languages';
import { createWebServer, type WebServer } from '../../bots/web/create-web-server';
import { submitServed } from '../helpers/serve';
import { campaignWithItems, createTestCore, engine, testCommunity, type TestCore } from '../helpers/test-core';

const HOST = '127.0.0.1:3999';
const ORIGIN = `http://${HOST}`;

describe(`the moderator dashboard over HTTP on ${engine}`, () => {
  let core: TestCore;
  let web: WebServer;
  /** "<telegram user id>@<chat id>": who administers which chat, as Telegram would answer now. */
  const admins = new Set<string>();
  let community: number;
  let other: number;
  let campaign: number;
  let otherCampaign: number;
  let modMember: number;

  beforeAll(async () => {
    core = await createTestCore();
    web = createWebServer(core);
    web.mountModeratorCheck('telegram', async (userId, place) => admins.has(`${userId}@${place}`));
    community = await testCommunity(core, 'telegram', '-100501');
    other = await testCommunity(core, 'telegram', '-100502');
    campaign = await campaignWithItems(core, ['one', 'two', 'three'], { name: 'Birds of the bay' }, { communityId: community });
    otherCampaign = await campaignWithItems(core, ['x'], { name: 'Secret other campaign' }, { communityId: other });
    modMember = (await core.identities.resolve({ platform: 'telegram', platformUserId: '501', displayName: 'Moderator Mo' })).memberId;
    await core.identities.resolve({ platform: 'telegram', platformUserId: '777', displayName: 'Other mod' });
    admins.add('501@-100501');
    admins.add('777@-100502');
    // Three members answer the three tasks: cat,cat,cat / cat,cat,dog / dog,dog,dog.
    const tasks: { id: number }[] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [campaign]);
    const answers = [
      ['cat', 'cat', 'cat'],
      ['cat', 'cat', 'dog'],
      ['dog', 'dog', 'dog'],
    ];
    for (let m = 0; m < 3; m++) {
      const id = (await core.identities.resolve({ platform: 'telegram', platformUserId: `90${m}`, displayName: `Answerer ${m}` })).memberId;
      for (let k = 0; k < 3; k++) await submitServed(core, { memberId: id, taskId: tasks[k]!.id, choice: answers[k]![m]! });
    }
  }, 60_000);
  afterAll(async () => {
    await web?.app.close();
    await core?.cleanup();
  });

  const tokenOf = (url: string): string => new URL(url).searchParams.get('token')!;
  const link = async (userId = '501', communityId = community): Promise<string> => {
    const memberId = (await core.identities.resolve({ platform: 'telegram', platformUserId: userId, displayName: userId })).memberId;
    return tokenOf((await core.dashboard.issueLink(memberId, { platform: 'telegram', platformUserId: userId }, communityId, 'en')).url);
  };
  /** The login page's button: posts the link's token from our own origin. */
  const login = (token: string, server: WebServer = web, headers: Record<string, string> = { origin: ORIGIN }) =>
    server.app.inject({ method: 'POST', url: '/dashboard/login', headers: { host: HOST, 'content-type': 'application/x-www-form-urlencoded', ...headers }, payload: new URLSearchParams({ token }).toString() });
  const openLink = (token: string) => web.app.inject({ method: 'GET', url: `/dashboard/login?token=${encodeURIComponent(token)}`, headers: { host: HOST } });
  /** A signed-in moderator's cookie and CSRF token. */
  const signIn = async (userId = '501', communityId = community): Promise<{ cookie: string; csrf: string }> => {
    const res = await login(await link(userId, communityId));
    expect(res.statusCode).toBe(303);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const page = await web.app.inject({ method: 'GET', url: '/dashboard', headers: { host: HOST, cookie } });
    const csrf = /name="csrf" value="([^"]+)"/.exec(page.body)![1]!;
    return { cookie, csrf };
  };
  const post = (path: string, cookie: string | undefined, form: Record<string, string>, headers: Record<string, string> = { origin: ORIGIN }) =>
    web.app.inject({
      method: 'POST',
      url: path,
      headers: { host: HOST, 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}), ...headers },
      payload: new URLSearchParams(form).toString(),
    });
  const status = async (id: number): Promise<string> => (await core.campaigns.get(id)).status;

  it('stores the login token and the session only hashed', async () => {
    const token = await link();
    const rows: { token_hash: string }[] = await core.ds.query(`SELECT token_hash FROM dashboard_link`);
    expect(rows.some((r) => r.token_hash.includes(token))).toBe(false);
    const res = await login(token);
    const session = String(res.headers['set-cookie']).split(';')[0]!.split('=')[1]!;
    const sessions: { session_hash: string }[] = await core.ds.query(`SELECT session_hash FROM dashboard_session`);
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((r) => r.session_hash !== session && /^[0-9a-f]{64}$/.test(r.session_hash))).toBe(true);
  });

  it('spends nothing when the link is only opened (a link preview, a scanner): the page has one button', async () => {
    const token = await link();
    for (let i = 0; i < 2; i++) {
      const page = await openLink(token);
      expect(page.statusCode).toBe(200);
      expect(page.headers['set-cookie']).toBeUndefined();
      expect(page.body).toContain('<form method="post" action="/dashboard/login">');
      expect(page.body).toContain('Open the dashboard');
    }
    expect((await login(token)).statusCode).toBe(303);
    expect((await openLink(token)).statusCode).toBe(410);
  });

  it("refuses the login form from another site's page or with no origin at all, and keeps the link", async () => {
    const token = await link();
    expect((await login(token, web, { origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await login(token, web, {})).statusCode).toBe(403);
    expect((await openLink(token)).statusCode).toBe(200);
  });

  it('exchanges a link once for a strict, HttpOnly cookie and drops the token from the address', async () => {
    const token = await link();
    const res = await login(token);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/dashboard');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^tnet_dashboard=[A-Za-z0-9_-]{43}; Path=\/dashboard; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    // Reused: refused, no cookie.
    const again = await login(token);
    expect(again.statusCode).toBe(410);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).toContain('This link is spent, expired or unknown.');
  });

  it('marks the cookie Secure when the request came over https', async () => {
    const res = await login(await link(), web, { origin: `https://${HOST}`, 'x-forwarded-proto': 'https' });
    expect(String(res.headers['set-cookie'])).toMatch(/; Secure$/);
  });

  it('refuses an expired link, an unknown one and a malformed one', async () => {
    const token = await link();
    await core.ds.query(`UPDATE dashboard_link SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
    expect((await login(token)).statusCode).toBe(410);
    expect((await login('A'.repeat(43))).statusCode).toBe(410);
    expect((await login('<script>')).statusCode).toBe(410);
    expect((await web.app.inject({ method: 'GET', url: '/dashboard/login', headers: { host: HOST } })).statusCode).toBe(410);
    expect((await openLink(token)).statusCode).toBe(410);
  });

  it('spends a link once when two requests race with it', async () => {
    const token = await link();
    const codes = (await Promise.all([login(token), login(token), login(token)])).map((r) => r.statusCode).sort();
    expect(codes).toEqual([303, 410, 410]);
  });

  it('refuses every page without a live session cookie', async () => {
    for (const url of ['/dashboard', `/dashboard/campaigns/${campaign}`, `/dashboard/campaigns/${campaign}/export.csv`, `/dashboard/campaigns/${campaign}/chart.svg`]) {
      const none = await web.app.inject({ method: 'GET', url, headers: { host: HOST } });
      expect(none.statusCode).toBe(401);
      expect(none.body).not.toContain('Birds of the bay');
      const forged = await web.app.inject({ method: 'GET', url, headers: { host: HOST, cookie: `tnet_dashboard=${'B'.repeat(43)}` } });
      expect(forged.statusCode).toBe(401);
    }
    const { cookie } = await signIn();
    await core.ds.query(`UPDATE dashboard_session SET expires_at = now() - interval '1 second'`);
    expect((await web.app.inject({ method: 'GET', url: '/dashboard', headers: { host: HOST, cookie } })).statusCode).toBe(401);
  });

  it("shows the community's campaigns with progress and budget, and the campaign's agreement", async () => {
    const { cookie } = await signIn();
    const list = await web.app.inject({ method: 'GET', url: '/dashboard', headers: { host: HOST, cookie } });
    expect(list.statusCode).toBe(200);
    expect(list.headers['content-security-policy']).toContain("default-src 'none'");
    expect(list.headers['content-security-policy']).not.toContain('script-src');
    expect(list.body).toContain('Birds of the bay');
    expect(list.body).not.toContain('Secret other campaign');
    expect(list.body).toContain('<th scope="col">Decided tasks</th>');

    const page = await web.app.inject({ method: 'GET', url: `/dashboard/campaigns/${campaign}`, headers: { host: HOST, cookie } });
    expect(page.statusCode).toBe(200);
    // α over cat,cat,cat / cat,cat,dog / dog,dog,dog: n = 9, 5 cat, 4 dog: 1 - 8 * 2 / 40 = 0.6.
    expect(page.body).toMatch(/Krippendorff&#39;s α \(nominal\)<\/dt><dd>0\.600<\/dd>/);
    expect(page.body).toContain('Answerer 0');
    // Not settled: no gold record shown.
    expect(page.body).toContain('hidden until settled');
    expect(page.body).toContain('No appeals waiting.');
    const chart = await web.app.inject({ method: 'GET', url: `/dashboard/campaigns/${campaign}/chart.svg`, headers: { host: HOST, cookie } });
    expect(chart.statusCode).toBe(200);
    expect(chart.headers['content-type']).toContain('image/svg+xml');
  });

  it("answers another community's campaign exactly like an unknown one (404, nothing leaked)", async () => {
    const { cookie, csrf } = await signIn();
    for (const url of [`/dashboard/campaigns/${otherCampaign}`, `/dashboard/campaigns/${otherCampaign}/chart.svg`, `/dashboard/campaigns/${otherCampaign}/export.csv`]) {
      const res = await web.app.inject({ method: 'GET', url, headers: { host: HOST, cookie } });
      const unknown = await web.app.inject({ method: 'GET', url: url.replace(String(otherCampaign), '999999'), headers: { host: HOST, cookie } });
      expect(res.statusCode).toBe(404);
      expect(res.body).toBe(unknown.body);
      expect(res.body).not.toContain('Secret other campaign');
    }
    const paused = await post(`/dashboard/campaigns/${otherCampaign}/pause`, cookie, { csrf });
    expect(paused.statusCode).toBe(404);
    expect(await status(otherCampaign)).toBe('active');
  });

  it('refuses a POST without the CSRF token, with a wrong one, or from another origin, and changes nothing', async () => {
    const { cookie, csrf } = await signIn();
    const url = `/dashboard/campaigns/${campaign}/pause`;
    expect((await post(url, cookie, {})).statusCode).toBe(403);
    expect((await post(url, cookie, { csrf: `${csrf}x` })).statusCode).toBe(403);
    expect((await post(url, cookie, { csrf }, { origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await post(url, cookie, { csrf }, { referer: 'https://evil.example/page' })).statusCode).toBe(403);
    expect((await post(url, cookie, { csrf }, {})).statusCode).toBe(403);
    // Another session's token does not do either.
    const other2 = await signIn();
    expect((await post(url, cookie, { csrf: other2.csrf })).statusCode).toBe(403);
    expect((await post(url, undefined, { csrf })).statusCode).toBe(401);
    expect(await status(campaign)).toBe('active');
  });

  it('pauses and resumes through core, audited with the moderator as actor', async () => {
    const { cookie, csrf } = await signIn();
    const res = await post(`/dashboard/campaigns/${campaign}/pause`, cookie, { csrf });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/dashboard/campaigns/${campaign}?done=pause`);
    expect(await status(campaign)).toBe('paused');
    const done = await web.app.inject({ method: 'GET', url: res.headers.location as string, headers: { host: HOST, cookie } });
    expect(done.body).toContain('The campaign is paused.');
    expect(done.body).toContain('Resume campaign');
    // Pausing twice: the rule's own words, nothing changes.
    const twice = await post(`/dashboard/campaigns/${campaign}/pause`, cookie, { csrf });
    expect(twice.statusCode).toBe(409);
    expect((await post(`/dashboard/campaigns/${campaign}/resume`, cookie, { csrf }, { referer: `${ORIGIN}/dashboard/campaigns/${campaign}` })).statusCode).toBe(303);
    expect(await status(campaign)).toBe('active');
    const audit = (await core.audit.list({ communityId: community })).filter((l) => l.subject === `campaign:${campaign}` && ['campaign.pause', 'campaign.resume'].includes(l.action));
    expect(audit.map((l) => [l.action, l.actor, l.actorMemberId])).toEqual([
      ['campaign.pause', 'telegram:501', modMember],
      ['campaign.resume', 'telegram:501', modMember],
    ]);
  });

  it('downloads the export through the session, audited', async () => {
    const { cookie } = await signIn();
    const res = await web.app.inject({ method: 'GET', url: `/dashboard/campaigns/${campaign}/export.csv`, headers: { host: HOST, cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.body.split('\n')[0]).toContain('item_key');
    const audit = (await core.audit.list({ communityId: community })).filter((l) => l.action === 'campaign.export' && l.actor === 'telegram:501');
    expect(audit.length).toBeGreaterThan(0);
  });

  it("shows the campaign's appeal queue and decides an appeal through core, refused to another community's moderator", async () => {
    // Answerer 2 answered dog on the second task, where the consensus is cat: withheld, appealable.
    const task = (await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [campaign]))[1].id as number;
    const appellant = (await core.identities.resolve({ platform: 'telegram', platformUserId: '902', displayName: 'Answerer 2' })).memberId;
    await core.campaigns.transition(campaign, 'close');
    await core.rounds.refit(campaign);
    const filed = await core.appeals.file(appellant, task, 'It is a dog <b>really</b>');
    if (!filed.ok) throw new Error(`appeal refused: ${filed.refusal}`);
    const { cookie, csrf } = await signIn();
    const page = await web.app.inject({ method: 'GET', url: `/dashboard/campaigns/${campaign}`, headers: { host: HOST, cookie } });
    expect(page.body).toContain(`action="/dashboard/appeals/${filed.appealId}/uphold"`);
    expect(page.body).toContain('It is a dog &lt;b&gt;really&lt;/b&gt;');
    // The queue words the member's record, never their name (the per-member table is another section).
    const queue = page.body.slice(page.body.indexOf('<h2 id="appeals">'));
    expect(queue.slice(0, queue.indexOf('</section>'))).not.toContain('Answerer 2');
    // The other community's moderator, with a valid session and token of their own, decides nothing here.
    const stranger = await signIn('777', other);
    const refused = await post(`/dashboard/appeals/${filed.appealId}/uphold`, stranger.cookie, { csrf: stranger.csrf });
    expect(refused.body).not.toContain('upheld');
    expect((await core.ds.query(`SELECT state FROM appeal WHERE id = $1`, [filed.appealId]))[0].state).toBe('pending');
    // Without the CSRF token: refused, nothing decided.
    expect((await post(`/dashboard/appeals/${filed.appealId}/refuse`, cookie, {})).statusCode).toBe(403);
    const done = await post(`/dashboard/appeals/${filed.appealId}/refuse`, cookie, { csrf });
    expect(done.statusCode).toBe(200);
    expect((await core.ds.query(`SELECT state FROM appeal WHERE id = $1`, [filed.appealId]))[0].state).toBe('refused');
    const after = await web.app.inject({ method: 'GET', url: `/dashboard/campaigns/${campaign}`, headers: { host: HOST, cookie } });
    expect(after.body).not.toContain(`/dashboard/appeals/${filed.appealId}/`);
  });

  it('closes the door on a moderator the platform no longer lists, at the next request', async () => {
    const { cookie } = await signIn('777', other);
    expect((await web.app.inject({ method: 'GET', url: '/dashboard', headers: { host: HOST, cookie } })).statusCode).toBe(200);
    admins.delete('777@-100502');
    const res = await web.app.inject({ method: 'GET', url: '/dashboard', headers: { host: HOST, cookie } });
    expect(res.statusCode).toBe(401);
    expect(res.body).not.toContain('Secret other campaign');
    admins.add('777@-100502');
  });

  it('signs out with the CSRF token: the session is gone', async () => {
    const { cookie, csrf } = await signIn();
    const res = await post('/dashboard/logout', cookie, { csrf });
    expect(res.statusCode).toBe(303);
    expect(String(res.headers['set-cookie'])).toContain('Max-Age=0');
    expect((await web.app.inject({ method: 'GET', url: '/dashboard', headers: { host: HOST, cookie } })).statusCode).toBe(401);
  });

  describe('from the console chat', () => {
    const consoleCtx = (moderator: boolean): ChatContext => ({
      user: { platform: 'console', platformUserId: 'operator', displayName: 'operator' },
      chatId: 'console:local',
      isPrivate: true,
      place: null,
      lang: DEFAULT_LANGUAGE,
      memberLang: DEFAULT_LANGUAGE,
      moderator: moderator ? { platformAdmin: true, place: null, moderates: async () => false } : undefined,
    });

    it('gives the operator a link for a named community; the dashboard opens only where console users are admins', async () => {
      const router = new CommandRouter(core);
      expect((await router.handleText(consoleCtx(false), `/dashboard ${community}`)).messages[0]!.text).toBe('Only moderators can do that.');
      expect((await router.handleText(consoleCtx(true), '/dashboard')).messages[0]!.text).toMatch(/^This chat is not a community you moderate\./);
      expect((await router.handleText(consoleCtx(true), '/dashboard 999999')).messages[0]!.text).toBe('You do not moderate a community with that id.');
      const reply = (await router.handleText(consoleCtx(true), `/dashboard ${community}`)).messages[0]!.text;
      expect(reply).toMatch(/^Your moderator dashboard for telegram -100501:\nhttp:\/\/\S+\/dashboard\/login\?token=[A-Za-z0-9_-]{43}\nThe link works once, for 10 minutes\. Do not share it\.$/);
      const url = new URL(/(http\S+)/.exec(reply)![1]!);
      const token = url.searchParams.get('token')!;
      // A server not in console mode: the console identity is nobody's moderator there.
      const cookieOf = async (server: WebServer, t: string) => String((await login(t, server)).headers['set-cookie']).split(';')[0]!;
      const refusedCookie = await cookieOf(web, token);
      expect((await web.app.inject({ method: 'GET', url: '/dashboard', headers: { host: HOST, cookie: refusedCookie } })).statusCode).toBe(401);
      const consoleWeb = createWebServer(core, { consoleAdmins: true });
      try {
        const again = new URL(/(http\S+)/.exec((await router.handleText(consoleCtx(true), `/dashboard ${community}`)).messages[0]!.text)![1]!).searchParams.get('token')!;
        const cookie = await cookieOf(consoleWeb, again);
        const page = await consoleWeb.app.inject({ method: 'GET', url: '/dashboard', headers: { host: HOST, cookie } });
        expect(page.statusCode).toBe(200);
        expect(page.body).toContain('Birds of the bay');
      } finally {
        await consoleWeb.app.close();
      }
    });
  });
});

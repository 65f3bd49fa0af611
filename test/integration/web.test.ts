import { Wallet } from 'ethers';
import { languages } from '../../bots/common/i18n/languages';
import { translator } from '../../bots/common/i18n/translator';
import { createWebServer, type WebServer } from '../../bots/web/create-web-server';
import { escapeHtml } from '../../bots/web/link-page-html';
import { startWeb, type RunningWeb } from '../../bots/web/start-web';
import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';

const EXPORT_TOKEN = 'export-token-for-the-web-tests-0123456789';
const METRICS_TOKEN = 'metrics-token-for-the-web-tests-98765432';
const user = (name: string) => ({ platform: 'console' as const, platformUserId: name, displayName: name });
const tokenOf = (url: string): string => new URL(url).pathname.split('/').pop()!;

describe(`the web side on ${engine}`, () => {
  let core: TestCore;
  let web: WebServer;
  let running: RunningWeb;
  /** A real HTTP request to the server on its loopback port. */
  async function inject(r: { method: string; url: string; payload?: unknown; headers?: Record<string, string> }) {
    const res = await fetch(`http://127.0.0.1:${running.port}${r.url}`, {
      method: r.method,
      headers: { ...(r.payload === undefined ? {} : { 'content-type': 'application/json' }), ...r.headers },
      body: r.payload === undefined ? undefined : JSON.stringify(r.payload),
    });
    const body = await res.text();
    return { statusCode: res.status, headers: Object.fromEntries(res.headers), body, json: () => JSON.parse(body) };
  }
  beforeAll(async () => {
    core = await createTestCore({ PUBLIC_URL: 'https://mining.example.org' });
    web = createWebServer(core, { exportToken: EXPORT_TOKEN, metricsToken: METRICS_TOKEN });
    running = await startWeb(web, { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await running.stop();
    await core.cleanup();
  });

  it('links a wallet through the page calls, and the token works once', async () => {
    const m = await member(core, 'pager');
    const wallet = Wallet.createRandom();
    const req = await core.wallets.requestLink(m, user('pager'));
    expect(req.linkUrl).toMatch(/^https:\/\/mining\.example\.org\/link\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(req.linkUrl);
    const page = await inject({ method: 'GET', url: `/link/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.body).not.toMatch(/https?:\/\//);
    const info = (await inject({ method: 'GET', url: `/api/link/${token}` })).json();
    expect(info).toMatchObject({ address: null, message: null, chainId: 31337 });
    const { message } = (await inject({ method: 'POST', url: `/api/link/${token}/message`, payload: { address: wallet.address } })).json();
    expect(message).toContain(wallet.address);
    expect(message).toContain('mining.example.org wants you to sign in');
    const signature = await wallet.signMessage(message);
    const done = await inject({ method: 'POST', url: `/api/link/${token}`, payload: { signature } });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ outcome: 'linked', address: wallet.address.toLowerCase() });
    expect(await core.wallets.get(m)).toBe(wallet.address.toLowerCase());
    const again = await inject({ method: 'POST', url: `/api/link/${token}`, payload: { signature } });
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('wallet.no_challenge');
  });

  it("serves the link page in the lang parameter's language, else the browser's, else English", async () => {
    const req = await core.wallets.requestLink(await member(core, 'polyglot'), user('polyglot'));
    const url = `/link/${tokenOf(req.linkUrl)}`;
    for (const { tag } of languages()) {
      const page = await inject({ method: 'GET', url: `${url}?lang=${tag}`, headers: { 'accept-language': 'xx' } });
      expect(page.body).toContain(`<html lang="${tag}">`);
      expect(page.body).toContain(`<h1>${escapeHtml(translator(tag).t('web-heading'))}</h1>`);
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      const browser = await inject({ method: 'GET', url, headers: { 'accept-language': `xx, ${tag};q=0.5` } });
      expect(browser.body).toContain(`<html lang="${tag}">`);
    }
    const unknown = await inject({ method: 'GET', url: `${url}?lang=xx`, headers: { 'accept-language': 'yy' } });
    expect(unknown.body).toContain('<html lang="en">');
    expect(unknown.body).toContain('<h1>Link your wallet to TNET mining</h1>');
  });

  it('answers /healthz with the database, the chain and the jobs', async () => {
    await core.jobRuns.run('health-probe', async () => 'fine');
    const res = await inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', role: 'all', database: true, chain: 'none', jobs: [{ job: 'health-probe', outcome: 'ok' }] });
  });

  it('serves only /healthz, /metrics and the webhook in a bot or jobs replica (routes: ops)', async () => {
    const ops = createWebServer(core, { metricsToken: METRICS_TOKEN, routes: 'ops', role: 'bot', telegramWebhookPath: '/tg/hook' });
    try {
      const get = (url: string, headers: Record<string, string> = {}) => ops.app.inject({ method: 'GET', url, headers });
      const health = await get('/healthz');
      expect(health.statusCode).toBe(200);
      expect(health.json()).toMatchObject({ status: 'ok', role: 'bot', database: true });
      expect((await get('/metrics', { authorization: `Bearer ${METRICS_TOKEN}` })).statusCode).toBe(200);
      // The webhook path is there (503 until the bot mounts its handler); the web side is not.
      expect((await ops.app.inject({ method: 'POST', url: '/tg/hook', payload: {} })).statusCode).toBe(503);
      for (const url of ['/link/abc', '/transparency', '/dashboard', '/static/link.js']) expect({ url, status: (await get(url)).statusCode }).toEqual({ url, status: 404 });
    } finally {
      await ops.app.close();
    }
  });

  it('serves Prometheus metrics from its own registry', async () => {
    const c = await activeCampaign(core, { items: 2 });
    for (const name of ['m1', 'm2', 'm3']) {
      const id = await member(core, name);
      const [task] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id LIMIT 1`, [c]);
      // Answers count only for a task served to the member (as a /task card would).
      await core.ds.query(`INSERT INTO task_serve (task_id, member_id, served_at) VALUES ($1, $2, now()) ON CONFLICT DO NOTHING`, [task.id, id]);
      await submitServed(core, { memberId: id, taskId: task.id, choice: 'cat' });
    }
    // Two finished runs of one job: the last duration is the newer one's.
    await core.ds.query(
      `INSERT INTO job_run (job, outcome, started_at, finished_at) VALUES
         ('timed', 'ok', now() - interval '10 minutes', now() - interval '10 minutes' + interval '7 seconds'),
         ('timed', 'ok', now() - interval '5 minutes', now() - interval '5 minutes' + interval '2.5 seconds')`,
    );
    web.metrics.observeUpdate('telegram', 0.02);
    const res = await inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toMatch(/^tnet_answers 3$/m);
    expect(res.body).toMatch(/^tnet_tasks_finalized 1$/m);
    const ledger: { status: string; n: number }[] = await core.ds.query(`SELECT status, count(*)::int AS n FROM reward_ledger GROUP BY status`);
    for (const l of ledger) expect(res.body).toContain(`tnet_ledger_rows{status="${l.status}"} ${l.n}\n`);
    expect(res.body).toContain('# TYPE tnet_ledger_tnet gauge');
    expect(res.body).toContain('# TYPE tnet_mint_batches gauge');
    expect(res.body).toMatch(/^tnet_job_runs\{job="health-probe",outcome="ok"\} 1$/m);
    expect(res.body).toMatch(/^tnet_job_runs\{job="timed",outcome="ok"\} 2$/m);
    expect(res.body).toMatch(/^tnet_job_duration_seconds_total\{job="timed",outcome="ok"\} 9.5$/m);
    expect(res.body).toMatch(/^tnet_job_last_duration_seconds\{job="timed",outcome="ok"\} 2.5$/m);
    expect(res.body).toMatch(/^tnet_bot_update_seconds_count\{platform="telegram"\} 1$/m);
    // A second server keeps series of its own.
    const other = createWebServer(core);
    expect(await other.metrics.registry.getSingleMetricAsString('tnet_bot_update_seconds')).not.toContain('platform="telegram"');
  });

  it('refuses /metrics without the metrics token, and keeps it off when no token is configured', async () => {
    for (const headers of [{} as Record<string, string>, { authorization: 'Bearer wrong-token-wrong-token-wrong' }, { authorization: METRICS_TOKEN }, { authorization: `Basic ${METRICS_TOKEN}` }]) {
      const res = await inject({ method: 'GET', url: '/metrics', headers });
      expect(res.statusCode).toBe(401);
      expect(res.body).not.toContain('tnet_answers');
      expect(res.json().code).toBe('metrics.unauthorized');
    }
    const off = createWebServer(core, { exportToken: EXPORT_TOKEN });
    const offRunning = await startWeb(off, { port: 0, host: '127.0.0.1' });
    try {
      const res = await fetch(`http://127.0.0.1:${offRunning.port}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('tnet_answers');
    } finally {
      await offRunning.stop();
    }
  });

  it('answers /healthz with the latest run of each job among many thousand runs', async () => {
    // 30,000 older runs of three jobs, then one newer run of each with a telling outcome.
    await core.ds.query(
      `INSERT INTO job_run (job, outcome, started_at, finished_at)
       SELECT 'bulk-' || (g % 3), 'ok', now() - interval '1 hour' - g * interval '1 second', now() - interval '1 hour' - g * interval '1 second'
       FROM generate_series(1, 30000) g`,
    );
    await core.jobRuns.run('bulk-0', async () => 'newest');
    await core.jobRuns.run('bulk-1', async () => Promise.reject(new Error('newest failed')));
    await core.ds.query(`INSERT INTO job_run (job, outcome, started_at) VALUES ('bulk-2', 'running', now())`);
    const res = await inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    const jobs = (res.json().jobs as { job: string; outcome: string }[]).filter((j) => j.job.startsWith('bulk-'));
    expect(jobs.map((j) => [j.job, j.outcome])).toEqual([
      ['bulk-0', 'ok'],
      ['bulk-1', 'failed'],
      ['bulk-2', 'running'],
    ]);
  });

  it('streams a campaign export to a holder of the export token, and nothing to others', async () => {
    const c = await activeCampaign(core, { items: 3 });
    const csv = await inject({ method: 'GET', url: `/campaigns/${c}/export.csv`, headers: { authorization: `Bearer ${EXPORT_TOKEN}` } });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n').filter(Boolean)).toHaveLength(4);
    const jsonl = await inject({ method: 'GET', url: `/campaigns/${c}/export.jsonl`, headers: { authorization: `Bearer ${EXPORT_TOKEN}` } });
    expect(jsonl.body.trim().split('\n').map((l) => JSON.parse(l).item_key)).toEqual(['item1', 'item2', 'item3']);
    expect((await inject({ method: 'GET', url: `/campaigns/999999/export.csv`, headers: { authorization: `Bearer ${EXPORT_TOKEN}` } })).statusCode).toBe(404);
  });

  it('writes one audit line per export over HTTP, as the operator "http", and none for a refused request', async () => {
    const c = await activeCampaign(core, { items: 2 });
    const lines = async () => (await core.audit.list({ limit: 1000 })).filter((l) => l.subject === `campaign:${c}` && l.action === 'campaign.export');
    expect((await inject({ method: 'GET', url: `/campaigns/${c}/export.csv`, headers: { authorization: 'Bearer wrong-token-wrong-token-wrong' } })).statusCode).toBe(401);
    expect(await lines()).toEqual([]);
    expect((await inject({ method: 'GET', url: `/campaigns/${c}/export.jsonl?final=1`, headers: { authorization: `Bearer ${EXPORT_TOKEN}` } })).statusCode).toBe(200);
    expect((await lines()).map((l) => [l.actor, l.actorMemberId, l.communityId, l.details])).toEqual([['http', null, null, { format: 'jsonl' }]]);
  });
});

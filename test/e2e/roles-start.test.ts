import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminSql } from '../../core/db/admin-sql';
import { engine } from '../helpers/test-core';
import { TelegramEmulator } from '../helpers/telegram-emulator';

const root = path.resolve(__dirname, '../..');
const user = { id: 4343, firstName: 'Rita' };

/** A process of `npm start` with ROLE and the rest of `env`; none of the parent's config leaks in. */
function start(env: Record<string, string>): { child: ChildProcess; out: () => string; exited: Promise<number | null> } {
  const childEnv: NodeJS.ProcessEnv = {};
  for (const key of ['PATH', 'HOME', 'LANG', 'TMPDIR']) if (process.env[key]) childEnv[key] = process.env[key];
  Object.assign(childEnv, env);
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'app/main.ts'], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
  return { child, out: () => out, exited: new Promise((resolve) => child.on('close', (code) => resolve(code))) };
}

/** GET on a role's port, retried while the process starts. */
async function get(port: number, url: string, timeoutMs = 120_000): Promise<{ status: number; body: string }> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}${url}`);
      return { status: res.status, body: await res.text() };
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/**
 * One build as separate roles on one fresh PostgreSQL database, started at the same time:
 * jobs and web (migrations applied once, the demo seeded by jobs), and two bot replicas in
 * long polling (one polls, the other stands by on the lease). Each /healthz names its role;
 * each stops cleanly on SIGTERM. The chain is configured but down (CHAIN_ID: degraded). Only
 * jobs holds the minter key: bot and web read the chain without it, and a bot given the key
 * does not start.
 */
(engine === 'postgres' ? describe : describe.skip)('ROLE=jobs, web and bot on one postgres database', () => {
  const base = process.env.DATABASE_URL!;
  const name = `tnet_t_roles_${process.pid}_${randomBytes(4).toString('hex')}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tnet-roles-'));
  let tg: TelegramEmulator;

  beforeAll(async () => {
    await adminSql(base, `CREATE DATABASE ${name}`);
    tg = await TelegramEmulator.start('777002:ROLES-test-token-for-the-replicas-1');
  });
  afterAll(async () => {
    await tg?.stop();
    await adminSql(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs each role on its own, replicas of the bot taking turns at long polling', async () => {
    const url = new URL(base);
    url.pathname = `/${name}`;
    const shared = {
      DATABASE_URL: url.toString(),
      DATA_DIR: dataDir,
      RPC_URL: 'http://127.0.0.1:9',
      CHAIN_ID: '31337',
      TNET_ADDRESS: `0x${'1'.repeat(40)}`,
      GOLD_DRAW_KEY: 'tnet-roles-gold-draw-key',
      // The mint would wait on the absent chain: not in this test's minutes.
      MINT_SCHEDULE: '0 0 1 1 *',
      LOG_LEVEL: 'info',
      MODEL_DEVICE: 'cpu',
    };
    const bot = { TELEGRAM_BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot };
    const minterKey = `0x${'2'.repeat(64)}`;
    const keyed = start({ ...shared, ...bot, ROLE: 'bot', PORT: '0', MINTER_PRIVATE_KEY: minterKey });
    expect(await keyed.exited).toBe(1);
    expect(keyed.out()).toContain("MINTER_PRIVATE_KEY is only for ROLE=jobs or all: leave it out of ROLE=bot's environment");
    expect(keyed.out()).not.toContain(minterKey);
    const procs = {
      jobs: start({ ...shared, ROLE: 'jobs', PORT: '0', MINTER_PRIVATE_KEY: minterKey }),
      web: start({ ...shared, ROLE: 'web', PORT: '0' }),
      bot1: start({ ...shared, ...bot, ROLE: 'bot', PORT: '0' }),
      bot2: start({ ...shared, ...bot, ROLE: 'bot', PORT: '0' }),
    };
    const portOf = async (p: keyof typeof procs): Promise<number> => {
      const until = Date.now() + 120_000;
      for (;;) {
        const m = /"msg":"web side listening","port":(\d+)/.exec(procs[p].out());
        if (m) return Number(m[1]);
        if (Date.now() > until) throw new Error(`${p} did not listen:\n${procs[p].out()}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    };
    try {
      for (const role of ['jobs', 'web', 'bot1', 'bot2'] as const) {
        const port = await portOf(role);
        const health = await get(port, '/healthz');
        expect({ role, status: health.status, body: JSON.parse(health.body) }).toMatchObject({ role, status: 200, body: { role: role.replace(/\d$/, ''), database: true, status: 'degraded' } });
        // The link page, dashboard and transparency page are the web role's only.
        expect({ role, transparency: (await get(port, '/transparency')).status }).toEqual({ role, transparency: role === 'web' ? 200 : 404 });
      }
      // The bot answers from the database the jobs role seeded.
      await tg.waitFor('the first getUpdates', () => tg.callsOf('getUpdates').length > 0, 120_000);
      await tg.send(user, '/task');
      await tg.waitFor('a demo task card', () => tg.botMessages(user.id).find((m) => /^Campaign #1 · Demo: review sentiment · task \d+/.test(m.text)), 60_000);
      const standing = [procs.bot1, procs.bot2].filter((p) => p.out().includes('another replica polls this bot; standing by'));
      const polling = [procs.bot1, procs.bot2].filter((p) => p.out().includes('"msg":"telegram bot polling"'));
      expect({ standing: standing.length, polling: polling.length }).toEqual({ standing: 1, polling: 1 });
      const logs = Object.values(procs).map((p) => p.out()).join('');
      expect(logs.match(/"msg":"migrations applied"/g)).toHaveLength(1);
      expect(logs.match(/"msg":"demo campaign seeded"/g)).toHaveLength(1);
    } finally {
      for (const p of Object.values(procs)) p.child.kill('SIGTERM');
      const codes = await Promise.all(Object.values(procs).map((p) => p.exited));
      expect(codes).toEqual([0, 0, 0, 0]);
    }
  }, 300_000);
});

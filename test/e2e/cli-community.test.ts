import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminSql } from '../../core/db/admin-sql';
import { engine } from '../helpers/test-core';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: { tnet: string } }).bin.tnet);
/** Variables loadConfig reads; none of the parent's may leak into the child. */
const configKeys = ['DATABASE_URL', 'DATA_DIR', 'RPC_URL', 'CHAIN_ID', 'MINTER_PRIVATE_KEY', 'TNET_ADDRESS', 'ADMIN_TELEGRAM_IDS', 'ADMIN_DISCORD_IDS', 'LOG_LEVEL'];

describe(`tnet community and tnet audit on ${engine}`, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tnet-cli-community-'));
  const env: Record<string, string> = { DATA_DIR: path.join(dir, 'data') };
  const base = process.env.DATABASE_URL;
  const dbName = `tnet_t_clic_${process.pid}_${randomBytes(4).toString('hex')}`;

  function tnet(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const childEnv: NodeJS.ProcessEnv = { ...process.env };
    for (const key of configKeys) delete childEnv[key];
    delete childEnv.NODE_OPTIONS;
    Object.assign(childEnv, env);
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  beforeAll(async () => {
    if (base) {
      await adminSql(base, `CREATE DATABASE ${dbName}`);
      const url = new URL(base);
      url.pathname = `/${dbName}`;
      env.DATABASE_URL = url.toString();
    }
  });
  afterAll(async () => {
    if (base) await adminSql(base, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  });

  it('registers a community, grants it an allowance, imports a campaign into it and prints the audit log', async () => {
    const registered = await tnet(['community', 'register', 'telegram', '-1001234', 'Bird', 'watchers']);
    expect([registered.code, registered.stdout, registered.stderr]).toEqual([0, 'Community #1 registered: telegram -1001234 "Bird watchers".\n', '']);
    const twice = await tnet(['community', 'register', 'telegram', '-1001234']);
    expect([twice.code, twice.stderr]).toEqual([1, 'tnet: This chat is already community #1.\n']);

    const definition = path.join(dir, 'pets.json');
    writeFileSync(definition, JSON.stringify({ name: 'Pets', kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog'], reward: '10', budget: '1000' }));
    const items = path.join(dir, 'items.csv');
    writeFileSync(items, 'id,text\na,one\nb,two\n');
    const unfunded = await tnet(['campaign', 'import', definition, items, '--community', '1']);
    expect([unfunded.code, unfunded.stdout, unfunded.stderr]).toEqual([
      1,
      '',
      'tnet: This community has no TNET allowance left for a new budget. A platform admin grants one with /community grant.\n',
    ]);

    expect((await tnet(['community', 'grant', '1', 'lots'])).stderr).toBe('tnet: the amount must be a TNET amount like 50000 or 0.5, got "lots"\n');
    const granted = await tnet(['community', 'grant', '1', '5000']);
    expect([granted.code, granted.stdout]).toEqual([0, 'Granted 5000 TNET to community #1: 5000 TNET in total, 5000 TNET left.\n']);
    const imported = await tnet(['campaign', 'import', definition, items, '--community', '1', '--activate']);
    expect(imported.code).toBe(0);
    const campaignId = Number(/^Campaign #(\d+) "Pets" created \(active\)/.exec(imported.stdout)![1]);

    const list = await tnet(['community', 'list']);
    expect(list.stdout).toBe('#1 telegram -1001234 "Bird watchers" · allowance 5,000 TNET, 1,000 TNET reserved, 4,000 TNET left\n');

    const audit = await tnet(['audit', '--community', '1']);
    expect(audit.code).toBe(0);
    const lines = audit.stdout.trim().split('\n');
    // Details print in the stored jsonb's key order.
    expect(lines.map((l) => l.replace(/^\S+ \S+ UTC #\d+ /, ''))).toEqual([
      'cli community.register community:1 community:1 title=Bird watchers platform=telegram platformChatId=-1001234',
      'cli community.grant community:1 community:1 amount=5,000\u00a0TNET allowance=5,000\u00a0TNET',
      `cli campaign.create campaign:${campaignId} community:1 name=Pets budget=1,000\u00a0TNET reward=10\u00a0TNET`,
      `cli campaign.activate campaign:${campaignId} community:1 to=active from=draft`,
    ]);
    expect((await tnet(['audit', '--community', '2'])).stdout).toBe('The audit log is empty.\n');
  }, 120_000);
});

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { adminSql } from '../../core/db/admin-sql';
import { EXPORT_COLUMNS } from '../../core';
import { engine } from '../helpers/test-core';

const root = path.resolve(__dirname, '../..');
/** The command package.json installs as `tnet`. */
const bin = path.join(root, (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: { tnet: string } }).bin.tnet);

/** Variables loadConfig reads; none of the parent's may leak into the child. */
const configKeys = [
  'DATABASE_URL', 'DATA_DIR', 'RPC_URL', 'CHAIN_ID', 'MINTER_PRIVATE_KEY', 'TNET_ADDRESS', 'FOUNDATION_ADDRESS', 'FOUNDATION_BPS',
  'TELEGRAM_BOT_TOKEN', 'TELEGRAM_API_ROOT', 'TELEGRAM_WEBHOOK_URL', 'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_API_BASE',
  'DISCORD_GUILD_IDS', 'ADMIN_TELEGRAM_IDS', 'ADMIN_DISCORD_IDS', 'PORT', 'PUBLIC_URL', 'MODEL_DEVICE', 'ANSWERS_PER_MINUTE', 'LOG_LEVEL',
  'ROLE', 'GOLD_DRAW_KEY',
];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe(`tnet CLI on ${engine}`, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tnet-cli-'));
  const env: Record<string, string> = { DATA_DIR: path.join(dir, 'data') };
  const base = process.env.DATABASE_URL;
  const dbName = `tnet_t_cli_${process.pid}_${randomBytes(4).toString('hex')}`;

  /** Runs `tnet <args>` (node on the package's bin file) and resolves once it exited. */
  function tnet(args: string[], extra: Record<string, string> = {}, command: string[] = [process.execPath, bin]): Promise<Run> {
    const childEnv: NodeJS.ProcessEnv = { ...process.env };
    for (const key of configKeys) delete childEnv[key];
    delete childEnv.NODE_OPTIONS;
    Object.assign(childEnv, env, extra);
    return new Promise((resolve, reject) => {
      const child = spawn(command[0]!, [...command.slice(1), ...args], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  const write = (name: string, text: string): string => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const definition = write(
    'pets.json',
    JSON.stringify({ name: 'Pets', kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog'], reward: '10', budget: '1000', answersPerTask: 3 }),
  );

  beforeAll(async () => {
    if (base) {
      // The child gets a database of its own, as test-core gives each test file.
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

  let campaignId: number;

  it('imports a campaign from a definition and a CSV, lists it, and exports its rows', async () => {
    const items = write('pets.csv', 'id,text,gold\np1,"a cat, sleeping",\np2,"she said ""woof""",\n@p3,=1+1,\ng1,a gold cat,cat\n');
    const imported = await tnet(['campaign', 'import', definition, items, '--activate']);
    expect(imported.code).toBe(0);
    const m = /^Campaign #(\d+) "Pets" created \(active\): 4 items imported, 1 gold\.\n$/.exec(imported.stdout);
    expect(m).not.toBeNull();
    campaignId = Number(m![1]);
    // Not a terminal: plain progress lines, not a redrawn bar.
    expect(imported.stderr).toMatch(/^import: done, \d+ B\n$/);

    const list = await tnet(['campaign', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toBe(`#${campaignId}  active  label  Pets  ·  10 TNET per answer  ·  0 TNET of 1000 TNET spent\n`);

    const exported = await tnet(['campaign', 'export', String(campaignId)]);
    expect(exported.code).toBe(0);
    expect(exported.stdout.startsWith(EXPORT_COLUMNS.join(',') + '\r\n')).toBe(true);
    const rows = parse(exported.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.item_key, JSON.parse(r.item!).text, r.status, r.answers, r.uncertain, r.gold_label])).toEqual([
      ['p1', 'a cat, sleeping', 'open', '0', 'false', ''],
      ['p2', 'she said "woof"', 'open', '0', 'false', ''],
      ["'@p3", '=1+1', 'open', '0', 'false', ''],
      ['g1', 'a gold cat', 'open', '0', 'false', 'cat'],
    ]);
    expect(exported.stderr).toContain('export: done, 4 rows');
    // The operator's export is audited like a moderator's.
    const audit = await tnet(['audit']);
    expect(audit.stdout).toMatch(new RegExp(`campaign\\.export.*campaign:${campaignId}`));
  }, 180_000);

  it('exports JSONL to a file and only final tasks when asked', async () => {
    const out = path.join(dir, 'pets.jsonl');
    const all = await tnet(['campaign', 'export', String(campaignId), '--out', out]);
    expect(all.code).toBe(0);
    expect(all.stdout).toBe('');
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.item_key)).toEqual(['p1', 'p2', '@p3', 'g1']);
    expect(lines[0]).toMatchObject({ item: { text: 'a cat, sleeping' }, consensus_label: null, uncertain: false, status: 'open' });

    const final = await tnet(['campaign', 'export', String(campaignId), '--format', 'jsonl', '--final-only']);
    expect(final.code).toBe(0);
    expect(final.stdout).toBe('');
  }, 120_000);

  it('writes a Hugging Face dataset folder, and refuses a folder that holds something', async () => {
    const out = path.join(dir, 'pets-hf');
    const r = await tnet(['campaign', 'export', String(campaignId), '--hf', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`export: done, 4 rows as a Hugging Face dataset in ${out}`);
    const lines = readFileSync(path.join(out, 'data', 'train.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.item_key, l.text, l.label_id])).toEqual([
      ['p1', 'a cat, sleeping', -1],
      ['p2', 'she said "woof"', -1],
      ['@p3', '=1+1', -1],
      ['g1', 'a gold cat', -1],
    ]);
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toMatch(/^---\nlicense: unknown\n/);

    const again = await tnet(['campaign', 'export', String(campaignId), '--hf', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`tnet: ${out} exists and is not empty; name a new or empty folder\n`);
    const mixed = await tnet(['campaign', 'export', String(campaignId), '--hf', path.join(dir, 'other'), '--format', 'csv']);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toBe('tnet: --hf writes a dataset folder of its own; leave out --format and --out\n');
  }, 120_000);

  it('names the bad rows of a broken CSV, imports nothing and leaves no campaign behind', async () => {
    const broken = write('broken.csv', 'id,text\nb1,one\nb2,two,extra\nb3,\nb4,four\n');
    const r = await tnet(['campaign', 'import', definition, broken]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('tnet: Nothing was imported: 2 bad rows.\n- line 3: expected 2 columns, found 3\n- line 4: the item has no content\n');
    const list = await tnet(['campaign', 'list']);
    expect(list.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(list.stdout).toContain(`#${campaignId}  active`);
  }, 120_000);

  it('answers members show for an unknown id with one clear line and exit code 1', async () => {
    const r = await tnet(['members', 'show', '4242']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('tnet: there is no member #4242\n');
  }, 60_000);

  it('refuses an export of an unknown campaign and an id that is not a number, one line each', async () => {
    const unknown = await tnet(['campaign', 'export', '999999']);
    expect([unknown.code, unknown.stdout, unknown.stderr]).toEqual([1, '', 'tnet: There is no campaign #999999.\n']);
    const bad = await tnet(['members', 'show', 'alice']);
    expect([bad.code, bad.stderr]).toEqual([1, 'tnet: the member id must be a positive whole number, got "alice"\n']);
  }, 60_000);

  it('stops on bad configuration with one line naming the variable', async () => {
    const r = await tnet(['campaign', 'list'], { DATABASE_URL: 'mysql://nope', FOUNDATION_BPS: '6000' });
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^tnet: invalid configuration: .*DATABASE_URL.*FOUNDATION_BPS/);
  }, 60_000);

  it('refuses tnet mint in the environment of ROLE=web, which holds no minter key', async () => {
    const web = { ROLE: 'web', DATABASE_URL: 'postgres://tnet@127.0.0.1:9/tnet', RPC_URL: 'http://127.0.0.1:9', TNET_ADDRESS: `0x${'1'.repeat(40)}` };
    const r = await tnet(['mint', '--dry-run'], web);
    expect([r.code, r.stdout, r.stderr]).toEqual([1, '', 'tnet: tnet mint needs the minter key: run it with ROLE=jobs or all (and MINTER_PRIVATE_KEY), not ROLE=web\n']);
  }, 60_000);

  it('registers the shipped sentiment model for a campaign and predicts its tasks in batches', async () => {
    const reviews = write(
      'reviews.json',
      JSON.stringify({ name: 'Reviews', kind: 'label', question: 'How does it feel?', options: ['positive', 'negative', 'neutral'], reward: '1', budget: '100', answersPerTask: 3 }),
    );
    const items = write('reviews.csv', 'id,text\nr1,"This is amazing, I love it"\nr2,"It broke after one day, terrible"\nr3,The box is white\n');
    const imported = await tnet(['campaign', 'import', reviews, items]);
    expect(imported.code).toBe(0);
    const id = imported.stdout.match(/Campaign #(\d+)/)![1]!;
    const cpu = { MODEL_DEVICE: 'cpu' };
    const registered = await tnet(['model', 'register', id, path.join(root, 'models/sentiment.json')], cpu);
    expect(registered.stderr).toBe('');
    expect(registered.stdout).toMatch(new RegExp(`^Model #\\d+ "sentiment-linear-v1" registered for campaign #${id}: positive, negative, neutral`));
    const predicted = await tnet(['model', 'predict', id, '--batch', '2'], cpu);
    expect([predicted.code, predicted.stdout]).toEqual([0, `Campaign #${id}: 3 task(s) predicted, 0 unreadable, in 2 batch(es) on cpu.\n`]);
    // stderr is a pipe here: plain lines, no bar.
    expect(predicted.stderr).toBe('predict: 0 tasks of 3 tasks (0%)\npredict: 2 tasks of 3 tasks (60%)\npredict: done, 3 tasks\n');
    const again = await tnet(['model', 'predict', id], cpu);
    expect(again.stdout).toBe(`Campaign #${id}: 0 task(s) predicted, 0 unreadable, in 0 batch(es) on cpu.\n`);
  }, 120_000);

  it('runs as `npx tnet` from the repository root', async () => {
    const r = await tnet(['--help'], {}, ['npx', '--no-install', 'tnet']);
    expect(r.code).toBe(0);
    for (const c of ['start', 'migrate', 'deploy', 'campaign', 'mint', 'members', 'model']) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
  }, 60_000);
});

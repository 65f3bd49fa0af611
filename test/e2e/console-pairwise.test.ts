import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { CommandRouter } from '../../bots/common/command-router';
import { ConsoleChat } from '../../bots/console/console-chat';
import { adminSql } from '../../core/db/admin-sql';
import { sidesSwapped } from '../../core/tasks/pair-order';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';

const root = path.resolve(__dirname, '../..');
/** The command package.json installs as `tnet`. */
const bin = path.join(root, (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: { tnet: string } }).bin.tnet);

/** Variables loadConfig reads; none of the parent's may leak into the children. */
const configKeys = [
  'DATABASE_URL', 'DATA_DIR', 'RPC_URL', 'CHAIN_ID', 'MINTER_PRIVATE_KEY', 'TNET_ADDRESS', 'FOUNDATION_ADDRESS', 'FOUNDATION_BPS',
  'TELEGRAM_BOT_TOKEN', 'TELEGRAM_API_ROOT', 'TELEGRAM_WEBHOOK_URL', 'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_API_BASE',
  'DISCORD_GUILD_IDS', 'ADMIN_TELEGRAM_IDS', 'ADMIN_DISCORD_IDS', 'PORT', 'PUBLIC_URL', 'MODEL_DEVICE', 'ANSWERS_PER_MINUTE', 'LOG_LEVEL',
];

/** The items: a prompt and two outputs, each naming its model. */
const items = [
  { id: 'q1', prompt: 'Capital of France?', a: 'Paris', b: 'Lyon', model_a: 'strong', model_b: 'weak' },
  { id: 'q2', prompt: 'Two plus two?', a: 'Four', b: 'Five', model_a: 'strong', model_b: 'weak' },
  { id: 'q3', prompt: 'Colour of the sky?', a: 'Blue', b: 'Green', model_a: 'mid', model_b: 'weak' },
];
const jsonl = items.map((i) => JSON.stringify(i)).join('\n') + '\n';
const pairDefinition = {
  name: 'Pairs',
  kind: 'pairwise',
  question: 'Which response answers the prompt better?',
  reward: '10',
  budget: '1000',
  answersPerTask: 3,
  consensusMode: 'majority',
  minEvidence: 0,
  minThinkMs: 0,
};
const CHOICES = '[1] 1 is better  [2] 2 is better  [3] Tie  [4] Both bad';

/** The task cards of a console transcript: task id, the output shown first and second. */
const cardsIn = (out: string): { taskId: number; first: string; second: string }[] =>
  [...out.matchAll(/^Campaign #\d+ · Pairs · task (\d+)\n.*\n\nPrompt:\n.*\n\nResponse 1:\n(.*)\n\nResponse 2:\n(.*)\n/gm)].map((m) => ({
    taskId: Number(m[1]),
    first: m[2]!,
    second: m[3]!,
  }));

describe(`console pairwise campaign on ${engine}`, () => {
  describe('ConsoleChat', () => {
    let core: TestCore;
    let campaignId: number;

    beforeAll(async () => {
      core = await createTestCore();
      const c = await core.campaigns.create(pairDefinition, null);
      await core.campaigns.importItems(c.id, Readable.from([jsonl]), 'jsonl');
      await core.campaigns.transition(c.id, 'activate');
      campaignId = c.id;
    }, 60_000);
    afterAll(async () => {
      await core?.cleanup();
    });

    /** Runs lines through a ConsoleChat over the core and resolves with what it printed. */
    const chat = async (lines: string[]): Promise<string> => {
      const out = new PassThrough();
      let text = '';
      out.setEncoding('utf8').on('data', (d: string) => (text += d));
      await new ConsoleChat(new CommandRouter(core), out).run(Readable.from([lines.map((l) => l + '\n').join('')]), false);
      return text;
    };

    it("shows a pairwise card in the member's order, and stores what the typed number names", async () => {
      // Each member types another number: the first shown, the second shown, tie, both bad.
      const typed = [
        { name: 'ann', key: '1', label: '1 is better', side: (swapped: boolean) => (swapped ? 'b' : 'a') },
        { name: 'ben', key: '2', label: '2 is better', side: (swapped: boolean) => (swapped ? 'a' : 'b') },
        { name: 'cid', key: '3', label: 'Tie', side: () => 'tie' },
        { name: 'dot', key: '4', label: 'Both bad', side: () => 'both_bad' },
      ];
      const seen = new Set<boolean>();
      const keyOf = new Map<number, string>(
        (await core.ds.query(`SELECT id, item_key FROM task WHERE campaign_id = $1`, [campaignId])).map((r: { id: number; item_key: string }) => [r.id, r.item_key]),
      );
      for (const t of typed) {
        const out = await chat([`/as ${t.name}`, `/task ${campaignId}`, t.key]);
        const [card] = cardsIn(out);
        expect(card).toBeDefined();
        const taskId = card!.taskId;
        const memberId = (await core.identities.resolve({ platform: 'console', platformUserId: t.name, displayName: t.name })).memberId;
        const swapped = sidesSwapped(taskId, { memberId });
        seen.add(swapped);
        const item = items.find((i) => i.id === keyOf.get(taskId))!;
        expect([card!.first, card!.second]).toEqual(swapped ? [item.b, item.a] : [item.a, item.b]);
        expect(out).toContain(`${CHOICES}\n`);
        expect(out).toContain(`Answer recorded: ${t.label}.\n`);
        const [stored] = await core.ds.query(`SELECT choice, swapped FROM answer WHERE task_id = $1 AND member_id = $2`, [taskId, memberId]);
        expect(stored).toEqual({ choice: t.side(swapped), swapped });
      }
      // These four names see both orders (a fixed hash of the ids a fresh database gives).
      expect(seen).toEqual(new Set([false, true]));
    }, 60_000);

    it('refuses a number that names no button, and shows position bias and the ranking in /campaign stats', async () => {
      const out = await chat(['/as eve', `/task ${campaignId}`, '7', `/campaign stats ${campaignId}`]);
      expect(out).toContain('Choose 1 to 4.\n');
      expect(out).toMatch(/^Position bias: the output shown first won \d+(\.\d)?% of 2 answers that chose a side/m);
      // ann's and ben's answers chose a side; cid's and dot's (tie, both bad) did not.
      const { rankedPairs } = (await core.reports.report(campaignId)).pairwise!;
      expect(out).toMatch(
        rankedPairs === 0 ? /^Ranking: no decided pair names both of its models yet$/m : new RegExp(`^Ranking \\(Bradley-Terry over ${rankedPairs} decided pairs?, 95% interval\\):\n1\\. `, 'm'),
      );
    }, 60_000);
  });

  describe('tnet campaign import, the console, and tnet campaign export', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tnet-pairwise-'));
    const env: Record<string, string> = { DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'warn', GOLD_DRAW_KEY: 'tnet-test-gold-draw' };
    const base = process.env.DATABASE_URL;
    const dbName = `tnet_t_pair_${process.pid}_${randomBytes(4).toString('hex')}`;

    /** Runs node with `args` (the CLI's bin, or the console) in the repository root; `input` goes to stdin. */
    function run(args: string[], input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
      const childEnv: NodeJS.ProcessEnv = { ...process.env };
      for (const key of configKeys) delete childEnv[key];
      delete childEnv.NODE_OPTIONS;
      Object.assign(childEnv, env);
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, args, { cwd: root, env: childEnv, stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
        child.stdin.on('error', () => undefined);
        child.stdin.end(input ?? '');
      });
    }
    const tnet = (args: string[]) => run([bin, ...args]);
    const write = (name: string, text: string): string => {
      const p = path.join(dir, name);
      writeFileSync(p, text);
      return p;
    };

    beforeAll(async () => {
      if (base) {
        // The children share a database of their own, as test-core gives each test file.
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

    it('imports pairs, takes answers typed in the console, and exports DPO pairs and the ranking', async () => {
      const refused = await tnet(['campaign', 'import', write('bad.json', JSON.stringify({ ...pairDefinition, options: ['x', 'y'] })), write('pairs.jsonl', jsonl)]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('a pairwise campaign has fixed options (a, b, tie, both_bad); leave them out');

      const imported = await tnet(['campaign', 'import', write('pairs.json', JSON.stringify(pairDefinition)), path.join(dir, 'pairs.jsonl'), '--activate']);
      expect(imported.stderr).toMatch(/import: done/);
      const id = Number(/^Campaign #(\d+) "Pairs" created \(active\): 3 items imported/.exec(imported.stdout)![1]);

      // A pair not decided yet is in no DPO export.
      const empty = await tnet(['campaign', 'export', String(id), '--format', 'dpo']);
      expect([empty.code, empty.stdout]).toEqual([0, '']);

      // Three members each type 1 ("1 is better": the output they see first) on every pair.
      const lines = ['you', 'bob', 'carol'].flatMap((name) => [`/as ${name}`, ...items.flatMap(() => [`/task ${id}`, '1'])]);
      const played = await run(['--import', 'tsx', 'app/console.ts'], lines.map((l) => l + '\n').join(''));
      expect(played.stderr).toBe('');
      expect(played.code).toBe(0);
      expect(played.stdout.match(/Answer recorded: 1 is better\.\n/g)).toHaveLength(9);
      const cards = cardsIn(played.stdout);
      expect(cards).toHaveLength(9);
      expect(played.stdout).not.toMatch(/\b(strong|weak|mid)\b/);

      // What each pair's consensus must be: the output most of its three judges saw first.
      const taskIds = [...new Set(cards.map((c) => c.taskId))].sort((x, y) => x - y);
      const expected = taskIds.map((taskId) => {
        const firsts = cards.filter((c) => c.taskId === taskId).map((c) => c.first);
        const item = items.find((i) => i.a === firsts[0] || i.b === firsts[0])!;
        return { item, winner: firsts.filter((f) => f === item.a).length >= 2 ? ('a' as const) : ('b' as const) };
      });
      expect(expected.map((e) => e.item.id)).toEqual(['q1', 'q2', 'q3']);

      const dpo = await tnet(['campaign', 'export', String(id), '--format', 'dpo']);
      expect(dpo.code).toBe(0);
      const pairs = dpo.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
      expect(pairs.map((p) => Object.keys(p))).toEqual(items.map(() => ['prompt', 'chosen', 'rejected']));
      expect(pairs).toEqual(expected.map(({ item, winner }) => ({ prompt: item.prompt, chosen: winner === 'a' ? item.a : item.b, rejected: winner === 'a' ? item.b : item.a })));

      // The ranking's format follows the file name.
      const out = path.join(dir, 'models.ranking.csv');
      const ranking = await tnet(['campaign', 'export', String(id), '--out', out]);
      expect([ranking.code, ranking.stdout]).toEqual([0, '']);
      const rows = readFileSync(out, 'utf8').trimEnd().split('\r\n');
      expect(rows[0]).toBe('rank,model,score,low_95,high_95,pairs');
      const models = rows.slice(1).map((r) => r.split(','));
      expect(models.map((m) => m[1]).sort()).toEqual(['mid', 'strong', 'weak']);
      expect(models.map((m) => m[0])).toEqual(['1', '2', '3']);
      // Each model's pair count: the pairs naming it, all decided for a side (three judges, two sides).
      const count = (model: string) => items.filter((i) => i.model_a === model || i.model_b === model).length;
      expect(models.map((m) => Number(m[5]))).toEqual(models.map((m) => count(m[1]!)));

      const csv = await tnet(['campaign', 'export', String(id), '--format', 'parquet']);
      expect([csv.code, csv.stderr]).toEqual([1, 'tnet: --format must be one of csv, jsonl, dpo, ranking, got "parquet"\n']);
    }, 240_000);
  });
});

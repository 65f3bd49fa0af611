import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { CLI_ACTOR, DatasetDirRefusedError, writeHfDataset, type HfDatasetDeps } from '../../core';
import { draftCampaign, file, tasksByKey, textStream } from '../helpers/fixtures';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';

// js-yaml comes with jest's tooling; the project itself writes YAML but never reads it.
const yaml = createRequire(__filename)('js-yaml') as { safeLoad(text: string): unknown };

interface Card {
  license: string;
  task_categories: string[];
  size_categories: string[];
  configs: { config_name: string; data_files: { split: string; path: string }[] }[];
  dataset_info: {
    features: { name: string; dtype: string | { class_label: { names: Record<string, string> } } }[];
    splits: { name: string; num_examples: number }[];
  };
}

/** The card's YAML front matter, parsed, and the prose after it. */
function readCard(dir: string): { meta: Card; prose: string } {
  const text = readFileSync(path.join(dir, 'README.md'), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error('README.md has no front matter');
  return { meta: yaml.safeLoad(m[1]!) as Card, prose: m[2]! };
}

/** Every line of data/train.jsonl, with its raw text. */
function readRows(dir: string): { raw: string; row: Record<string, unknown> }[] {
  const text = readFileSync(path.join(dir, 'data', 'train.jsonl'), 'utf8');
  expect(text === '' || text.endsWith('\n')).toBe(true);
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((raw) => ({ raw, row: JSON.parse(raw) as Record<string, unknown> }));
}

/** JSON's type of a value, telling whole from fractional numbers by how the line wrote them. */
const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Each row has the card's columns, in its order, and each column one type besides null. */
function expectOneSchema(rows: { raw: string; row: Record<string, unknown> }[], meta: Card): void {
  const names = meta.dataset_info.features.map((f) => f.name);
  for (const { row } of rows) expect(Object.keys(row)).toEqual(names);
  for (const f of meta.dataset_info.features) {
    const types = new Set(rows.map(({ row }) => typeOf(row[f.name])));
    types.delete('null');
    const dtype = typeof f.dtype === 'string' ? f.dtype : 'class_label';
    const expected = { string: 'string', int64: 'number', float64: 'number', bool: 'boolean', class_label: 'number' }[dtype];
    expect([f.name, [...types]]).toEqual([f.name, types.size === 0 ? [] : [expected]]);
  }
  // A float column is written with a decimal point or exponent on every line, an int column never.
  for (const { raw, row } of rows) {
    for (const f of meta.dataset_info.features) {
      const v = row[f.name];
      if (typeof v !== 'number') continue;
      const written = new RegExp(`"${f.name}":(-?[0-9.eE+-]+)`).exec(raw)![1]!;
      expect([f.name, /[.eE]/.test(written)]).toEqual([f.name, f.dtype === 'float64']);
    }
  }
}

describe(`Hugging Face dataset exports on ${engine}`, () => {
  let core: TestCore;
  let tmp: string;
  let deps: HfDatasetDeps;
  let label: number;
  let pairwise: number;

  const set = (id: number | undefined, status: string, consensus: string | null, confidence: number | null, answers: number) =>
    core.ds.query(`UPDATE task SET status = $2, consensus_label = $3, consensus_confidence = $4, answer_count = $5 WHERE id = $1`, [id, status, consensus, confidence, answers]);

  beforeAll(async () => {
    core = await createTestCore();
    tmp = mkdtempSync(path.join(os.tmpdir(), 'tnet-hf-'));
    deps = { campaigns: core.campaigns, openExport: (id, opts) => core.moderation.openExport(CLI_ACTOR, id, opts) };

    label = await draftCampaign(core, { options: ['cat', 'dog', 'bird'], license: 'CC-BY-4.0', consensusMode: 'majority' });
    await core.campaigns.importItems(
      label,
      textStream(
        file(
          JSON.stringify({ id: 'a', text: 'a cat, sleeping' }),
          JSON.stringify({ id: 'b', image: 'https://example.org/b.png', source: 'web' }),
          JSON.stringify({ id: 'c', text: 'barks\nloudly', meta: { n: 1, tags: ['x'] } }),
          JSON.stringify({ id: 'd', text: 42 }),
          JSON.stringify({ id: 'g', text: 'gold item', gold: 'cat' }),
        ),
      ),
      'jsonl',
    );
    const ids = await tasksByKey(core, label);
    await set(ids.get('a'), 'final', 'cat', 1, 3);
    await set(ids.get('b'), 'final_uncertain', 'dog', 0.55, 5);
    await set(ids.get('d'), 'final', 'bird', 0.9, 3);

    pairwise = (await core.campaigns.create({ name: 'Which reply?', kind: 'pairwise', question: 'Which answers better?', reward: '10', budget: '1000', answersPerTask: 3, maxAnswersPerTask: 3 }, null)).id;
    await core.campaigns.importItems(
      pairwise,
      textStream(
        file(
          JSON.stringify({ id: 'p1', prompt: 'Say hi', a: 'hi', b: 'go away', model_a: 'm1', model_b: 'm2' }),
          JSON.stringify({ id: 'p2', prompt: 'Add 2+2', a: '4', b: '5', topic: 'math' }),
          JSON.stringify({ id: 'p3', prompt: 'Name a colour', a: 'red', b: 'blue', model_a: 'm2', model_b: 'm1' }),
        ),
      ),
      'jsonl',
    );
    const pids = await tasksByKey(core, pairwise);
    await set(pids.get('p1'), 'final', 'a', 1, 3);
    await set(pids.get('p2'), 'final', 'tie', 0.67, 3);
  });
  afterAll(async () => {
    await core.cleanup();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('writes a label campaign: one schema on every line, a card that parses, counts that match', async () => {
    const dir = path.join(tmp, 'label');
    const progress: number[] = [];
    const r = await writeHfDataset(deps, label, dir, { pageSize: 2, onProgress: (done) => progress.push(done) });
    expect(r).toEqual({ dir, rows: 5 });
    expect(progress).toEqual([2, 4, 5]);
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'data']);
    expect(readdirSync(path.join(dir, 'data'))).toEqual(['train.jsonl']);

    const { meta, prose } = readCard(dir);
    const rows = readRows(dir);
    expectOneSchema(rows, meta);
    expect(meta.license).toBe('cc-by-4.0');
    expect(meta.task_categories).toEqual(['text-classification']);
    expect(meta.size_categories).toEqual(['n<1K']);
    expect(meta.configs).toEqual([{ config_name: 'default', data_files: [{ split: 'train', path: 'data/*.jsonl' }] }]);
    expect(meta.dataset_info.features.find((f) => f.name === 'label_id')!.dtype).toEqual({ class_label: { names: { 0: 'cat', 1: 'dog', 2: 'bird' } } });
    expect(meta.dataset_info.splits).toEqual([{ name: 'train', num_examples: 5 }]);

    expect(rows.map(({ row }) => [row.item_key, row.text, row.image, row.item_json, row.label, row.label_id, row.uncertain])).toEqual([
      ['a', 'a cat, sleeping', null, null, 'cat', 0, false],
      ['b', null, 'https://example.org/b.png', '{"source":"web"}', 'dog', 1, true],
      ['c', 'barks\nloudly', null, '{"meta":{"n":1,"tags":["x"]}}', null, -1, false],
      ['d', null, null, '{"text":42}', 'bird', 2, false],
      ['g', 'gold item', null, null, null, -1, false],
    ]);
    expect(rows[4]!.row.gold_label).toBe('cat');
    expect(rows[0]!.raw).toContain('"confidence":1.0,');

    const stats = await core.campaigns.stats(label);
    expect(stats.tasks).toBe(rows.length);
    expect(prose).toContain(`| tasks | ${stats.tasks} |`);
    expect(prose).toContain(`| final (a sure consensus) | ${stats.finalTasks} |`);
    expect(prose).toContain(`| uncertain (maximum answers reached without the target confidence) | ${stats.uncertainTasks} |`);
    expect(prose).toContain(`| gold (known answers, used to score members) | ${stats.goldTasks} |`);
    expect(prose).toContain('`majority`');
    expect(prose).toContain('| 2 | bird | bird |');
  });

  it('writes a pairwise campaign with preference columns and an unspecified license', async () => {
    const dir = path.join(tmp, 'pairwise');
    const r = await writeHfDataset(deps, pairwise, dir);
    expect(r.rows).toBe(3);
    const { meta, prose } = readCard(dir);
    const rows = readRows(dir);
    expectOneSchema(rows, meta);
    expect(meta.license).toBe('unknown');
    expect(meta.task_categories).toEqual(['text-generation']);
    expect(meta.dataset_info.features.find((f) => f.name === 'label_id')!.dtype).toEqual({ class_label: { names: { 0: 'a', 1: 'b', 2: 'tie', 3: 'both_bad' } } });
    expect(meta.dataset_info.splits).toEqual([{ name: 'train', num_examples: 3 }]);
    expect(rows.map(({ row }) => [row.prompt, row.a, row.b, row.model_a, row.model_b, row.item_json, row.preference, row.label_id])).toEqual([
      ['Say hi', 'hi', 'go away', 'm1', 'm2', null, 'a', 0],
      ['Add 2+2', '4', '5', null, null, '{"topic":"math"}', 'tie', 2],
      ['Name a colour', 'red', 'blue', 'm2', 'm1', null, null, -1],
    ]);
    expect(prose).toContain('Unspecified: the campaign named no license');
    expect(prose).toContain('--format dpo');
    expect(prose).toContain('| tasks | 3 |');
  });

  it('writes only final tasks when asked, and audits the export as an HF one', async () => {
    const dir = path.join(tmp, 'final');
    const before = (await core.audit.list({ limit: 1000 })).filter((l) => l.subject === `campaign:${label}` && l.action === 'campaign.export').length;
    await writeHfDataset(deps, label, dir, { finalOnly: true });
    const rows = readRows(dir);
    expect(rows.map(({ row }) => row.item_key)).toEqual(['a', 'b', 'd']);
    expect(readCard(dir).meta.dataset_info.splits).toEqual([{ name: 'train', num_examples: 3 }]);
    expect(readCard(dir).prose).toContain('Only final tasks');
    const lines = (await core.audit.list({ limit: 1000 })).filter((l) => l.subject === `campaign:${label}` && l.action === 'campaign.export');
    expect(lines).toHaveLength(before + 1);
    expect(lines[0]!.details).toEqual({ format: 'jsonl', as: 'hf' });
    expect(lines[0]!.actor).toBe('cli');
  });

  it('writes into an empty folder, and refuses a full one or a file without touching it', async () => {
    const empty = path.join(tmp, 'empty');
    mkdirSync(empty);
    expect((await writeHfDataset(deps, label, empty)).rows).toBe(5);

    const full = path.join(tmp, 'full');
    mkdirSync(full);
    writeFileSync(path.join(full, 'keep.txt'), 'mine');
    await expect(writeHfDataset(deps, label, full)).rejects.toEqual(new DatasetDirRefusedError(full, 'not_empty'));
    expect(readdirSync(full)).toEqual(['keep.txt']);

    const plain = path.join(tmp, 'plain.txt');
    writeFileSync(plain, 'x');
    await expect(writeHfDataset(deps, label, plain)).rejects.toMatchObject({ reason: 'not_a_directory' });
    expect(readFileSync(plain, 'utf8')).toBe('x');
    expect(readdirSync(tmp).filter((n) => n.includes('.partial-'))).toEqual([]);
  });

  it('leaves nothing behind when the export fails halfway', async () => {
    const dir = path.join(tmp, 'broken');
    const failing: HfDatasetDeps = {
      campaigns: core.campaigns,
      openExport: async (id, opts) => {
        const e = await deps.openExport(id, opts);
        return {
          ...e,
          pages: async function* () {
            for await (const page of e.pages()) {
              yield page;
              throw new Error('connection lost');
            }
          },
        };
      },
    };
    await expect(writeHfDataset(failing, label, dir, { pageSize: 2 })).rejects.toThrow('connection lost');
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(tmp).filter((n) => n.includes('.partial-'))).toEqual([]);
  });

  it('refuses a campaign that does not exist, writing nothing', async () => {
    const dir = path.join(tmp, 'none');
    await expect(writeHfDataset(deps, 999_999, dir)).rejects.toMatchObject({ code: 'campaign.not_found' });
    expect(existsSync(dir)).toBe(false);
  });
});

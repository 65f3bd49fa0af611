import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { CLI_ACTOR, MULTILABEL_EXPORT_COLUMNS, writeHfDataset, type Core, type ExportOptions } from '../../core';
import { domainError, file, tasksByKey, textStream } from '../helpers/fixtures';
import { createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { badRowTexts } from '../helpers/problems';

// js-yaml comes with jest's tooling; the project itself writes YAML but never reads it.
const yaml = createRequire(__filename)('js-yaml') as { safeLoad(text: string): unknown };

const LABELS = [
  { id: 'toxic', label: 'Toxic' },
  { id: 'spam', label: 'Spam' },
  { id: 'off_topic', label: 'Off topic' },
];

/** What each member ticks on each item, as the chat sends it (the canonical set); an item left out is never answered by them. */
const PLAN: Record<string, Record<string, string>> = {
  // toxic 3/3, spam 2/3, off_topic 0/3: {toxic, spam}, as sure as its least sure label (2/3).
  n1: { ml1: 'toxic|spam', ml2: 'toxic', ml3: 'toxic|spam' },
  // None apply, unanimously.
  n2: { ml1: '', ml2: '', ml3: '' },
  // off_topic 3/3, spam 1/3.
  n3: { ml1: 'off_topic', ml2: 'spam|off_topic', ml3: 'off_topic' },
};
/** Imported once the others are decided, and answered once: it stays open. */
const LATE = { key: 'n4', member: 'ml1', choice: 'spam' };

async function exportText(core: Core, campaignId: number, opts: ExportOptions): Promise<string> {
  const e = await core.exports.open(campaignId, opts);
  let text = '';
  for await (const chunk of e.chunks()) text += chunk;
  return text;
}

/** Multi-label campaigns end to end through core: gold sets imported, answers served and decided, exported as label lists. */
describe(`multilabel imports and exports on ${engine}`, () => {
  let core: TestCore;
  let tmp: string;
  let campaign: number;

  beforeAll(async () => {
    core = await createTestCore();
    tmp = mkdtempSync(path.join(os.tmpdir(), 'tnet-ml-'));
    campaign = (
      await core.campaigns.create(
        {
          name: 'Comment moderation',
          kind: 'multilabel',
          question: 'Tick every problem this comment has',
          options: LABELS,
          reward: '10',
          budget: '100000',
          answersPerTask: 3,
          maxAnswersPerTask: 3,
          consensusMode: 'majority',
          minEvidence: 0,
          minThinkMs: 0,
          license: 'CC-BY-4.0',
        },
        null,
      )
    ).id;
    const imported = await core.campaigns.importItems(
      campaign,
      textStream(
        file(
          ...Object.keys(PLAN).map((id) => JSON.stringify({ id, text: `comment ${id}` })),
          JSON.stringify({ id: 'g1', text: 'gold comment', gold: ['spam', 'toxic'] }),
          JSON.stringify({ id: 'g2', text: 'a clean gold comment', gold: [] }),
        ),
      ),
      'jsonl',
    );
    expect(imported).toEqual({ imported: 5, gold: 2 });
    await core.campaigns.transition(campaign, 'activate');

    // Each member answers every task the assignment serves them, in its order, as the plan says.
    const answerServed = async (name: string, choiceOf: (key: string) => string): Promise<string[]> => {
      const keyOf = new Map([...(await tasksByKey(core, campaign))].map(([key, id]) => [id, key]));
      const m = await member(core, name);
      const answered: string[] = [];
      for (let next = await core.assignment.next(m, [campaign]); next.found; next = await core.assignment.next(m, [campaign])) {
        const key = keyOf.get(next.card.taskId)!;
        const r = await core.answers.submit({ memberId: m, taskId: next.card.taskId, choice: choiceOf(key) });
        expect([name, key, r.outcome]).toEqual([name, key, 'accepted']);
        answered.push(key);
      }
      return answered.sort();
    };
    for (const name of ['ml1', 'ml2', 'ml3']) expect(await answerServed(name, (key) => PLAN[key]![name]!)).toEqual(['n1', 'n2', 'n3']);
    // Added to the active campaign, and served to one member only.
    expect(await core.campaigns.importItems(campaign, textStream(file(JSON.stringify({ id: LATE.key, text: 'a late comment' }))), 'jsonl')).toEqual({ imported: 1, gold: 0 });
    expect(await answerServed(LATE.member, () => LATE.choice)).toEqual([LATE.key]);
  });

  afterAll(async () => {
    await core.cleanup();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('stores gold sets canonically and names the rows that are not sets of the labels', async () => {
    const rows: { item_key: string; gold_label: string | null }[] = await core.ds.query(
      `SELECT item_key, gold_label FROM task WHERE campaign_id = $1 AND gold_label IS NOT NULL ORDER BY id`,
      [campaign],
    );
    expect(rows).toEqual([
      { item_key: 'g1', gold_label: 'toxic|spam' },
      { item_key: 'g2', gold_label: '' },
    ]);

    const draft = (await core.campaigns.create({ name: 'd', kind: 'multilabel', question: 'q', options: LABELS, reward: '1', budget: '10' }, null)).id;
    const ok = await core.campaigns.importItems(
      draft,
      textStream(file('id,text,gold', 'c1,one,spam|toxic', 'c2,two,"[""off_topic""]"', 'c3,three,[]', 'c4,four,')),
      'csv',
    );
    expect(ok).toEqual({ imported: 4, gold: 3 });
    const golds = await core.ds.query(`SELECT item_key, gold_label FROM task WHERE campaign_id = $1 ORDER BY id`, [draft]);
    expect(golds.map((r: { gold_label: string | null }) => r.gold_label)).toEqual(['toxic|spam', 'off_topic', '', null]);

    const e = await domainError(
      core.campaigns.importItems(
        draft,
        textStream(file('id,text,gold', 'b1,one,spam|rude', 'b2,two,spam|spam', 'b3,three,spam|', 'b4,four,"[1, 2]"', 'b5,five,toxic')),
        'csv',
      ),
      'campaign.import_invalid',
    );
    expect(badRowTexts(e.details.badRows)).toEqual([
      { row: 2, reason: 'gold: "rude" is not a label of this campaign' },
      { row: 3, reason: 'gold: "spam" is ticked twice' },
      { row: 4, reason: 'gold must be a set of label ids: a JSON array like ["a", "b"], or the ids joined by "|"' },
      { row: 5, reason: 'gold must be a set of label ids: a JSON array like ["a", "b"], or the ids joined by "|"' },
    ]);
    const jsonl = await domainError(
      core.campaigns.importItems(draft, textStream(file(JSON.stringify({ id: 'j1', text: 'x', gold: { toxic: true } }))), 'jsonl'),
      'campaign.import_invalid',
    );
    expect(badRowTexts(jsonl.details.badRows)).toEqual([{ row: 1, reason: 'gold must be text, a number or an array of label ids' }]);
  });

  it('exports JSONL rows with the decided label list and a confidence per label', async () => {
    const lines = (await exportText(core, campaign, { format: 'jsonl' })).split('\n').filter((l) => l !== '');
    const rows = new Map(lines.map((l) => JSON.parse(l) as Record<string, unknown>).map((r) => [r.item_key as string, r]));
    expect([...rows.keys()]).toEqual(['n1', 'n2', 'n3', 'g1', 'g2', 'n4']);
    for (const r of rows.values()) expect(Object.keys(r)).toEqual(['task_id', 'item_key', 'item', ...MULTILABEL_EXPORT_COLUMNS.slice(3)]);

    const n1 = rows.get('n1')!;
    expect([n1.status, n1.consensus_label, n1.answers]).toEqual(['final', ['toxic', 'spam'], 3]);
    expect(n1.confidence).toBeCloseTo(2 / 3);
    const c1 = n1.label_confidence as Record<string, number>;
    expect(Object.keys(c1)).toEqual(['toxic', 'spam', 'off_topic']);
    expect([c1.toxic, c1.off_topic]).toEqual([1, 0]);
    expect(c1.spam).toBeCloseTo(2 / 3);

    expect(rows.get('n2')).toMatchObject({ status: 'final', consensus_label: [], confidence: 1, label_confidence: { toxic: 0, spam: 0, off_topic: 0 } });
    const n3 = rows.get('n3')!;
    expect(n3.consensus_label).toEqual(['off_topic']);
    expect((n3.label_confidence as Record<string, number>).spam).toBeCloseTo(1 / 3);
    expect(rows.get('n4')).toMatchObject({ status: 'open', answers: 1, consensus_label: null, confidence: null, label_confidence: null, gold_label: null });
    expect(rows.get('g1')).toMatchObject({ consensus_label: null, label_confidence: null, gold_label: ['toxic', 'spam'] });
    expect(rows.get('g2')).toMatchObject({ consensus_label: null, gold_label: [] });
  });

  it('exports CSV with the sets joined by | and the confidences as JSON text in one cell', async () => {
    const text = await exportText(core, campaign, { format: 'csv' });
    expect(text.split('\r\n')[0]).toBe(MULTILABEL_EXPORT_COLUMNS.join(','));
    const rows = new Map((parse(text, { columns: true }) as Record<string, string>[]).map((r) => [r.item_key!, r]));
    expect(['n1', 'n2', 'n3', 'g1', 'g2', 'n4'].map((k) => [k, rows.get(k)!.consensus_label, rows.get(k)!.gold_label])).toEqual([
      ['n1', 'toxic|spam', ''],
      ['n2', '[]', ''],
      ['n3', 'off_topic', ''],
      ['g1', '', 'toxic|spam'],
      ['g2', '', '[]'],
      ['n4', '', ''],
    ]);
    expect(JSON.parse(rows.get('n2')!.label_confidence!)).toEqual({ toxic: 0, spam: 0, off_topic: 0 });
    expect(Object.keys(JSON.parse(rows.get('n1')!.label_confidence!))).toEqual(['toxic', 'spam', 'off_topic']);
    expect(rows.get('n4')!.label_confidence).toBe('');
  });

  it('writes a Hugging Face folder with the labels as a Sequence of ClassLabel', async () => {
    const dir = path.join(tmp, 'hf');
    const deps = { campaigns: core.campaigns, openExport: (id: number, opts: ExportOptions) => core.moderation.openExport(CLI_ACTOR, id, opts) };
    expect((await writeHfDataset(deps, campaign, dir)).rows).toBe(6);

    const raw = readFileSync(path.join(dir, 'data', 'train.jsonl'), 'utf8').split('\n').filter((l) => l !== '');
    const rows = raw.map((l) => JSON.parse(l) as Record<string, unknown>);
    const card = readFileSync(path.join(dir, 'README.md'), 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(card)!;
    const meta = yaml.safeLoad(m[1]!) as {
      task_categories: string[];
      task_ids: string[];
      dataset_info: { features: { name: string; dtype?: string; sequence?: unknown }[] };
    };
    const prose = m[2]!;
    const names = meta.dataset_info.features.map((f) => f.name);
    // Every line has the card's columns in its order, and each column one JSON type besides null.
    for (const r of rows) expect(Object.keys(r)).toEqual(names);
    for (const n of names) {
      const types = new Set(rows.map((r) => (r[n] === null ? 'null' : Array.isArray(r[n]) ? 'array' : typeof r[n])));
      types.delete('null');
      expect([n, types.size <= 1]).toEqual([n, true]);
    }
    // Whole probabilities are written as floats, so no block of lines reads as int64.
    expect(raw[0]).toContain(`"labels":[0,1],"label_confidence":[1.0,${JSON.stringify(2 / 3)},0.0],`);

    expect(meta.task_categories).toEqual(['text-classification']);
    expect(meta.task_ids).toEqual(['multi-label-classification']);
    const seq = (n: string) => meta.dataset_info.features.find((f) => f.name === n)!.sequence;
    expect(seq('labels')).toEqual({ class_label: { names: { 0: 'toxic', 1: 'spam', 2: 'off_topic' } } });
    expect(seq('gold_labels')).toEqual({ class_label: { names: { 0: 'toxic', 1: 'spam', 2: 'off_topic' } } });
    expect(seq('label_confidence')).toBe('float64');

    expect(rows.map((r) => [r.item_key, r.labels, r.gold_labels, r.status])).toEqual([
      ['n1', [0, 1], null, 'final'],
      ['n2', [], null, 'final'],
      ['n3', [2], null, 'final'],
      ['g1', null, [0, 1], 'open'],
      ['g2', null, [], 'open'],
      ['n4', null, null, 'open'],
    ]);
    expect((rows[0]!.label_confidence as number[]).map((p) => Math.round(p * 3))).toEqual([3, 2, 0]);

    const stats = await core.campaigns.stats(campaign);
    expect(prose).toContain('| 0 | toxic | Toxic | 1 of 3 (33.3%) |');
    expect(prose).toContain('| 2 | off_topic | Off topic | 1 of 3 (33.3%) |');
    expect(prose).toContain(`| tasks | ${stats.tasks} |`);
    expect(prose).toContain(`${Math.round(stats.agreement! * 1000) / 10}% of the scored answers matched their task's decided set`);
    expect(prose).toContain('`CC-BY-4.0`');
  });

  it('reports how often each label is decided and ticked, not the label combinations', async () => {
    const r = await core.reports.report(campaign);
    expect(r.pairwise).toBeNull();
    expect(r.labels).toEqual({
      decidedTasks: 3,
      decidedNone: 1,
      answers: 10,
      answeredNone: 3,
      labels: [
        { id: 'toxic', label: 'Toxic', decided: 1, ticked: 3 },
        { id: 'spam', label: 'Spam', decided: 1, ticked: 4 },
        { id: 'off_topic', label: 'Off topic', decided: 1, ticked: 3 },
      ],
    });
  });

  it('exports an uncertain set with its posteriors in the probabilistic modes', async () => {
    const c = (
      await core.campaigns.create(
        { name: 'DS tags', kind: 'multilabel', question: 'q', options: LABELS, reward: '1', budget: '1000', answersPerTask: 3, maxAnswersPerTask: 3, targetConfidence: 0.9, minEvidence: 0, minThinkMs: 0 },
        null,
      )
    ).id;
    await core.campaigns.importItems(c, textStream(file('id,text', 'u1,all agree', 'u2,one ticks spam too')), 'csv');
    await core.campaigns.transition(c, 'activate');
    const keyOf = new Map([...(await tasksByKey(core, c))].map(([key, id]) => [id, key]));
    for (const name of ['ds1', 'ds2', 'ds3']) {
      const m = await member(core, name);
      for (let next = await core.assignment.next(m, [c]); next.found; next = await core.assignment.next(m, [c])) {
        const choice = keyOf.get(next.card.taskId) === 'u2' && name === 'ds3' ? 'toxic|spam' : 'toxic';
        expect((await core.answers.submit({ memberId: m, taskId: next.card.taskId, choice })).outcome).toBe('accepted');
      }
    }
    // Newcomers vote 0.7 right on each label at even odds: 3 of 3 ticks give 0.927, 1 of 3 gives 0.3.
    const three = 0.7 ** 3 / (0.7 ** 3 + 0.3 ** 3);
    const rows = (await exportText(core, c, { format: 'jsonl' })).split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => [r.item_key, r.status, r.uncertain, r.consensus_label])).toEqual([
      ['u1', 'final', false, ['toxic']],
      ['u2', 'final_uncertain', true, ['toxic']],
    ]);
    const u2 = rows[1]!.label_confidence as Record<string, number>;
    expect(u2.toxic).toBeCloseTo(three);
    expect(u2.spam).toBeCloseTo(0.3);
    expect(u2.off_topic).toBeCloseTo(1 - three);
    expect(rows[1]!.confidence).toBeCloseTo(0.7);
  });

  it('refuses the pairwise formats for a multilabel campaign', async () => {
    await domainError(core.exports.open(campaign, { format: 'dpo' }), 'campaign.export_format');
    await domainError(core.exports.open(campaign, { format: 'ranking' }), 'campaign.export_format');
  });
});

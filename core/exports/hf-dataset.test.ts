import type { CampaignKind } from '../domain/campaign-types';
import { PAIRWISE_OPTIONS } from '../campaigns/kind-rules';
import type { ExportRecord } from './export-record';
import { datasetCard, datasetColumns, datasetLine, datasetRecord, sizeCategory, taskCategory, type CardCampaign, type CardContents, type CardCounts } from './hf-dataset';

const record = (over: Partial<ExportRecord> = {}): ExportRecord => ({
  taskId: 7,
  itemKey: 'k1',
  itemJson: '{"text": "a cat, sleeping"}',
  consensusLabel: 'cat',
  confidence: 0.93,
  answers: 3,
  baselineLabel: null,
  baselineProbability: null,
  status: 'final',
  goldLabel: null,
  modelVerified: null,
  ...over,
});

const LABELS = [
  { id: 'cat', label: 'Cat' },
  { id: 'dog', label: 'Dog' },
];

describe('datasetRecord', () => {
  it.each<[string, CampaignKind, Partial<ExportRecord>, Record<string, unknown>]>([
    ['a text item with a label', 'label', {}, { text: 'a cat, sleeping', image: null, item_json: null, label: 'cat', label_id: 0 }],
    ['an image item', 'label', { itemJson: '{"image": "https://x/1.png"}', consensusLabel: 'dog' }, { text: null, image: 'https://x/1.png', item_json: null, label_id: 1 }],
    ['other fields go to item_json', 'vote', { itemJson: '{"text": "t", "source": "web", "n": 2}' }, { text: 't', item_json: '{"source":"web","n":2}' }],
    ['a known field that is not text stays in item_json', 'label', { itemJson: '{"text": 42}' }, { text: null, item_json: '{"text":42}' }],
    ['an undecided task has label_id -1', 'label', { consensusLabel: null, confidence: null, status: 'open' }, { label: null, label_id: -1, confidence: null, uncertain: false }],
    ['a label outside the options has label_id -1', 'label', { consensusLabel: 'bird' }, { label: 'bird', label_id: -1 }],
    ['an uncertain task', 'check', { status: 'final_uncertain' }, { uncertain: true, status: 'final_uncertain' }],
    ['a payload that is not an object is item_json whole', 'label', { itemJson: '["x"]' }, { text: null, image: null, item_json: '["x"]' }],
    [
      'a pairwise item',
      'pairwise',
      { itemJson: '{"prompt": "p", "a": "x", "b": "y", "model_a": "m1"}', consensusLabel: 'b' },
      { prompt: 'p', a: 'x', b: 'y', model_a: 'm1', model_b: null, item_json: null, preference: 'b', label_id: 1 },
    ],
    ['an undecided pair', 'pairwise', { itemJson: '{"prompt": "p", "a": "x", "b": "y"}', consensusLabel: null }, { preference: null, label_id: -1 }],
    ['a tie', 'pairwise', { itemJson: '{"prompt": "p", "a": "x", "b": "y", "topic": "math"}', consensusLabel: 'tie' }, { preference: 'tie', label_id: 2, item_json: '{"topic":"math"}' }],
  ])('%s', (_, kind, over, expected) => {
    const options = kind === 'pairwise' ? PAIRWISE_OPTIONS : LABELS;
    const row = datasetRecord(kind, options, record(over));
    expect(row).toMatchObject(expected);
    // Every row of a kind has exactly its columns, whatever the payload held.
    expect(Object.keys(row).sort()).toEqual(datasetColumns(kind).map((c) => c.name).sort());
  });

  it('keeps one value type per column across different payloads', () => {
    const columns = datasetColumns('label');
    const payloads = ['{"text": "t"}', '{"image": "i"}', '{"x": {"deep": [1]}}', '{"text": null}', '{}'];
    const types = payloads.map((itemJson) => datasetRecord('label', LABELS, record({ itemJson })));
    for (const col of columns) {
      const seen = new Set(types.map((r) => (r[col.name] === null ? 'null' : typeof r[col.name])));
      seen.delete('null');
      expect(seen.size).toBeLessThanOrEqual(1);
    }
  });
});

describe('datasetLine', () => {
  it('writes keys in column order and whole floats as floats', () => {
    const columns = datasetColumns('label');
    const line = datasetLine(columns, datasetRecord('label', LABELS, record({ confidence: 1, baselineProbability: 0 })));
    expect(line.endsWith('\n')).toBe(true);
    expect(line).toContain('"confidence":1.0,');
    expect(line).toContain('"baseline_probability":0.0,');
    expect(line).toContain('"answers":3,');
    expect(Object.keys(JSON.parse(line))).toEqual(columns.map((c) => c.name));
  });

  it.each([
    [0.93, '0.93'],
    [1e-7, '1e-7'],
    [null, 'null'],
  ])('writes confidence %p as %s', (confidence, json) => {
    expect(datasetLine(datasetColumns('label'), datasetRecord('label', LABELS, record({ confidence })))).toContain(`"confidence":${json},`);
  });

  it('escapes line breaks inside values, so one task is one line', () => {
    const line = datasetLine(datasetColumns('label'), datasetRecord('label', LABELS, record({ itemJson: '{"text": "a\\nb"}' })));
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line).text).toBe('a\nb');
  });
});

describe('sizeCategory and taskCategory', () => {
  it.each([
    [0, 'n<1K'],
    [999, 'n<1K'],
    [1000, '1K<n<10K'],
    [250_000, '100K<n<1M'],
    [2e9, 'n>1B'],
  ])('%i rows are %s', (rows, category) => {
    expect(sizeCategory(rows)).toBe(category);
  });

  it.each<[CampaignKind, number, number, string]>([
    ['label', 10, 0, 'text-classification'],
    ['label', 0, 10, 'image-classification'],
    ['vote', 3, 10, 'text-classification'],
    ['check', 0, 0, 'text-classification'],
    ['pairwise', 0, 0, 'text-generation'],
  ])('a %s campaign with %i texts and %i images is %s', (kind, withText, withImage, category) => {
    expect(taskCategory(kind, { rows: 10, withText, withImage, finalOnly: false })).toBe(category);
  });
});

const campaign = (over: Partial<CardCampaign> = {}): CardCampaign => ({
  id: 12,
  name: 'Pets: "cats" & dogs',
  kind: 'label',
  question: 'Cat or dog?\nLook closely.',
  options: LABELS,
  consensusMode: 'dawid_skene',
  answersPerTask: 3,
  maxAnswersPerTask: 5,
  targetConfidence: 0.9,
  license: 'CC-BY-4.0',
  ...over,
});
const counts: CardCounts = { tasks: 10, goldTasks: 2, openTasks: 3, finalTasks: 4, uncertainTasks: 1, answers: 31, members: 6, agreement: 0.8123 };
const contents: CardContents = { rows: 10, withText: 10, withImage: 0, finalOnly: false };

/** The front matter's lines, between the two --- lines. */
const front = (card: string): string[] => {
  const lines = card.split('\n');
  expect(lines[0]).toBe('---');
  const end = lines.indexOf('---', 1);
  expect(end).toBeGreaterThan(0);
  return lines.slice(1, end);
};

describe('datasetCard', () => {
  it('declares license, categories, the data files and the ClassLabel names', () => {
    const f = front(datasetCard(campaign(), counts, contents));
    expect(f).toContain('license: cc-by-4.0');
    expect(f).toContain('pretty_name: "Pets: \\"cats\\" & dogs"');
    expect(f.join('\n')).toContain('task_categories:\n- text-classification');
    expect(f.join('\n')).toContain('size_categories:\n- n<1K');
    expect(f.join('\n')).toContain('configs:\n- config_name: default\n  data_files:\n  - split: train\n    path: data/*.jsonl');
    expect(f.join('\n')).toContain('  - name: label_id\n    dtype:\n      class_label:\n        names:\n          "0": "cat"\n          "1": "dog"');
    expect(f.join('\n')).toContain('  - name: confidence\n    dtype: float64');
    expect(f.join('\n')).toContain('  splits:\n  - name: train\n    num_examples: 10');
    // One feature per column, in column order.
    expect(f.filter((l) => l.startsWith('  - name: ') && !l.includes('train')).map((l) => l.slice(10))).toEqual(datasetColumns('label').map((c) => c.name));
  });

  it.each<[string, Partial<CardCampaign>, Partial<CardCounts>, Partial<CardContents>, string[], string[]]>([
    [
      'a label campaign',
      {},
      {},
      {},
      ['> Cat or dog?\n> Look closely.', '| 0 | cat | Cat |', '| tasks | 10 |', '| uncertain (maximum answers reached without the target confidence) | 1 |', '| members who answered | 6 |', '81.2% of the scored answers', 'Dawid-Skene', '`dawid_skene`', 'at least 3 answers', 'confidence of 0.9', 'reaches 5', 'Open tasks are included', '`CC-BY-4.0`'],
      ['## Preferences', 'Unspecified'],
    ],
    ['no license', { license: null }, {}, {}, ['Unspecified: the campaign named no license', 'license: unknown'], ['`CC-BY-4.0`']],
    ['no scored answers', { consensusMode: 'majority' }, { agreement: null }, {}, ['No answers have been scored', 'a plain majority', '`majority`'], ['% of the scored']],
    ['final only', {}, {}, { finalOnly: true, rows: 5 }, ['Only final tasks', '| rows in this dataset | 5 |', 'num_examples: 5'], ['Open tasks are included']],
    [
      'a pairwise campaign',
      { kind: 'pairwise', options: PAIRWISE_OPTIONS, consensusMode: 'one_coin' },
      {},
      { withText: 0 },
      ['## Preferences', '--format dpo', '`preference`', '| 3 | both_bad | Both bad |', '- text-generation', '- preference', '"3": "both_bad"', 'one accuracy per member'],
      ['- text-classification', '`label` holds'],
    ],
    ['a pipe in an option label', { options: [{ id: 'x', label: 'yes | no' }] }, {}, {}, ['| 0 | x | yes \\| no |'], []],
  ])('%s', (_, c, n, w, present, absent) => {
    const card = datasetCard(campaign(c), { ...counts, ...n }, { ...contents, ...w });
    for (const p of present) expect(card).toContain(p);
    for (const a of absent) expect(card).not.toContain(a);
  });
});

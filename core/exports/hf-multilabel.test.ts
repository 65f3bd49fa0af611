import type { ExportRecord } from './export-record';
import { datasetCard, datasetColumns, datasetLine, datasetRecord, taskIds, type CardCampaign, type CardContents, type CardCounts } from './hf-dataset';
import { countLabels, type LabelCounts } from './hf-multilabel';

const LABELS = [
  { id: 'toxic', label: 'Toxic' },
  { id: 'spam', label: 'Spam' },
  { id: 'off_topic', label: 'Off topic' },
];

const record = (over: Partial<ExportRecord> = {}): ExportRecord => ({
  taskId: 7,
  itemKey: 'k1',
  itemJson: '{"text": "buy now", "source": "web"}',
  consensusLabel: 'toxic|off_topic',
  confidence: 0.8,
  answers: 3,
  baselineLabel: null,
  baselineProbability: null,
  status: 'final',
  goldLabel: null,
  modelVerified: null,
  labelPresence: [1, 0, 0.8],
  ...over,
});

const row = (over: Partial<ExportRecord> = {}) => datasetRecord('multilabel', LABELS, record(over));

describe('a multilabel dataset row', () => {
  it.each<[string, Partial<ExportRecord>, Record<string, unknown>]>([
    ['a decided set as class indices, with a probability per label', {}, { text: 'buy now', item_json: '{"source":"web"}', labels: [0, 2], label_confidence: [1, 0, 0.8], confidence: 0.8, gold_labels: null }],
    ['none apply: an empty list', { consensusLabel: '', labelPresence: [0, 0, 0] }, { labels: [], label_confidence: [0, 0, 0] }],
    ['an undecided task: nulls', { consensusLabel: null, confidence: null, labelPresence: null, status: 'open' }, { labels: null, label_confidence: null, confidence: null, uncertain: false }],
    ['a majority tie at the maximum: uncertain, no set', { consensusLabel: null, status: 'final_uncertain', labelPresence: [0.5, 0, 1] }, { labels: null, label_confidence: [0.5, 0, 1], uncertain: true }],
    ['a gold task: its set as class indices', { consensusLabel: null, labelPresence: null, goldLabel: 'spam' }, { labels: null, gold_labels: [1] }],
    ['a gold "none apply"', { consensusLabel: null, labelPresence: null, goldLabel: '' }, { gold_labels: [] }],
    ['presence of the wrong length is left out', { labelPresence: [0.9] }, { label_confidence: null }],
  ])('%s', (_, over, expected) => {
    const r = row(over);
    expect(r).toMatchObject(expected);
    expect(Object.keys(r).sort()).toEqual(datasetColumns('multilabel').map((c) => c.name).sort());
  });

  it('writes every probability as a float, so each line has one type', () => {
    const line = datasetLine(datasetColumns('multilabel'), row());
    expect(line).toContain('"labels":[0,2],"label_confidence":[1.0,0.0,0.8],"confidence":0.8,');
    expect(Object.keys(JSON.parse(line))).toEqual(datasetColumns('multilabel').map((c) => c.name));
    expect(datasetLine(datasetColumns('multilabel'), row({ consensusLabel: null, labelPresence: null }))).toContain('"labels":null,"label_confidence":null,');
  });

  it('counts how often each label is in the decided sets', () => {
    const counts: LabelCounts = { decided: 0, present: [0, 0, 0] };
    for (const over of [{}, { consensusLabel: 'toxic' }, { consensusLabel: '' }, { consensusLabel: null }]) countLabels(counts, row(over));
    expect(counts).toEqual({ decided: 3, present: [2, 0, 1] });
  });
});

const campaign: CardCampaign = {
  id: 3,
  name: 'Comment moderation',
  kind: 'multilabel',
  question: 'Tick every problem this comment has',
  options: LABELS,
  consensusMode: 'majority',
  answersPerTask: 3,
  maxAnswersPerTask: 5,
  targetConfidence: 0.9,
  license: 'mit',
};
const counts: CardCounts = { tasks: 12, goldTasks: 2, openTasks: 4, finalTasks: 5, uncertainTasks: 1, answers: 30, members: 5, agreement: 0.9 };
const contents: CardContents = { rows: 12, withText: 12, withImage: 0, finalOnly: false, labelCounts: { decided: 6, present: [3, 0, 6] } };

describe('a multilabel dataset card', () => {
  const card = datasetCard(campaign, counts, contents);
  const front = card.slice(4, card.indexOf('\n---\n'));

  it('declares multi-label classification and the labels as a Sequence of ClassLabel', () => {
    expect(front).toContain('task_categories:\n- text-classification\ntask_ids:\n- multi-label-classification\n');
    expect(front).toContain('  - name: labels\n    sequence:\n      class_label:\n        names:\n          "0": "toxic"\n          "1": "spam"\n          "2": "off_topic"\n');
    expect(front).toContain('  - name: label_confidence\n    sequence: float64\n');
    expect(front).toContain('  - name: gold_labels\n    sequence:\n      class_label:\n');
    expect(front).not.toContain('label_id');
    expect(front).not.toContain('baseline');
  });

  it.each([
    ['each label with how often it is in a decided set', '| 0 | toxic | Toxic | 3 of 6 (50%) |'],
    ['a label never decided', '| 1 | spam | Spam | 0 of 6 (0%) |'],
    ['the agreement rule', '90% of the scored answers matched their task\'s decided set'],
    ['the share of labels an answer must agree on', 'at least 75% of the labels'],
    ['per-label decisions', 'Each label of a task is its own yes/no question'],
    ['the majority tie rule', 'exactly half waits for more answers'],
    ['open tasks without a set', 'Open tasks are included, with no set (`labels` null).'],
    ['the column types', '| `labels` | Sequence(ClassLabel) |'],
    ['the float list', '| `label_confidence` | Sequence(float64) |'],
  ])('says %s', (_, text) => {
    expect(card).toContain(text);
  });

  it('names the probabilistic rule in the other modes', () => {
    const ds = datasetCard({ ...campaign, consensusMode: 'dawid_skene' }, counts, { ...contents, labelCounts: { decided: 0, present: [0, 0, 0] } });
    expect(ds).toContain('every label reaches a confidence of 0.9');
    expect(ds).toContain('| 0 | toxic | Toxic | – |');
  });

  it('is image multi-label classification for image items', () => {
    expect(taskIds('multilabel', { ...contents, withText: 0, withImage: 3 })).toEqual(['multi-label-image-classification']);
    expect(taskIds('label', contents)).toEqual([]);
  });
});

import { parse } from 'csv-parse/sync';
import type { ExportRecord } from './export-record';
import { labelConfidence, labelList, MULTILABEL_EXPORT_COLUMNS, multilabelCsvHeader, multilabelCsvLine, multilabelJsonLine } from './label-set-record';

const LABELS = ['toxic', 'spam', 'off_topic'].map((id) => ({ id, label: id }));

const record = (over: Partial<ExportRecord> = {}): ExportRecord => ({
  taskId: 7,
  itemKey: 'k1',
  itemJson: '{"text": "buy now!!"}',
  consensusLabel: 'toxic|off_topic',
  confidence: 0.8,
  answers: 3,
  baselineLabel: null,
  baselineProbability: null,
  status: 'final',
  goldLabel: null,
  modelVerified: null,
  labelPresence: [0.9, 0.2, 0.8],
  ...over,
});

describe('labelList', () => {
  it.each<[string, string | null, string[] | null]>([
    ['a set, in the campaign order', 'toxic|off_topic', ['toxic', 'off_topic']],
    ['the empty set', '', []],
    ['no set', null, null],
    ['text that is not a canonical set', 'off_topic|toxic', null],
  ])('%s', (_, choice, expected) => {
    expect(labelList(LABELS, choice)).toEqual(expected);
  });
});

describe('labelConfidence', () => {
  it('names each probability by its label id', () => {
    expect(labelConfidence(LABELS, [0.9, 0.2, 0.8])).toEqual({ toxic: 0.9, spam: 0.2, off_topic: 0.8 });
  });
  it.each([[null], [undefined], [[0.9, 0.2]]])('is null without one number per label (%p)', (presence) => {
    expect(labelConfidence(LABELS, presence)).toBeNull();
  });
});

describe('multilabel export rows', () => {
  const csv = (r: ExportRecord) => {
    const [header, line] = parse(multilabelCsvHeader() + multilabelCsvLine(LABELS, r)) as string[][];
    return Object.fromEntries(header!.map((h, i) => [h, line![i]]));
  };

  it('writes the set joined by | and the confidences as a JSON object in one cell', () => {
    const row = csv(record());
    expect(Object.keys(row)).toEqual([...MULTILABEL_EXPORT_COLUMNS]);
    expect(row.consensus_label).toBe('toxic|off_topic');
    expect(row.confidence).toBe('0.8');
    expect(JSON.parse(row.label_confidence!)).toEqual({ toxic: 0.9, spam: 0.2, off_topic: 0.8 });
  });

  it('tells a decided "none apply" from an undecided task in CSV', () => {
    expect(csv(record({ consensusLabel: '' })).consensus_label).toBe('[]');
    const open = csv(record({ consensusLabel: null, confidence: null, labelPresence: null, status: 'open', answers: 1 }));
    expect([open.consensus_label, open.confidence, open.label_confidence, open.status]).toEqual(['', '', '', 'open']);
  });

  it('writes a gold set as the CSV import reads one, the empty set included', () => {
    expect(csv(record({ consensusLabel: null, labelPresence: null, goldLabel: 'spam|off_topic' })).gold_label).toBe('spam|off_topic');
    expect(csv(record({ consensusLabel: null, labelPresence: null, goldLabel: '' })).gold_label).toBe('[]');
    expect(csv(record()).gold_label).toBe('');
  });

  it('writes JSONL sets as arrays and the confidences as an object, in column order', () => {
    const parsed = JSON.parse(multilabelJsonLine(LABELS, record({ goldLabel: null })));
    expect(Object.keys(parsed)).toEqual(['task_id', 'item_key', 'item', ...MULTILABEL_EXPORT_COLUMNS.slice(3)]);
    expect(parsed).toMatchObject({ item: { text: 'buy now!!' }, consensus_label: ['toxic', 'off_topic'], label_confidence: { toxic: 0.9, spam: 0.2, off_topic: 0.8 }, gold_label: null });
    expect(JSON.parse(multilabelJsonLine(LABELS, record({ consensusLabel: '' }))).consensus_label).toEqual([]);
    const gold = JSON.parse(multilabelJsonLine(LABELS, record({ consensusLabel: null, confidence: null, labelPresence: null, goldLabel: '' })));
    expect([gold.consensus_label, gold.label_confidence, gold.gold_label]).toEqual([null, null, []]);
  });
});

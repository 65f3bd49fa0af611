import { parse } from 'csv-parse/sync';
import { csvHeader, csvLine, dpoLine, EXPORT_COLUMNS, jsonLine, rankingCsv, type ExportRecord } from './export-record';

const record = (over: Partial<ExportRecord> = {}): ExportRecord => ({
  taskId: 7,
  itemKey: 'k1',
  itemJson: '{"text": "a cat, sleeping"}',
  consensusLabel: 'cat',
  confidence: 0.93,
  answers: 3,
  baselineLabel: 'dog',
  baselineProbability: 0.6,
  status: 'final',
  goldLabel: null,
  modelVerified: null,
  ...over,
});

describe('export records', () => {
  it('writes a CSV header and a line that parse back to the same cells', () => {
    const [header, line] = parse(csvHeader() + csvLine(record())) as string[][];
    expect(header).toEqual([...EXPORT_COLUMNS]);
    expect(line).toEqual(['7', 'k1', '{"text": "a cat, sleeping"}', 'cat', '0.93', '3', 'dog', '0.6', 'false', 'final', '', '']);
  });

  it('marks a final_uncertain task as uncertain and leaves empty cells for missing values', () => {
    const r = record({ status: 'final_uncertain', consensusLabel: null, confidence: null, baselineLabel: null, baselineProbability: null });
    expect(csvLine(r)).toBe('7,k1,"{""text"": ""a cat, sleeping""}",,,3,,,true,final_uncertain,,\r\n');
  });

  it('neutralises a formula in the item key', () => {
    expect(parse(csvLine(record({ itemKey: '=1+1' })))[0][1]).toBe("'=1+1");
  });

  it('writes a JSONL line with the item as an object, in column order', () => {
    const line = jsonLine(record({ goldLabel: 'cat', itemKey: '=x', modelVerified: 'no' }));
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    const parsed = JSON.parse(line);
    expect(Object.keys(parsed)).toEqual([...EXPORT_COLUMNS]);
    expect(parsed).toEqual({
      task_id: 7,
      item_key: '=x',
      item: { text: 'a cat, sleeping' },
      consensus_label: 'cat',
      confidence: 0.93,
      answers: 3,
      baseline_label: 'dog',
      baseline_probability: 0.6,
      uncertain: false,
      status: 'final',
      gold_label: 'cat',
      model_verified: 'no',
    });
  });
});

describe('dpo lines', () => {
  const pair = (over: Partial<ExportRecord> = {}) =>
    record({ itemJson: JSON.stringify({ prompt: 'Capital of France?', a: 'Paris', b: 'Lyon', model_a: 'm1', model_b: 'm2' }), consensusLabel: 'a', ...over });

  it.each([
    ['a chosen', pair(), { prompt: 'Capital of France?', chosen: 'Paris', rejected: 'Lyon' }],
    ['b chosen', pair({ consensusLabel: 'b' }), { prompt: 'Capital of France?', chosen: 'Lyon', rejected: 'Paris' }],
  ])('%s: prompt, chosen, rejected and nothing else', (_, r, expected) => {
    const line = dpoLine(r);
    expect(line.endsWith('\n')).toBe(true);
    expect(JSON.parse(line)).toEqual(expected);
  });

  it.each([
    ['a tie', pair({ consensusLabel: 'tie' })],
    ['both bad', pair({ consensusLabel: 'both_bad' })],
    ['no sure consensus', pair({ status: 'final_uncertain' })],
    ['still open', pair({ status: 'open', consensusLabel: null })],
    ['a gold task', pair({ goldLabel: 'a' })],
    ['an item without its outputs', record({ itemJson: '{"prompt":"x"}', consensusLabel: 'a' })],
  ])('writes no line for %s', (_, r) => {
    expect(dpoLine(r)).toBe('');
  });
});

describe('ranking csv', () => {
  it('writes the models best first with rounded scores, neutralising names', () => {
    const csv = rankingCsv([
      { model: 'big', score: 1080.44, low: 1031.25, high: 1122.81, pairs: 12 },
      { model: '=cmd()', score: 919.56, low: 870.1, high: 969.9, pairs: 12 },
    ]);
    expect(parse(csv)).toEqual([
      ['rank', 'model', 'score', 'low_95', 'high_95', 'pairs'],
      ['1', 'big', '1080.4', '1031.3', '1122.8', '12'],
      ['2', "'=cmd()", '919.6', '870.1', '969.9', '12'],
    ]);
  });
});

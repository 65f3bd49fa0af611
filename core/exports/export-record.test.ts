import { parse } from 'csv-parse/sync';
import { csvHeader, csvLine, EXPORT_COLUMNS, jsonLine, type ExportRecord } from './export-record';

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

import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';

export type ItemFormat = 'csv' | 'jsonl';

/** One parsed item of an import file; `row` is its 1-based line in the file. */
export interface ItemRow {
  row: number;
  key: string | undefined;
  gold: string | undefined;
  payload: Record<string, unknown>;
}

export type ParsedRow = { ok: true; item: ItemRow } | { ok: false; row: number; reason: string };

/** An item's payload stays small: it is shown in a chat card. */
export const MAX_PAYLOAD_BYTES = 4096;
const MAX_KEY_LENGTH = 200;

function checkItem(row: number, fields: Record<string, unknown>): ParsedRow {
  const { id, gold, ...payload } = fields;
  if (id !== undefined && id !== '' && typeof id !== 'string' && typeof id !== 'number') return { ok: false, row, reason: 'id must be text or a number' };
  if (gold !== undefined && gold !== '' && gold !== null && typeof gold !== 'string' && typeof gold !== 'number')
    return { ok: false, row, reason: 'gold must be text or a number' };
  const key = id === undefined || id === '' ? undefined : String(id);
  if (key !== undefined && key.length > MAX_KEY_LENGTH) return { ok: false, row, reason: `id longer than ${MAX_KEY_LENGTH} characters` };
  const values = Object.values(payload).filter((v) => v !== '' && v !== null && v !== undefined);
  if (values.length === 0) return { ok: false, row, reason: 'the item has no content' };
  if (Buffer.byteLength(JSON.stringify(payload)) > MAX_PAYLOAD_BYTES) return { ok: false, row, reason: `item larger than ${MAX_PAYLOAD_BYTES} bytes` };
  const goldText = gold === undefined || gold === '' || gold === null ? undefined : String(gold);
  return { ok: true, item: { row, key, gold: goldText, payload } };
}

/**
 * Streams an import file row by row (CSV with a header, or one JSON object per line).
 * Memory stays flat whatever the file size. Special fields: `id` (the item's key, else
 * its line number) and `gold` (a known answer); every other field is the item shown.
 * A CSV syntax error ends the stream with one bad row, since nothing after it can be
 * trusted.
 */
export async function* parseItemRows(input: Readable, format: ItemFormat): AsyncGenerator<ParsedRow> {
  if (format === 'jsonl') {
    const lines = createInterface({ input, crlfDelay: Infinity });
    let row = 0;
    for await (const line of lines) {
      row += 1;
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        yield { ok: false, row, reason: 'not valid JSON' };
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        yield { ok: false, row, reason: 'not a JSON object' };
        continue;
      }
      yield checkItem(row, value as Record<string, unknown>);
    }
    return;
  }

  const parser = input.pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true, max_record_size: 64 * 1024 }),
  );
  let header: string[] | undefined;
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const row = rec.info.lines;
      if (!header) {
        header = rec.record;
        const problem =
          header.some((h) => h === '') ? 'the header has an empty column name'
          : new Set(header).size !== header.length ? 'the header repeats a column name'
          : header.every((h) => h === 'id' || h === 'gold') ? 'the header needs at least one content column besides id and gold'
          : undefined;
        if (problem) {
          yield { ok: false, row, reason: problem };
          return;
        }
        continue;
      }
      if (rec.record.length !== header.length) {
        yield { ok: false, row, reason: `expected ${header.length} columns, found ${rec.record.length}` };
        continue;
      }
      const fields: Record<string, unknown> = {};
      header.forEach((h, i) => (fields[h] = rec.record[i]));
      yield checkItem(row, fields);
    }
  } catch (e) {
    const err = e as { lines?: number; message?: string };
    yield { ok: false, row: err.lines ?? 0, reason: `broken CSV: ${(err.message ?? 'unreadable').split('\n')[0]}` };
    return;
  }
  if (!header) yield { ok: false, row: 1, reason: 'the file is empty' };
}

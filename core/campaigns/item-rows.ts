import { isUtf8 } from 'node:buffer';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import type { ItemGold } from './item-gold';
import { problem, type Problem } from '../domain/problem';

export type ItemFormat = 'csv' | 'jsonl';
/** What an upload may be: an items file, or a ZIP holding one and its images. */
export type UploadFormat = ItemFormat | 'zip';

/** One parsed item of an import file; `row` is its 1-based line in the file. */
export interface ItemRow {
  row: number;
  key: string | undefined;
  /** The known answer as given; the import checks it against the campaign (item-gold.ts). */
  gold: ItemGold | undefined;
  payload: Record<string, unknown>;
}

export type ParsedRow = { ok: true; item: ItemRow } | { ok: false; row: number; reason: Problem };

/** An item's payload stays small: it is shown in a chat card. */
export const MAX_PAYLOAD_BYTES = 4096;
const MAX_KEY_LENGTH = 200;
/** Longer lines are refused unread (an item is at most MAX_PAYLOAD_BYTES). */
const MAX_LINE_BYTES = 1024 * 1024;

/**
 * What makes a line's bytes unusable as text, or undefined. PostgreSQL text and jsonb hold
 * neither a NUL nor invalid UTF-8; caught here, the row is named instead of the import
 * failing on a database error.
 */
function lineProblem(bytes: Buffer): Problem | undefined {
  if (bytes.includes(0)) return problem('', 'nul_byte');
  if (!isUtf8(bytes)) return problem('', 'not_utf8');
  return undefined;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The same for text already decoded (a JSON \u0000 escape, a lone surrogate): every key and string, however deep. */
function textProblem(value: unknown): Problem | undefined {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return problem('', 'nul_character');
    if (LONE_SURROGATE.test(value)) return problem('', 'lone_surrogate');
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [k, v] of Object.entries(value)) {
    const p = textProblem(k) ?? textProblem(v);
    if (p) return p;
  }
  return undefined;
}

/** Splits a byte stream into lines (LF, an optional CR before it dropped), numbered from 1, each with its problem if any. */
async function* byteLines(input: Readable): AsyncGenerator<{ row: number; text: string; problem: Problem | undefined }> {
  let row = 0;
  let parts: Buffer[] = [];
  let size = 0;
  const line = (): { row: number; text: string; problem: Problem | undefined } => {
    row += 1;
    let bytes = Buffer.concat(parts);
    parts = [];
    const tooLong = size > MAX_LINE_BYTES;
    size = 0;
    if (bytes.at(-1) === 0x0d) bytes = bytes.subarray(0, -1);
    const broken: Problem | undefined = tooLong ? { field: '', code: 'line_too_long', params: { max: MAX_LINE_BYTES } } : lineProblem(bytes);
    return { row, text: broken ? '' : bytes.toString('utf8'), problem: broken };
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let nl = buf.indexOf(0x0a); nl !== -1; nl = buf.indexOf(0x0a, start)) {
      if (size <= MAX_LINE_BYTES) parts.push(buf.subarray(start, nl));
      size += nl - start;
      yield line();
      start = nl + 1;
    }
    if (start < buf.length) {
      if (size <= MAX_LINE_BYTES) parts.push(buf.subarray(start));
      size += buf.length - start;
    }
  }
  if (size > 0 || parts.length > 0) yield line();
}

/**
 * Passes a CSV's bytes through unchanged and notes, by line number, each line whose bytes
 * are not text (lineProblem); the parser after it decodes them.
 */
class LineGuard extends Transform {
  readonly problems = new Map<number, Problem>();
  private line = 0;
  private parts: Buffer[] = [];
  private size = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      this.add(chunk.subarray(start, nl));
      this.endLine();
      start = nl + 1;
    }
    if (start < chunk.length) this.add(chunk.subarray(start));
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.size > 0) this.endLine();
    done();
  }

  /** The first problem on lines after `after` up to `upTo`, with its line. */
  firstProblem(after: number, upTo: number): { row: number; reason: Problem } | undefined {
    for (let l = after + 1; l <= upTo; l++) {
      const reason = this.problems.get(l);
      if (reason) return { row: l, reason };
    }
    return undefined;
  }

  private add(b: Buffer): void {
    if (this.size <= MAX_LINE_BYTES) this.parts.push(b);
    this.size += b.length;
  }

  private endLine(): void {
    this.line += 1;
    const broken = this.size > MAX_LINE_BYTES ? undefined : lineProblem(Buffer.concat(this.parts));
    if (broken) this.problems.set(this.line, broken);
    this.parts = [];
    this.size = 0;
  }
}

function checkItem(row: number, fields: Record<string, unknown>): ParsedRow {
  const broken = textProblem(fields);
  if (broken) return { ok: false, row, reason: broken };
  const { id, gold, ...payload } = fields;
  if (id !== undefined && id !== '' && typeof id !== 'string' && typeof id !== 'number') return { ok: false, row, reason: problem('', 'id_wrong_type') };
  // An array is a multilabel item's set of labels; whether the campaign takes one is the import's check.
  if (gold !== undefined && gold !== '' && gold !== null && typeof gold !== 'string' && typeof gold !== 'number' && !Array.isArray(gold))
    return { ok: false, row, reason: problem('', 'gold_wrong_type') };
  const key = id === undefined || id === '' ? undefined : String(id);
  if (key !== undefined && key.length > MAX_KEY_LENGTH) return { ok: false, row, reason: { field: '', code: 'id_too_long', params: { max: MAX_KEY_LENGTH } } };
  const values = Object.values(payload).filter((v) => v !== '' && v !== null && v !== undefined);
  if (values.length === 0) return { ok: false, row, reason: problem('', 'no_content') };
  if (Buffer.byteLength(JSON.stringify(payload)) > MAX_PAYLOAD_BYTES) return { ok: false, row, reason: { field: '', code: 'item_too_large', params: { max: MAX_PAYLOAD_BYTES } } };
  const given: ItemGold | undefined = gold === undefined || gold === '' || gold === null ? undefined : Array.isArray(gold) ? (gold as unknown[]) : String(gold);
  return { ok: true, item: { row, key, gold: given, payload } };
}

/**
 * Streams an import file row by row (CSV with a header, or one JSON object per line).
 * Memory stays flat whatever the file size. Special fields: `id` (the item's key, else
 * its line number) and `gold` (a known answer: an option id, or a multilabel item's set of
 * ids as a JSON array or '|'-joined text); every other field is the item shown.
 * A CSV syntax error ends the stream with one bad row, since nothing after it can be
 * trusted.
 */
export async function* parseItemRows(input: Readable, format: ItemFormat): AsyncGenerator<ParsedRow> {
  if (format === 'jsonl') {
    for await (const { row, text: line, problem: broken } of byteLines(input)) {
      if (broken) {
        yield { ok: false, row, reason: broken };
        continue;
      }
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        yield { ok: false, row, reason: problem('', 'not_json') };
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        yield { ok: false, row, reason: problem('', 'not_json_object') };
        continue;
      }
      yield checkItem(row, value as Record<string, unknown>);
    }
    return;
  }

  const guard = new LineGuard();
  input.on('error', (e) => guard.destroy(e));
  const parser = input.pipe(guard).pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true, max_record_size: 64 * 1024 }),
  );
  guard.on('error', (e) => parser.destroy(e));
  let header: string[] | undefined;
  // A record spans the lines after the previous record's last line up to its own.
  let lastLine = 0;
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const row = rec.info.lines;
      const broken = guard.firstProblem(lastLine, row);
      lastLine = row;
      if (broken && !header) {
        yield { ok: false, row: broken.row, reason: { ...broken.reason, field: 'header' } };
        return;
      }
      if (broken) {
        yield { ok: false, ...broken };
        continue;
      }
      if (!header) {
        header = rec.record;
        const wrong =
          header.some((h) => h === '') ? problem('', 'header_empty_name')
          : new Set(header).size !== header.length ? problem('', 'header_repeats_name')
          : header.every((h) => h === 'id' || h === 'gold') ? problem('', 'header_no_content')
          : undefined;
        if (wrong) {
          yield { ok: false, row, reason: wrong };
          return;
        }
        continue;
      }
      if (rec.record.length !== header.length) {
        yield { ok: false, row, reason: { field: '', code: 'column_count', params: { expected: header.length, found: rec.record.length } } };
        continue;
      }
      const fields: Record<string, unknown> = {};
      header.forEach((h, i) => (fields[h] = rec.record[i]));
      yield checkItem(row, fields);
    }
  } catch (e) {
    // csv-parse's code (CSV_QUOTE_NOT_CLOSED...) names the break without words.
    const err = e as { lines?: number; code?: string };
    yield { ok: false, row: err.lines ?? 0, reason: { field: '', code: 'broken_csv', params: { detail: err.code ?? 'CSV_UNREADABLE' } } };
    return;
  }
  if (!header) yield { ok: false, row: 1, reason: problem('', 'file_empty') };
}

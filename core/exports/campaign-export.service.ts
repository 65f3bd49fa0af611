import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { TaskStatus } from '../db/entities';
import { DomainError } from '../errors';
import { csvHeader, csvLine, jsonLine, type ExportFormat, type ExportRecord } from './export-record';

export interface ExportOptions {
  format: ExportFormat;
  /** Only tasks that are final (status final or final_uncertain); default: every task. */
  finalOnly?: boolean;
  /** Tasks read per query (keyset page by id); default 1,000. */
  pageSize?: number;
  /** Called after each page with the tasks written so far and the total to write. */
  onProgress?: (written: number, total: number) => void;
}

/** An export ready to be read; nothing is read from the tasks until it is consumed. */
export interface CampaignExport {
  campaignId: number;
  format: ExportFormat;
  /** Tasks the export will hold, counted when it was opened. */
  total: number;
  /** Text chunks, each one or more whole lines (one page): the CSV header first. */
  chunks(): AsyncGenerator<string>;
  /** The same chunks as a byte stream that honours back-pressure. */
  stream(): Readable;
}

const DEFAULT_PAGE_SIZE = 1000;

interface TaskRow {
  id: number;
  item_key: string;
  payload: string;
  status: TaskStatus;
  answer_count: number;
  consensus_label: string | null;
  consensus_confidence: number | null;
  baseline_label: string | null;
  baseline_confidence: number | null;
  gold_label: string | null;
}

const toRecord = (r: TaskRow, modelVerified: string | null): ExportRecord => ({
  taskId: r.id,
  itemKey: r.item_key,
  itemJson: r.payload,
  consensusLabel: r.consensus_label,
  confidence: r.consensus_confidence,
  answers: r.answer_count,
  baselineLabel: r.baseline_label,
  baselineProbability: r.baseline_confidence,
  status: r.status,
  goldLabel: r.gold_label,
  modelVerified,
});

/**
 * A campaign's results as CSV or JSONL, in constant memory: tasks are read in keyset
 * pages by id, and a page is only read when the consumer asks for more.
 */
export class CampaignExportService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Opens an export of a campaign's tasks in id order.
   * Each page is its own statement, not one transaction: an export can be read slowly
   * (a download), and a transaction held that long would pin old row versions on
   * PostgreSQL and block every other query on embedded PGlite. A task that changes while
   * the export runs appears as its page read it.
   * @throws DomainError campaign.not_found
   */
  async open(campaignId: number, opts: ExportOptions): Promise<CampaignExport> {
    const pageSize = opts.pageSize ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
    const finalOnly = opts.finalOnly ?? false;
    const [c] = await this.ds.query(`SELECT id FROM campaign WHERE id = $1`, [campaignId]);
    if (!c) throw new DomainError('campaign.not_found', { campaignId });
    const [{ n: total }] = await this.ds.query(
      `SELECT count(*)::int AS n FROM task WHERE campaign_id = $1 AND (NOT $2::boolean OR status <> 'open')`,
      [campaignId, finalOnly],
    );
    const line = opts.format === 'csv' ? csvLine : jsonLine;
    const ds = this.ds;
    async function* chunks(): AsyncGenerator<string> {
      if (opts.format === 'csv') yield csvHeader();
      let after = 0;
      let written = 0;
      for (;;) {
        const rows: TaskRow[] = await ds.query(
          `SELECT id, item_key, payload::text AS payload, status, answer_count, consensus_label, consensus_confidence,
                  baseline_label, baseline_confidence, gold_label
           FROM task WHERE campaign_id = $1 AND id > $2 AND (NOT $3::boolean OR status <> 'open')
           ORDER BY id LIMIT $4`,
          [campaignId, after, finalOnly, pageSize],
        );
        if (rows.length === 0) break;
        // The members' verdicts on the model's predictions, from check campaigns of this one.
        const verdicts: { source: string; verdict: string }[] = await ds.query(
          `SELECT k.payload->>'source_task_id' AS source, k.consensus_label AS verdict
           FROM inference_check ic JOIN task k ON k.campaign_id = ic.check_campaign_id
           WHERE ic.source_campaign_id = $1 AND k.status = 'final' AND k.payload ? 'source_task_id'
             AND k.payload->>'source_task_id' = ANY($2::text[])
           ORDER BY k.id`,
          [campaignId, rows.map((r) => String(r.id))],
        );
        const verdictOf = new Map(verdicts.map((v) => [v.source, v.verdict]));
        let text = '';
        for (const r of rows) text += line(toRecord(r, verdictOf.get(String(r.id)) ?? null));
        after = rows[rows.length - 1]!.id;
        written += rows.length;
        // Tasks imported after the count make the total grow, never the bar go past it.
        opts.onProgress?.(written, Math.max(total, written));
        yield text;
        if (rows.length < pageSize) break;
      }
    }
    return { campaignId, format: opts.format, total, chunks, stream: () => Readable.from(chunks(), { objectMode: false }) };
  }
}

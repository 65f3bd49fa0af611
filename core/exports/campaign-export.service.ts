import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { DomainError } from '../errors';
import { selectDecidedPairs } from '../campaigns/campaign-report.statements';
import { modelRanking } from '../campaigns/pairwise-report';
import { countDpoPairs, countExportTasks, selectCheckVerdicts, selectExportCampaign, selectExportPage, type ExportTaskRow } from './campaign-export.statements';
import { csvHeader, csvLine, dpoLine, jsonLine, PAIRWISE_FORMATS, rankingCsv, type ExportFormat, type ExportRecord } from './export-record';
import { multilabelCsvHeader, multilabelCsvLine, multilabelJsonLine } from './label-set-record';
import { openContributionExport } from './contribution-export';

export interface ExportOptions {
  format: ExportFormat;
  /** Only tasks that are final (status final or final_uncertain); default: every task. */
  finalOnly?: boolean;
  /** Tasks read per query (keyset page by id); default 1,000. */
  pageSize?: number;
  /** Called after each page with the tasks written so far and the total to write. */
  onProgress?: (written: number, total: number) => void;
  /** What the pages are re-shaped into by the caller (a Hugging Face dataset folder), for the audit log. */
  as?: 'hf';
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
  /** The tasks behind the chunks, one page of records at a time (a ranking has none). */
  pages(): AsyncGenerator<ExportRecord[]>;
}

const DEFAULT_PAGE_SIZE = 1000;

const toRecord = (r: ExportTaskRow, modelVerified: string | null): ExportRecord => ({
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
  labelPresence: r.label_presence,
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
   * A dpo export holds only decided tasks (finalOnly implied); a ranking export is the
   * models' ranking at the time it is opened, one line per model. A multilabel campaign's
   * rows hold label sets and a per-label confidence (label-set-record.ts). A contribute
   * campaign's rows are its accepted contributions with their checks (contribution-record.ts).
   * @throws DomainError campaign.not_found, campaign.export_format (dpo or ranking of a campaign that is not pairwise)
   */
  async open(campaignId: number, opts: ExportOptions): Promise<CampaignExport> {
    const pageSize = opts.pageSize ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
    const campaign = await selectExportCampaign(this.ds, campaignId);
    if (!campaign) throw new DomainError('campaign.not_found', { campaignId });
    const { kind, options } = campaign;
    if (PAIRWISE_FORMATS.has(opts.format) && kind !== 'pairwise') throw new DomainError('campaign.export_format', { campaignId, format: opts.format, kind });
    // A contribute campaign exports its accepted contributions, not its tasks (contribution-export.ts).
    if (kind === 'contribute') {
      return openContributionExport(this.ds, campaignId, opts.format as 'csv' | 'jsonl', pageSize, opts.onProgress);
    }
    if (opts.format === 'ranking') {
      const { ranking } = modelRanking(await selectDecidedPairs(this.ds, campaignId));
      const text = rankingCsv(ranking);
      async function* once(): AsyncGenerator<string> {
        opts.onProgress?.(ranking.length, ranking.length);
        yield text;
      }
      async function* none(): AsyncGenerator<ExportRecord[]> {}
      return { campaignId, format: opts.format, total: ranking.length, chunks: once, stream: () => Readable.from(once(), { objectMode: false }), pages: none };
    }
    const finalOnly = (opts.finalOnly ?? false) || opts.format === 'dpo';
    // A dpo export counts its lines (the decided pairs), as its caption and header say.
    const total = opts.format === 'dpo' ? await countDpoPairs(this.ds, campaignId) : await countExportTasks(this.ds, campaignId, finalOnly);
    const multilabel = kind === 'multilabel';
    const line: (r: ExportRecord) => string =
      opts.format === 'dpo' ? dpoLine
      : opts.format === 'csv' ? (multilabel ? (r) => multilabelCsvLine(options, r) : csvLine)
      : multilabel ? (r) => multilabelJsonLine(options, r)
      : jsonLine;
    const ds = this.ds;
    async function* pages(): AsyncGenerator<ExportRecord[]> {
      let after = 0;
      let written = 0;
      for (;;) {
        const rows = await selectExportPage(ds, campaignId, after, finalOnly, pageSize);
        if (rows.length === 0) break;
        // The members' verdicts on the model's predictions, from check campaigns of this one.
        const verdicts = await selectCheckVerdicts(ds, campaignId, rows.map((r) => String(r.id)));
        const verdictOf = new Map(verdicts.map((v) => [v.source, v.verdict]));
        after = rows[rows.length - 1]!.id;
        written += rows.length;
        // Tasks imported after the count make the total grow, never the bar go past it.
        opts.onProgress?.(written, Math.max(total, written));
        yield rows.map((r) => toRecord(r, verdictOf.get(String(r.id)) ?? null));
        if (rows.length < pageSize) break;
      }
    }
    async function* chunks(): AsyncGenerator<string> {
      if (opts.format === 'csv') yield multilabel ? multilabelCsvHeader() : csvHeader();
      for await (const records of pages()) {
        let text = '';
        for (const r of records) text += line(r);
        yield text;
      }
    }
    return { campaignId, format: opts.format, total, chunks, stream: () => Readable.from(chunks(), { objectMode: false }), pages };
  }
}

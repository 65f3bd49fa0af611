import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { countAcceptedContributions, selectAcceptedContributions, type AcceptedContributionRow } from '../contributions/contribution.statements';
import type { CampaignExport } from './campaign-export.service';
import { contributionCsvHeader, contributionCsvLine, contributionJsonLine, type ContributionRecord } from './contribution-record';
import type { ExportRecord } from './export-record';

const toRecord = (r: AcceptedContributionRow): ContributionRecord => ({
  contributionId: r.id,
  taskId: r.task_id,
  itemKey: r.item_key,
  itemJson: r.payload,
  text: r.text,
  checkTaskId: r.check_task_id,
  checks: r.checks,
  accepts: r.accepts,
  consensusLabel: r.consensus_label,
  confidence: r.consensus_confidence,
  uncertain: r.check_status === 'final_uncertain',
});

/**
 * A contribute campaign's export (CampaignExportService.open): its accepted contributions
 * with their verification (contribution-record.ts) as CSV or JSONL, read in keyset pages by
 * contribution id, in constant memory. It has no task records (`pages` yields none).
 */
export async function openContributionExport(
  ds: DataSource,
  campaignId: number,
  format: 'csv' | 'jsonl',
  pageSize: number,
  onProgress?: (written: number, total: number) => void,
): Promise<CampaignExport> {
  const total = await countAcceptedContributions(ds, campaignId);
  const line = format === 'csv' ? contributionCsvLine : contributionJsonLine;
  async function* chunks(): AsyncGenerator<string> {
    if (format === 'csv') yield contributionCsvHeader();
    let written = 0;
    for (let after = '0'; ; ) {
      const rows = await selectAcceptedContributions(ds, campaignId, after, pageSize);
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.id;
      written += rows.length;
      onProgress?.(written, Math.max(total, written));
      yield rows.map((r) => line(toRecord(r))).join('');
      if (rows.length < pageSize) break;
    }
  }
  async function* pages(): AsyncGenerator<ExportRecord[]> {}
  return { campaignId, format, total, chunks, stream: () => Readable.from(chunks(), { objectMode: false }), pages };
}

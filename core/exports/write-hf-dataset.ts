import { once } from 'node:events';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CampaignStats, CampaignView } from '../campaigns/campaign.service';
import type { CampaignExport, ExportOptions } from './campaign-export.service';
import { datasetCard, datasetColumns, datasetLine, datasetRecord, type HfRow } from './hf-dataset';
import { countLabels, type LabelCounts } from './hf-multilabel';
import { contributionDatasetRecord } from './hf-contribution';

/** Why a dataset folder was not written: the path holds something already. */
export class DatasetDirRefusedError extends Error {
  override name = 'DatasetDirRefusedError';
  constructor(
    readonly dir: string,
    readonly reason: 'not_empty' | 'not_a_directory',
  ) {
    super(reason === 'not_empty' ? `${dir} exists and is not empty` : `${dir} exists and is not a folder`);
  }
}

/** What the writer reads: the campaign, its counts, and an export of it (opened through moderation, so it is audited). */
export interface HfDatasetDeps {
  campaigns: { get(campaignId: number): Promise<CampaignView>; stats(campaignId: number): Promise<CampaignStats> };
  openExport(campaignId: number, opts: ExportOptions): Promise<CampaignExport>;
}

export interface HfDatasetOptions {
  finalOnly?: boolean;
  pageSize?: number;
  onProgress?: (written: number, total: number) => void;
}

export interface HfDatasetResult {
  dir: string;
  rows: number;
}

/** Refuses a path that holds anything; true when an empty folder is there already. */
function checkTarget(dir: string): boolean {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
  if (!isDir) throw new DatasetDirRefusedError(dir, 'not_a_directory');
  if (readdirSync(dir).length > 0) throw new DatasetDirRefusedError(dir, 'not_empty');
  return true;
}

/**
 * Writes a campaign as a Hugging Face dataset folder: `data/train.jsonl` (one flat row per
 * task, streamed page by page in constant memory) and a README.md dataset card. Everything
 * is written into a temporary sibling and renamed into place once complete, so a failed
 * export never leaves a folder that looks finished.
 * @throws DatasetDirRefusedError when `dir` exists and is not an empty folder; DomainError campaign.not_found
 */
export async function writeHfDataset(deps: HfDatasetDeps, campaignId: number, dir: string, opts: HfDatasetOptions = {}): Promise<HfDatasetResult> {
  const target = path.resolve(dir);
  const emptyThere = checkTarget(target);
  const campaign = await deps.campaigns.get(campaignId);
  const exp = await deps.openExport(campaignId, { format: 'jsonl', as: 'hf', finalOnly: opts.finalOnly, pageSize: opts.pageSize, onProgress: opts.onProgress });
  const columns = datasetColumns(campaign.kind);
  // A sibling, so the final rename stays on one file system.
  const temp = mkdtempSync(`${target}.partial-`);
  try {
    mkdirSync(path.join(temp, 'data'));
    const out = createWriteStream(path.join(temp, 'data', 'train.jsonl'));
    const failed = new Promise<never>((_, reject) => out.once('error', reject));
    failed.catch(() => undefined);
    let rows = 0;
    let withText = 0;
    let withImage = 0;
    const labelCounts: LabelCounts | undefined = campaign.kind === 'multilabel' ? { decided: 0, present: campaign.options.map(() => 0) } : undefined;
    // A contribute campaign's export has no task pages: its rows are its JSONL lines (contribution-record.ts).
    const rowPages: AsyncIterable<HfRow[]> =
      campaign.kind === 'contribute'
        ? (async function* () {
            for await (const chunk of exp.chunks()) yield chunk.split('\n').filter((l) => l !== '').map(contributionDatasetRecord);
          })()
        : (async function* () {
            for await (const page of exp.pages()) yield page.map((r) => datasetRecord(campaign.kind, campaign.options, r));
          })();
    for await (const page of rowPages) {
      let text = '';
      for (const row of page) {
        if ((row.text ?? row.prompt) != null) withText++;
        if (row.image != null) withImage++;
        if (labelCounts) countLabels(labelCounts, row);
        text += datasetLine(columns, row);
      }
      rows += page.length;
      if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
    }
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
    // Counted after the rows, so the card's counts are at least as new as the rows.
    const stats = await deps.campaigns.stats(campaignId);
    writeFileSync(path.join(temp, 'README.md'), datasetCard(campaign, stats, { rows, withText, withImage, finalOnly: opts.finalOnly ?? false, labelCounts }));
    // An empty folder gives way; one that filled up meanwhile fails the rmdir or the rename.
    if (emptyThere) rmdirSync(target);
    renameSync(temp, target);
    return { dir: target, rows };
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
}

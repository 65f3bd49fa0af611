import type { DataSource, EntityManager } from 'typeorm';
import { isEmbedded } from '../db/named-query';
import { DomainError } from '../errors';
import { deleteTasks, insertTasks, lockImportTarget, selectCampaignStatus } from './item-import.statements';
import { goldLabel } from './item-gold';
import { itemProblem } from './kind-rules';
import type { ItemRow, ParsedRow } from './item-rows';
import { problem, type Problem } from '../domain/problem';

/** A row ready to insert: its gold as the task stores it. */
type CheckedRow = Omit<ItemRow, 'gold'> & { gold: string | undefined };

export interface ImportResult {
  imported: number;
  gold: number;
}

/** How many rows go into one INSERT (and, chunked, one transaction). */
const BATCH_ROWS = 1000;
/** How many bad rows an import error lists (all are counted). */
const LISTED_BAD_ROWS = 20;

/**
 * Imports of a campaign in progress in this process, so a transition waits for the one
 * running. A chunked import commits as it goes; only this wait keeps a moderator from
 * activating the draft halfway. Chunked imports run on embedded PGlite only, which serves
 * one process, so an in-process wait is the whole lock (as for jobs).
 */
export class CampaignImports {
  private readonly running = new Map<number, Promise<unknown>>();

  /** Runs `work` after any import of the campaign already running here. */
  async run<T>(campaignId: number, work: () => Promise<T>): Promise<T> {
    const before = this.running.get(campaignId) ?? Promise.resolve();
    const mine = before.catch(() => undefined).then(work);
    const settled = mine.catch(() => undefined);
    this.running.set(campaignId, settled);
    try {
      return await mine;
    } finally {
      if (this.running.get(campaignId) === settled) this.running.delete(campaignId);
    }
  }

  /** Resolves once no import of the campaign is running here. */
  async idle(campaignId: number): Promise<void> {
    for (let p = this.running.get(campaignId); p; p = this.running.get(campaignId)) await p;
  }
}

/**
 * Imports items (the rows of a CSV or JSONL file, or of a ZIP upload's), all or nothing as members see it.
 *
 * On PostgreSQL, and for a campaign members can already see, one transaction holds every
 * batch and a bad row rolls them all back. Embedded PGlite is a single session: one long
 * transaction there stops every answer until the file is read. So a draft's import on
 * PGlite commits batch by batch (a draft is never served, and CampaignImports holds its
 * activation back), and a bad row or a failure deletes what this import added.
 * @throws DomainError campaign.import_invalid (bad rows with their line numbers),
 *   campaign.not_found, campaign.closed
 */
export async function importItemRows(ds: DataSource, campaignId: number, rows: AsyncIterable<ParsedRow>): Promise<ImportResult> {
  const status = await selectCampaignStatus(ds, campaignId);
  if (!status) throw new DomainError('campaign.not_found', { campaignId });
  if (!(isEmbedded(ds) && status === 'draft')) return ds.transaction((m) => importRows(campaignId, rows, (work) => work(m)));

  const added: number[] = [];
  try {
    return await importRows(campaignId, rows, (work) => ds.transaction(work), added);
  } catch (e) {
    // Chunks already committed: remove this import's tasks (a draft's, never served).
    for (let i = 0; i < added.length; i += 10_000) await deleteTasks(ds, added.slice(i, i + 10_000));
    throw e;
  }
}

/**
 * The import's rows, in batches run by `batch` (inside one transaction, or one each).
 * Task ids inserted go to `added` when given.
 */
async function importRows(
  campaignId: number,
  parsedRows: AsyncIterable<ParsedRow>,
  batch: <T>(work: (m: EntityManager) => Promise<T>) => Promise<T>,
  added?: number[],
): Promise<ImportResult> {
  const { options, kind } = await batch(async (m) => {
    const c = await lockImportTarget(m, campaignId);
    if (!c) throw new DomainError('campaign.not_found', { campaignId });
    if (c.status === 'closed') throw new DomainError('campaign.closed', { campaignId });
    return { options: c.options, kind: c.kind };
  });

  const bad: { row: number; reason: Problem }[] = [];
  let badCount = 0;
  const fail = (row: number, reason: Problem) => {
    badCount += 1;
    if (bad.length < LISTED_BAD_ROWS) bad.push({ row, reason });
  };
  let imported = 0;
  let gold = 0;
  let rows: CheckedRow[] = [];
  const flush = async () => {
    const pending = rows;
    rows = [];
    // Batches are still inserted after a bad row, so duplicates further on are found
    // too; the final throw rolls every batch back (or deletes them, chunked).
    if (pending.length === 0) return;
    const firstRowOfKey = new Map<string, number>();
    const unique: CheckedRow[] = [];
    for (const r of pending) {
      const key = r.key ?? String(r.row);
      const seen = firstRowOfKey.get(key);
      if (seen !== undefined) fail(r.row, { field: '', code: 'duplicate_id', params: { id: key, line: seen } });
      else {
        firstRowOfKey.set(key, r.row);
        unique.push(r);
      }
    }
    const inserted = await batch((m) =>
      insertTasks(m, campaignId, {
        keys: unique.map((r) => r.key ?? String(r.row)),
        payloads: unique.map((r) => JSON.stringify(r.payload)),
        golds: unique.map((r) => r.gold ?? null),
      }),
    );
    if (added) for (const r of inserted) added.push(r.id);
    const insertedKeys = new Set(inserted.map((r) => r.item_key));
    for (const r of unique) {
      const key = r.key ?? String(r.row);
      if (!insertedKeys.has(key)) fail(r.row, { field: '', code: 'id_taken', params: { id: key } });
    }
    imported += inserted.length;
    gold += unique.filter((r) => r.gold !== undefined && insertedKeys.has(r.key ?? String(r.row))).length;
  };

  let items = 0;
  for await (const parsed of parsedRows) {
    if (!parsed.ok) {
      fail(parsed.row, parsed.reason);
      continue;
    }
    items += 1;
    const { item } = parsed;
    const misfit = itemProblem(kind, item.payload);
    if (misfit) {
      fail(item.row, misfit);
      continue;
    }
    const gold = goldLabel(kind, options, item.gold);
    if ('problem' in gold) {
      fail(item.row, gold.problem);
      continue;
    }
    rows.push({ ...item, gold: gold.gold });
    if (rows.length >= BATCH_ROWS) await flush();
  }
  await flush();
  if (items === 0 && badCount === 0) fail(0, problem('', 'no_items'));
  // Throwing rolls back every batch already inserted: all or nothing.
  if (badCount > 0) throw new DomainError('campaign.import_invalid', { badRows: bad, badRowCount: badCount });
  return { imported, gold };
}

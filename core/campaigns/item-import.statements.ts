import type { CampaignKind, CampaignOption, CampaignStatus } from '../domain/campaign-types';
import type { Queryable } from '../db/queryable';

/** A campaign's status; undefined when there is no such campaign. */
export async function selectCampaignStatus(q: Queryable, campaignId: number): Promise<CampaignStatus | undefined> {
  const [first]: { status: CampaignStatus }[] = await q.query(`SELECT status FROM campaign WHERE id = $1`, [campaignId]);
  return first?.status;
}

/** What an import checks its rows against. */
export interface ImportTargetRow {
  status: CampaignStatus;
  kind: CampaignKind;
  options: CampaignOption[];
}

/**
 * Locks a campaign for the import's transaction and reads its status and options;
 * undefined when there is no such campaign. A transition waits for that transaction.
 */
export async function lockImportTarget(q: Queryable, campaignId: number): Promise<ImportTargetRow | undefined> {
  const [c]: ImportTargetRow[] = await q.query(`SELECT status, kind, options FROM campaign WHERE id = $1 FOR NO KEY UPDATE`, [campaignId]);
  return c;
}

/** One task an import inserted. */
export interface InsertedTaskRow {
  id: number;
  item_key: string;
}

/**
 * Inserts a batch of tasks (one unnest per column: one statement for any batch size);
 * a key already used in the campaign is skipped, and missing from what it returns.
 */
export function insertTasks(
  q: Queryable,
  campaignId: number,
  tasks: { keys: string[]; payloads: string[]; golds: (string | null)[] },
): Promise<InsertedTaskRow[]> {
  return q.query(
    `INSERT INTO task (campaign_id, item_key, payload, gold_label)
         SELECT $1, k, p, g FROM unnest($2::text[], $3::jsonb[], $4::text[]) AS x(k, p, g)
         ON CONFLICT (campaign_id, item_key) DO NOTHING RETURNING id, item_key`,
    [campaignId, tasks.keys, tasks.payloads, tasks.golds],
  );
}

/** Deletes tasks by id (a refused chunked import's, never served). */
export async function deleteTasks(q: Queryable, ids: number[]): Promise<void> {
  await q.query(`DELETE FROM task WHERE id = ANY($1::int[])`, [ids]);
}

/** The image refs among `refs` that some task names in its payload, in any campaign. */
export async function selectUsedImageRefs(q: Queryable, refs: string[]): Promise<Set<string>> {
  if (refs.length === 0) return new Set();
  const rows: { image: string }[] = await q.query(`SELECT DISTINCT payload->>'image' AS image FROM task WHERE payload->>'image' = ANY($1::text[])`, [refs]);
  return new Set(rows.map((r) => r.image));
}

import type { CampaignKind, CampaignOption } from '../domain/campaign-types';
import type { TaskStatus } from '../domain/task-status';
import type { Queryable } from '../db/queryable';

/** A task as an export reads it. */
export interface ExportTaskRow {
  id: number;
  item_key: string;
  /** The item's JSON, as text. */
  payload: string;
  status: TaskStatus;
  answer_count: number;
  consensus_label: string | null;
  consensus_confidence: number | null;
  baseline_label: string | null;
  baseline_confidence: number | null;
  gold_label: string | null;
  /** A decided multilabel task's presence per label, in option order; null otherwise. */
  label_presence: number[] | null;
}

/** Members' verdict on the model's prediction for one source task (its id as text). */
export interface CheckVerdictRow {
  source: string;
  verdict: string;
}

/** A campaign's kind and options; undefined when there is no such campaign. */
export async function selectExportCampaign(q: Queryable, campaignId: number): Promise<{ kind: CampaignKind; options: CampaignOption[] } | undefined> {
  const [c]: { kind: CampaignKind; options: CampaignOption[] }[] = await q.query(`SELECT kind, options FROM campaign WHERE id = $1`, [campaignId]);
  return c;
}

/** How many tasks an export of the campaign holds (only final ones with `finalOnly`). */
export async function countExportTasks(q: Queryable, campaignId: number, finalOnly: boolean): Promise<number> {
  const [{ n }]: { n: number }[] = await q.query(
    `SELECT count(*)::int AS n FROM task WHERE campaign_id = $1 AND (NOT $2::boolean OR status <> 'open')`,
    [campaignId, finalOnly],
  );
  return n;
}

/** How many lines a dpo export holds: decided regular tasks whose consensus chose a side (dpoLine's rule). */
export async function countDpoPairs(q: Queryable, campaignId: number): Promise<number> {
  const [{ n }]: { n: number }[] = await q.query(
    `SELECT count(*)::int AS n FROM task WHERE campaign_id = $1 AND status = 'final' AND gold_label IS NULL AND consensus_label IN ('a', 'b')`,
    [campaignId],
  );
  return n;
}

/** One keyset page of the campaign's tasks: ids after `after`, in id order. */
export function selectExportPage(q: Queryable, campaignId: number, after: number, finalOnly: boolean, pageSize: number): Promise<ExportTaskRow[]> {
  return q.query(
    `SELECT id, item_key, payload::text AS payload, status, answer_count, consensus_label, consensus_confidence,
                  baseline_label, baseline_confidence, gold_label, label_presence
           FROM task WHERE campaign_id = $1 AND id > $2 AND (NOT $3::boolean OR status <> 'open')
           ORDER BY id LIMIT $4`,
    [campaignId, after, finalOnly, pageSize],
  );
}

/** The members' verdicts on the model's predictions for the given tasks, from check campaigns of this one. */
export function selectCheckVerdicts(q: Queryable, campaignId: number, taskIds: string[]): Promise<CheckVerdictRow[]> {
  return q.query(
    `SELECT k.payload->>'source_task_id' AS source, k.consensus_label AS verdict
           FROM inference_check ic JOIN task k ON k.campaign_id = ic.check_campaign_id
           WHERE ic.source_campaign_id = $1 AND k.status = 'final' AND k.payload ? 'source_task_id'
             AND k.payload->>'source_task_id' = ANY($2::text[])
           ORDER BY k.id`,
    [campaignId, taskIds],
  );
}

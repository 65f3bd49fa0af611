import type { Queryable } from '../db/queryable';
import type { TaskStatus } from '../domain/task-status';

/** One of the member's answers with what /why needs of its task and campaign (hidden parts included; why-view.ts decides). */
export interface WhyAnswerRow {
  answer_id: string;
  task_id: number;
  campaign_id: number;
  campaign_name: string;
  kind: string;
  options: { id: string; label: string }[];
  choice: string;
  swapped: boolean | null;
  created_at: Date;
  gold_label: string | null;
  status: TaskStatus;
  consensus_label: string | null;
  consensus_confidence: number | null;
  settled: boolean;
}

const ANSWER_COLUMNS = `a.id::text AS answer_id, a.task_id, a.campaign_id, c.name AS campaign_name, c.kind, c.options, a.choice, a.swapped, a.created_at,
       t.gold_label, t.status, t.consensus_label, t.consensus_confidence, p.settled_at IS NOT NULL AS settled
  FROM answer a JOIN task t ON t.id = a.task_id JOIN campaign c ON c.id = a.campaign_id LEFT JOIN campaign_model p ON p.campaign_id = a.campaign_id`;

/** The member's own answer on a task; undefined when they gave none (whatever the task is, or whether it exists). */
export async function selectOwnAnswer(q: Queryable, memberId: number, taskId: number): Promise<WhyAnswerRow | undefined> {
  const [row] = await q.query(`SELECT ${ANSWER_COLUMNS} WHERE a.member_id = $1 AND a.task_id = $2`, [memberId, taskId]);
  return row;
}

/** The member's latest answer; undefined when they have none. */
export async function selectLatestAnswer(q: Queryable, memberId: number): Promise<WhyAnswerRow | undefined> {
  const [row] = await q.query(`SELECT ${ANSWER_COLUMNS} WHERE a.member_id = $1 ORDER BY a.created_at DESC, a.id DESC LIMIT 1`, [memberId]);
  return row;
}

/** A task's answers per choice, counted, never by member; answers a merge withheld (one person, one vote) do not count. */
export function selectChoiceCounts(q: Queryable, taskId: number): Promise<{ choice: string; n: number }[]> {
  return q.query(
    `SELECT a.choice, count(*)::int AS n FROM answer a
      WHERE a.task_id = $1 AND NOT EXISTS (SELECT 1 FROM member_merge_duplicate d WHERE d.withheld_answer_id = a.id)
      GROUP BY a.choice ORDER BY a.choice`,
    [taskId],
  );
}

/** A ledger row with its mint batch, when it was minted (or is being). */
export interface WhyLedgerRow {
  ledger_id: string;
  rule: string;
  amount: string;
  status: string;
  correction: boolean;
  batch_id: string | null;
  batch_state: string | null;
  tx_hash: string | null;
  manifest: object | null;
}

/** The rows of one of the member's answers, the original first, then its corrections in order. */
export function selectAnswerLedger(q: Queryable, memberId: number, answerId: string): Promise<WhyLedgerRow[]> {
  return q.query(
    `SELECT r.id::text AS ledger_id, r.rule, r.amount::text AS amount, r.status, r.corrects_id IS NOT NULL AS correction,
            b.batch_id, b.state AS batch_state, b.tx_hash, b.manifest
       FROM reward_ledger r LEFT JOIN mint_batch b ON b.id = r.mint_batch_id
      WHERE r.member_id = $1 AND r.answer_id = $2
      ORDER BY r.id`,
    [memberId, answerId],
  );
}

/** A batch that holds rows of the member, by its id. */
export interface WhyBatchRow {
  id: number;
  batch_id: string;
  state: string;
  tx_hash: string | null;
  manifest: object;
}

/**
 * The batches (at most two: enough to tell a prefix is ambiguous) whose id starts with
 * `prefix` (lower-case 0x hex) and that hold a row of the member: batches without their
 * rows are not theirs to trace.
 */
export function selectOwnBatches(q: Queryable, memberId: number, prefix: string): Promise<WhyBatchRow[]> {
  return q.query(
    `SELECT b.id, b.batch_id, b.state, b.tx_hash, b.manifest FROM mint_batch b
      WHERE left(b.batch_id, length($2)) = $2 AND EXISTS (SELECT 1 FROM reward_ledger r WHERE r.mint_batch_id = b.id AND r.member_id = $1)
      ORDER BY b.id LIMIT 2`,
    [memberId, prefix],
  );
}

/** One of the member's rows in a batch, with its task. */
export interface WhyBatchLedgerRow {
  ledger_id: string;
  task_id: number;
  campaign_id: number;
  campaign_name: string;
  rule: string;
  amount: string;
  correction: boolean;
}

/** The member's rows in a batch (ledger order), at most `limit`, and their count and sum. */
export async function selectOwnBatchRows(q: Queryable, memberId: number, batchRowId: number, limit: number): Promise<{ rows: WhyBatchLedgerRow[]; count: number; total: string }> {
  const rows: WhyBatchLedgerRow[] = await q.query(
    `SELECT r.id::text AS ledger_id, r.task_id, r.campaign_id, c.name AS campaign_name, r.rule, r.amount::text AS amount, r.corrects_id IS NOT NULL AS correction
       FROM reward_ledger r JOIN campaign c ON c.id = r.campaign_id
      WHERE r.member_id = $1 AND r.mint_batch_id = $2 ORDER BY r.id LIMIT $3`,
    [memberId, batchRowId, limit],
  );
  const [sum]: { count: number; total: string }[] = await q.query(
    `SELECT count(*)::int AS count, coalesce(sum(amount), 0)::text AS total FROM reward_ledger WHERE member_id = $1 AND mint_batch_id = $2`,
    [memberId, batchRowId],
  );
  return { rows, count: sum!.count, total: sum!.total };
}

import type { EntityManager } from 'typeorm';
import type { CampaignKind, CampaignOption } from '../domain/campaign-types';
import type { ConsensusMode } from '../domain/consensus-mode';
import type { TaskStatus } from '../domain/task-status';
import { namedQuery } from '../db/named-query';
import type { Suspicion } from '../consensus/reward-rules';
import type { ProbationReason } from '../consensus/reputation';
import type { Queryable } from '../db/queryable';

/** The task and campaign columns of a scoring read. */
export interface ScoringTaskRow {
  version: string;
  campaign_id: number;
  status: TaskStatus;
  consensus_label: string | null;
  consensus_confidence: number | null;
  gold_label: string | null;
  baseline_label: string | null;
  answers_per_task: number;
  max_answers_per_task: number;
  reward_per_answer: string;
  kind: CampaignKind;
  options: CampaignOption[];
  consensus_mode: ConsensusMode;
  target_confidence: number;
  min_accuracy: number | null;
  min_evidence: number;
  gold_min_answers: number;
  gold_max_failure: number;
  priors: number[] | null;
  baseline_confusion: number[][] | null;
  settled: boolean;
  community_id: number | null;
  /** The community's daily earning cap per member, base units as text; null: none. */
  daily_cap: string | null;
}

/** One answer row of a scoring read (`id` a number when it came through json). */
export interface ScoringAnswerRow {
  id: string | number;
  member_id: number;
  choice: string;
  scored: boolean;
  accuracy: number | null;
  confusion: number[][] | null;
  skill_answers: number | null;
  gold_answers: number | null;
  gold_correct: number | null;
  suspicion: Suspicion | null;
  prior_answers: number | null;
  probation: ProbationReason | null;
}

/** What a scoring context is built from: the task with its campaign, and its answers. */
export interface ScoringRead {
  task: ScoringTaskRow;
  answers: ScoringAnswerRow[];
}

/** The task columns of a scoring read (t: the task row). */
export const SCORING_TASK_COLUMNS = `t.xmin::text AS version, t.campaign_id, t.status, t.consensus_label, t.consensus_confidence, t.gold_label, t.baseline_label`;

/**
 * The campaign columns of a scoring read (c: campaign, p: its campaign_model). The reward
 * as text: it also travels inside json, where a numeric(78,0) would lose digits.
 */
export const SCORING_CAMPAIGN_COLUMNS = `c.kind, c.answers_per_task, c.max_answers_per_task, c.reward_per_answer::text AS reward_per_answer, c.options, c.consensus_mode,
  c.target_confidence, c.min_accuracy, c.min_evidence, c.gold_min_answers, c.gold_max_failure, p.priors, p.baseline_confusion,
  p.settled_at IS NOT NULL AS settled, c.community_id, (SELECT cm.daily_cap::text FROM community cm WHERE cm.id = c.community_id) AS daily_cap`;

/**
 * The scoring read of answers as one json array ordered by id: each answer of `answers`
 * (a query of answer rows with id, member_id, campaign_id, choice) that votes, whether it
 * has its original ledger row, and its member's standing. A task has a handful of answers,
 * so each lookup is one index probe per answer, written so that the planner cannot turn
 * it into a join: on statistics older than the data (a fresh database; PGlite, which has
 * no autovacuum) it hashed the whole ledger and member table for three answers.
 */
export const scoringAnswersJson = (answers: string) => `(SELECT coalesce(json_agg(x ORDER BY x.id), '[]'::json) FROM (
  SELECT a.id, a.member_id, a.choice,
         (SELECT true FROM reward_ledger r WHERE r.answer_id = a.id AND r.corrects_id IS NULL) IS NOT NULL AS scored,
         s.accuracy, s.confusion, s.answers AS skill_answers, s.gold_answers, s.gold_correct, s.suspicion, s.prior_answers, s.probation
  FROM (${answers}) a
  -- LIMIT keeps the lateral subquery a per-answer probe (the key is unique anyway).
  LEFT JOIN LATERAL (SELECT * FROM member_skill s WHERE s.campaign_id = a.campaign_id AND s.member_id = a.member_id LIMIT 1) s ON true
  -- A merged-away member keeps only answers that duplicate the survivor's: they do not vote.
  WHERE (SELECT mm.merged_into_id IS NULL FROM member mm WHERE mm.id = a.member_id)) x)`;

/**
 * Reads what scoring a task needs. Unlocked: one statement, so the task's version and its
 * answers come from one snapshot. Locked: the task row lock first, then the answers in a
 * second statement, whose snapshot is taken after the lock and so sees every answer and
 * ledger row committed by whoever held it (one statement would read them from before).
 */
export async function readScoring(m: EntityManager, taskId: number, lock: boolean): Promise<ScoringRead | undefined> {
  const from = `FROM task t JOIN campaign c ON c.id = t.campaign_id LEFT JOIN campaign_model p ON p.campaign_id = c.id WHERE t.id = $1`;
  if (!lock) {
    const [t] = await namedQuery<ScoringTaskRow & { answers: ScoringAnswerRow[] }>(
      m,
      'score_read',
      `SELECT ${SCORING_TASK_COLUMNS}, ${SCORING_CAMPAIGN_COLUMNS},
              ${scoringAnswersJson('SELECT id, member_id, campaign_id, choice FROM answer WHERE task_id = t.id')} AS answers
       ${from}`,
      [taskId],
    );
    if (!t) return undefined;
    const { answers, ...task } = t;
    return { task, answers };
  }
  const [task] = await namedQuery<ScoringTaskRow>(m, 'score_lock_task', `SELECT ${SCORING_TASK_COLUMNS}, ${SCORING_CAMPAIGN_COLUMNS} ${from} FOR NO KEY UPDATE OF t`, [taskId]);
  if (!task) return undefined;
  const [a] = await namedQuery<{ answers: ScoringAnswerRow[] }>(
    m,
    'score_answers',
    `SELECT ${scoringAnswersJson('SELECT id, member_id, campaign_id, choice FROM answer WHERE task_id = $1')} AS answers`,
    [taskId],
  );
  return { task, answers: a!.answers };
}

/** One ledger row of a task. */
export interface LedgerRow {
  answer_id: string | number;
  id: string | number;
  /** Base units, signed (a correction is negative). */
  amount: string;
}

/** The ledger rows of a task's answers, in id order (read under the caller's task lock). */
export function selectTaskLedger(q: Queryable, taskId: number): Promise<LedgerRow[]> {
  return q.query(`SELECT answer_id, id, amount::text AS amount FROM reward_ledger WHERE task_id = $1 ORDER BY id`, [taskId]);
}

/** Gives `amount` base units back to the campaign's budget (a correction took them from a member). */
export async function refundBudget(q: Queryable, campaignId: number, amount: bigint): Promise<void> {
  await q.query(`UPDATE campaign_budget SET spent = spent - $2 WHERE campaign_id = $1`, [campaignId, amount.toString()]);
}

/** Takes `amount` base units from the budget (the caller holds its row lock: lockBudget). */
export async function spendBudget(q: Queryable, campaignId: number, amount: bigint): Promise<void> {
  await q.query(`UPDATE campaign_budget SET spent = spent + $2 WHERE campaign_id = $1`, [campaignId, amount.toString()]);
}

/** Locks the campaign's budget row and reads it (base units). */
export async function lockBudget(q: Queryable, campaignId: number): Promise<{ budget: bigint; spent: bigint }> {
  const [row] = await q.query(`SELECT budget::text AS budget, spent::text AS spent FROM campaign_budget WHERE campaign_id = $1 FOR UPDATE`, [campaignId]);
  return { budget: BigInt(row.budget), spent: BigInt(row.spent) };
}

/** Gives a decided task its new consensus; it keeps its first finalization time. */
export async function refinalizeTask(q: Queryable, taskId: number, label: string | null, confidence: number, presence: number[] | null = null): Promise<void> {
  await q.query(
    `UPDATE task SET status = 'final', consensus_label = $2, consensus_confidence = $3, label_presence = $4::jsonb, finalized_at = coalesce(finalized_at, now()) WHERE id = $1`,
    [taskId, label, confidence, presence === null ? null : JSON.stringify(presence)],
  );
}

/** A correcting ledger row: `amount` signed base units, `original` the answer's first row, `rule` why. */
export interface Correction {
  memberId: number;
  answerId: string;
  amount: bigint;
  rule: string;
  original: string;
}

/** Writes correcting ledger rows for a task's answers (rows are never edited). */
export async function insertCorrections(q: Queryable, campaignId: number, taskId: number, label: string | null, rows: readonly Correction[]): Promise<void> {
  await q.query(
    `INSERT INTO reward_ledger (member_id, campaign_id, task_id, answer_id, amount, status, rule, consensus_label, corrects_id)
     SELECT mem, $1, $2, aid, amt, 'pending', rl, $3, orig
     FROM unnest($4::int[], $5::bigint[], $6::numeric[], $7::text[], $8::bigint[]) AS x(mem, aid, amt, rl, orig)`,
    [campaignId, taskId, label, rows.map((b) => b.memberId), rows.map((b) => b.answerId), rows.map((b) => b.amount.toString()), rows.map((b) => b.rule), rows.map((b) => b.original)],
  );
}

/**
 * Regular tasks whose answers are complete but not all scored (at their overlap), for the
 * repair sweep. Gold answers and answers waiting for their member's assessment are the
 * scoring round's.
 */
export async function selectUnscoredTasks(q: Queryable, limit: number): Promise<{ id: number }[]> {
  return q.query(
    `SELECT DISTINCT t.id FROM task t
     JOIN campaign c ON c.id = t.campaign_id
     JOIN answer a ON a.task_id = t.id
     WHERE NOT EXISTS (SELECT 1 FROM reward_ledger r WHERE r.answer_id = a.id AND r.corrects_id IS NULL)
       -- Gold answers are the scoring round's (they wait like any undecided answer: gold stays secret).
       AND t.gold_label IS NULL AND (t.status <> 'open' OR t.answer_count >= c.answers_per_task)
       -- A contribution is paid on its check's consensus (core/contributions), not scored.
       AND c.kind <> 'contribute'
       -- Answers waiting for their member's assessment are the scoring round's, not a repair.
       AND (c.min_evidence = 0 OR EXISTS (SELECT 1 FROM member_skill s WHERE s.campaign_id = c.id AND s.member_id = a.member_id AND s.answers + s.prior_answers >= c.min_evidence))
     ORDER BY 1
     LIMIT $1`,
    [limit],
  );
}

/** One ledger row scoring writes. */
export interface LedgerEntry {
  answerId: string;
  memberId: number;
  amount: bigint;
  status: 'pending' | 'withheld';
  rule: string;
}

/** One task's write (commitScores). */
export interface TaskWrite {
  taskId: number;
  /** Write only if the task row is still this version (xmin); without it, the caller holds the row lock. */
  version?: string;
  label: string | null;
  /** presence: a multilabel task's per-label presence (task.label_presence). */
  finalize?: { state: TaskStatus; confidence: number; presence?: number[] | null };
  /** Base units to take from the budget for this task's entries. */
  total: bigint;
  entries: LedgerEntry[];
}

/** current: the task row was the version asked for (and is locked); paid: the budget paid, so the write was made. */
export interface WriteOutcome {
  current: boolean;
  paid: boolean;
}

/**
 * One statement, the last before commit, for tasks of one campaign: locks their rows in
 * id order (a write with a version only if the row is still that version; without one
 * the caller's transaction holds the lock already), takes the sum of their totals from
 * the budget if it fits, finalizes the tasks that are to be finalized and writes the
 * ledger entries. Tasks and ledger are written only when the budget paid (or nothing
 * was to be paid): `paid` false means nothing was written, for any task of the call.
 * Lock order: task rows by id, then the budget row (sp reads cur, which reads lk).
 * The arrays are read through scalar subqueries for the plan cache (see answer.statements.ts).
 */
export async function commitScores(m: EntityManager, campaignId: number, writes: TaskWrite[]): Promise<WriteOutcome[]> {
  const rows = await namedQuery<{ task_id: number; current: boolean; paid: boolean }>(
    m,
    'score_commit',
    `WITH w AS (
       SELECT * FROM unnest((SELECT $2::int[]), (SELECT $3::xid[]), (SELECT $4::boolean[]), (SELECT $5::text[]), (SELECT $6::text[]), (SELECT $7::float8[]), (SELECT $8::numeric[]), (SELECT $15::text[]))
         AS w(task_id, version, finalize, state, label, confidence, total, presence)
     ), lk AS (
       SELECT t.id FROM task t JOIN w ON w.task_id = t.id AND (w.version IS NULL OR t.xmin = w.version) ORDER BY t.id FOR NO KEY UPDATE OF t
     ), cur AS (
       SELECT w.* FROM w JOIN lk ON lk.id = w.task_id
     ), due AS (
       SELECT coalesce(sum(total), 0) AS total FROM cur
     ), sp AS (
       UPDATE campaign_budget SET spent = spent + (SELECT total FROM due)
       WHERE campaign_id = $1 AND (SELECT total FROM due) > 0 AND budget - spent >= (SELECT total FROM due) RETURNING 1
     ), ok AS (
       SELECT (SELECT total FROM due) = 0 OR EXISTS (SELECT 1 FROM sp) AS go
     ), fin AS (
       UPDATE task t SET status = cur.state, consensus_label = cur.label, consensus_confidence = cur.confidence, label_presence = cur.presence::jsonb, finalized_at = now()
       FROM cur WHERE t.id = cur.task_id AND cur.finalize AND (SELECT go FROM ok) RETURNING t.id
     ), ins AS (
       INSERT INTO reward_ledger (member_id, campaign_id, task_id, answer_id, amount, status, rule, consensus_label)
       SELECT e.mem, $1, e.task_id, e.aid, e.amt, e.st, e.rl, cur.label
       FROM unnest((SELECT $9::int[]), (SELECT $10::int[]), (SELECT $11::bigint[]), (SELECT $12::numeric[]), (SELECT $13::text[]), (SELECT $14::text[])) AS e(task_id, mem, aid, amt, st, rl)
       JOIN cur ON cur.task_id = e.task_id
       WHERE (SELECT go FROM ok)
       RETURNING 1
     )
     SELECT w.task_id, lk.id IS NOT NULL AS current, (SELECT go FROM ok) AS paid, (SELECT count(*) FROM fin) AS f, (SELECT count(*) FROM ins) AS i
     FROM w LEFT JOIN lk ON lk.id = w.task_id`,
    [
      campaignId,
      writes.map((w) => w.taskId),
      writes.map((w) => w.version ?? null),
      writes.map((w) => w.finalize !== undefined),
      writes.map((w) => w.finalize?.state ?? 'open'),
      writes.map((w) => w.label),
      writes.map((w) => w.finalize?.confidence ?? null),
      writes.map((w) => w.total.toString()),
      ...ledgerColumns(writes),
      writes.map((w) => (w.finalize?.presence ? JSON.stringify(w.finalize.presence) : null)),
    ],
  );
  const byTask = new Map(rows.map((r) => [r.task_id, r]));
  return writes.map((w) => {
    const r = byTask.get(w.taskId)!;
    return { current: r.current, paid: r.current && r.paid };
  });
}

/** The ledger row of one answer, if scored. */
export async function selectAnswerLedger(q: Queryable, answerId: string): Promise<LedgerEntry | undefined> {
  const [r] = await q.query(`SELECT member_id, amount::text AS amount, status, rule FROM reward_ledger WHERE answer_id = $1`, [answerId]);
  return r && { answerId, memberId: r.member_id, amount: BigInt(r.amount), status: r.status, rule: r.rule };
}

/** The ledger entries of `writes` as the column arrays of commitScores's unnest (task, member, answer, amount, status, rule). */
function ledgerColumns(writes: TaskWrite[]): unknown[][] {
  const flat = writes.flatMap((w) => w.entries.map((e) => ({ taskId: w.taskId, ...e })));
  return [
    flat.map((e) => e.taskId),
    flat.map((e) => e.memberId),
    flat.map((e) => e.answerId),
    flat.map((e) => e.amount.toString()),
    flat.map((e) => e.status),
    flat.map((e) => e.rule),
  ];
}

/**
 * Locks the day rows of `memberIds` in a community (made when missing) and reads what each
 * earned that day, base units. Sorted, so two writes lock members in one order; taken after
 * the task row and before the budget row (the lock order of every scoring path).
 */
export async function lockMemberDays(q: Queryable, communityId: number, day: string, memberIds: readonly number[]): Promise<Map<number, bigint>> {
  const ids = [...new Set(memberIds)].sort((a, b) => a - b);
  await q.query(
    `INSERT INTO member_day_earning (member_id, community_id, day) SELECT unnest($1::int[]), $2, $3::date ON CONFLICT DO NOTHING`,
    [ids, communityId, day],
  );
  const rows: { member_id: number; earned: string }[] = await q.query(
    `SELECT member_id, earned::text AS earned FROM member_day_earning WHERE member_id = ANY($1::int[]) AND community_id = $2 AND day = $3::date ORDER BY member_id FOR UPDATE`,
    [ids, communityId, day],
  );
  return new Map(rows.map((r) => [r.member_id, BigInt(r.earned)]));
}

/** Adds what a write paid each member to their day rows (the caller holds their locks: lockMemberDays). */
export async function addMemberDayEarnings(q: Queryable, communityId: number, day: string, paid: ReadonlyMap<number, bigint>): Promise<void> {
  if (paid.size === 0) return;
  await q.query(
    `UPDATE member_day_earning d SET earned = d.earned + x.amount::numeric
       FROM unnest($1::int[], $2::text[]) AS x(member_id, amount)
       WHERE d.member_id = x.member_id AND d.community_id = $3 AND d.day = $4::date`,
    [[...paid.keys()], [...paid.values()].map(String), communityId, day],
  );
}

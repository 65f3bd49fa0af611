import type { Queryable } from '../db/queryable';
import type { AppealState } from './appeal-rules';

/** A member's answer to a task, with what filing an appeal of it needs. */
export interface AnswerForAppeal {
  answerId: string;
  campaignId: number;
  taskId: number;
  /** The answer's original ledger row; null while it waits for its judgement. */
  ledgerId: string | null;
  /** Base units the answer's rows net to. */
  net: bigint;
  /** The rule of its latest row (the original, or the correction that took it back). */
  rule: string | null;
  appealed: boolean;
}

/** The member's answer to the task, or undefined when they gave none. */
export async function selectAnswerForAppeal(q: Queryable, memberId: number, taskId: number): Promise<AnswerForAppeal | undefined> {
  const [r] = await q.query(
    `SELECT a.id::text AS answer_id, a.campaign_id, a.task_id,
            (SELECT r.id::text FROM reward_ledger r WHERE r.answer_id = a.id AND r.corrects_id IS NULL) AS ledger_id,
            (SELECT coalesce(sum(r.amount), 0)::text FROM reward_ledger r WHERE r.answer_id = a.id) AS net,
            (SELECT r.rule FROM reward_ledger r WHERE r.answer_id = a.id ORDER BY r.id DESC LIMIT 1) AS rule,
            EXISTS (SELECT 1 FROM appeal p WHERE p.answer_id = a.id) AS appealed
     FROM answer a WHERE a.task_id = $1 AND a.member_id = $2`,
    [taskId, memberId],
  );
  return (
    r && {
      answerId: r.answer_id,
      campaignId: r.campaign_id,
      taskId: r.task_id,
      ledgerId: r.ledger_id,
      net: BigInt(r.net),
      rule: r.rule,
      appealed: r.appealed,
    }
  );
}

/**
 * Serializes one member's filings to the end of the transaction (a transaction-level
 * advisory lock on the member's id), so two filings sent at once cannot both pass the
 * rate limit. The key's first half names appeals, apart from any other advisory lock.
 */
export async function lockMemberFilings(q: Queryable, memberId: number): Promise<void> {
  await q.query(`SELECT pg_advisory_xact_lock(hashtext('appeal'), $1)`, [memberId]);
}

/** A member's appeals waiting for a decision, and those filed since `since`. */
export async function countMemberAppeals(q: Queryable, memberId: number, since: Date): Promise<{ pending: number; lastDay: number }> {
  const [r] = await q.query(
    `SELECT count(*) FILTER (WHERE state = 'pending')::int AS pending, count(*) FILTER (WHERE created_at >= $2)::int AS last_day
     FROM appeal WHERE member_id = $1`,
    [memberId, since.toISOString()],
  );
  return { pending: r.pending, lastDay: r.last_day };
}

/** Files an appeal; undefined when the answer has one already (its unique key, also between concurrent filings). */
export async function insertAppeal(
  q: Queryable,
  a: { answerId: string; ledgerId: string; memberId: number; campaignId: number; taskId: number; rule: string; reason: string; at: Date },
): Promise<number | undefined> {
  const rows: { id: number }[] = await q.query(
    `INSERT INTO appeal (answer_id, ledger_id, member_id, campaign_id, task_id, rule, reason, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (answer_id) DO NOTHING RETURNING id`,
    [a.answerId, a.ledgerId, a.memberId, a.campaignId, a.taskId, a.rule, a.reason, a.at.toISOString()],
  );
  return rows[0]?.id;
}

/** Whose an appeal is to decide: its campaign's community (null: a platform campaign) and where that community lives. */
export interface AppealScope {
  taskId: number;
  campaignId: number;
  communityId: number | null;
}

export async function selectAppealScope(q: Queryable, appealId: number): Promise<AppealScope | undefined> {
  const [r] = await q.query(`SELECT p.task_id, p.campaign_id, c.community_id FROM appeal p JOIN campaign c ON c.id = p.campaign_id WHERE p.id = $1`, [appealId]);
  return r && { taskId: r.task_id, campaignId: r.campaign_id, communityId: r.community_id };
}

/** An appeal as its decision needs it, locked. */
export interface LockedAppeal {
  id: number;
  answerId: string;
  ledgerId: string;
  memberId: number;
  campaignId: number;
  taskId: number;
  state: AppealState;
}

/**
 * Locks the appeal's task row (the first lock of every scoring path, so a re-score or a
 * settlement of the task waits for the decision and then sees it), then the appeal row.
 */
export async function lockAppeal(q: Queryable, appealId: number): Promise<LockedAppeal | undefined> {
  await q.query(`SELECT 1 FROM task WHERE id = (SELECT task_id FROM appeal WHERE id = $1) FOR NO KEY UPDATE`, [appealId]);
  const [r] = await q.query(`SELECT id, answer_id::text AS answer_id, ledger_id::text AS ledger_id, member_id, campaign_id, task_id, state FROM appeal WHERE id = $1 FOR UPDATE`, [appealId]);
  return r && { id: r.id, answerId: r.answer_id, ledgerId: r.ledger_id, memberId: r.member_id, campaignId: r.campaign_id, taskId: r.task_id, state: r.state };
}

/** What an answer's ledger rows net to now, and the label its task stands on (read under the task lock). */
export async function selectAnswerNet(q: Queryable, answerId: string): Promise<{ net: bigint; label: string | null; reward: bigint }> {
  const [r] = await q.query(
    `SELECT (SELECT coalesce(sum(r.amount), 0)::text FROM reward_ledger r WHERE r.answer_id = a.id) AS net,
            coalesce(t.gold_label, t.consensus_label) AS label, c.reward_per_answer::text AS reward
     FROM answer a JOIN task t ON t.id = a.task_id JOIN campaign c ON c.id = a.campaign_id WHERE a.id = $1`,
    [answerId],
  );
  return { net: BigInt(r.net), label: r.label, reward: BigInt(r.reward) };
}

/** Records a decision (the caller holds the appeal's row lock and checked it is pending). */
export async function updateAppealDecision(q: Queryable, appealId: number, d: { state: Exclude<AppealState, 'pending'>; by: string; byMemberId: number | null; at: Date }): Promise<void> {
  await q.query(`UPDATE appeal SET state = $2, decided_by = $3, decided_by_member_id = $4, decided_at = $5 WHERE id = $1 AND state = 'pending'`, [
    appealId,
    d.state,
    d.by,
    d.byMemberId,
    d.at.toISOString(),
  ]);
}

/**
 * Which of a task's answers (ids) had their appeal upheld: later re-judgements leave them paid.
 * By answer id, so each is one probe of the appeal's unique answer key (the round re-scores many tasks).
 */
export async function selectUpheldAnswers(q: Queryable, answerIds: readonly string[]): Promise<Set<string>> {
  if (answerIds.length === 0) return new Set();
  const rows: { answer_id: string }[] = await q.query(`SELECT answer_id::text AS answer_id FROM appeal WHERE answer_id = ANY($1::bigint[]) AND state = 'upheld'`, [answerIds]);
  return new Set(rows.map((r) => r.answer_id));
}

/** One pending appeal as the moderators' queue shows it (never the member's name or ids). */
export interface PendingAppealRow {
  id: number;
  task_id: number;
  campaign_id: number;
  campaign_name: string;
  community_id: number | null;
  rule: string;
  reason: string;
  created_at: Date | string;
  choice: string;
  options: { id: string; label: string }[];
  status: string;
  consensus_label: string | null;
  consensus_confidence: number | null;
  gold_label: string | null;
  counts: Record<string, number> | null;
  member_answers: number;
  fitted: number | null;
  accuracy: number | null;
  gold_answers: number | null;
  gold_correct: number | null;
  withheld: { rule: string; count: number }[] | null;
}

/** The pending appeals of one community's campaigns (null: the platform's own), oldest first. */
export function selectPendingAppeals(q: Queryable, communityId: number | null, readerId: number | null, limit: number): Promise<PendingAppealRow[]> {
  return q.query(
    `SELECT p.id, p.task_id, p.campaign_id, c.name AS campaign_name, c.community_id, p.rule, p.reason, p.created_at, a.choice,
            c.options, t.status, t.consensus_label, t.consensus_confidence, t.gold_label,
            (SELECT json_object_agg(v.choice, v.n) FROM (SELECT x.choice, count(*)::int AS n FROM answer x WHERE x.task_id = p.task_id GROUP BY x.choice) v) AS counts,
            (SELECT count(*)::int FROM answer x WHERE x.member_id = p.member_id AND x.campaign_id = p.campaign_id) AS member_answers,
            s.answers AS fitted, s.accuracy, s.gold_answers, s.gold_correct,
            (SELECT json_agg(json_build_object('rule', w.rule, 'count', w.n) ORDER BY w.n DESC, w.rule) FROM (
               SELECT r.rule, count(*)::int AS n FROM reward_ledger r
               WHERE r.member_id = p.member_id AND r.campaign_id = p.campaign_id AND r.status = 'withheld' AND r.corrects_id IS NULL GROUP BY r.rule) w) AS withheld
     FROM appeal p JOIN campaign c ON c.id = p.campaign_id JOIN task t ON t.id = p.task_id JOIN answer a ON a.id = p.answer_id
     LEFT JOIN member_skill s ON s.campaign_id = p.campaign_id AND s.member_id = p.member_id
     WHERE p.state = 'pending' AND c.community_id IS NOT DISTINCT FROM $1::int AND ($3::int IS NULL OR p.member_id <> $3::int)
     ORDER BY p.id LIMIT $2`,
    [communityId, limit, readerId],
  );
}

/** A member's own appeals, newest first. */
export function selectMemberAppeals(q: Queryable, memberId: number, limit: number): Promise<{ id: number; task_id: number; state: AppealState; created_at: Date | string; decided_at: Date | string | null }[]> {
  return q.query(`SELECT id, task_id, state, created_at, decided_at FROM appeal WHERE member_id = $1 ORDER BY id DESC LIMIT $2`, [memberId, limit]);
}

/** A member's latest answers withheld under one of `rules` and not appealed yet, newest first. */
export function selectAppealableAnswers(q: Queryable, memberId: number, rules: readonly string[], limit: number): Promise<{ task_id: number; rule: string }[]> {
  return q.query(
    `SELECT a.task_id, l.rule FROM answer a
     JOIN LATERAL (SELECT sum(r.amount) AS net, (array_agg(r.rule ORDER BY r.id DESC))[1] AS rule FROM reward_ledger r WHERE r.answer_id = a.id) l ON true
     WHERE a.member_id = $1 AND l.net = 0 AND l.rule = ANY($2::text[]) AND NOT EXISTS (SELECT 1 FROM appeal p WHERE p.answer_id = a.id)
     ORDER BY a.id DESC LIMIT $3`,
    [memberId, rules, limit],
  );
}

/**
 * A member merge withholds the absorbed member's answers that duplicate the survivor's (one
 * person, one vote): a pending appeal of such an answer is refused by the merge, or an
 * uphold would pay the survivor twice for one task.
 */
export async function refuseDuplicateAppeals(q: Queryable, withheldAnswerIds: readonly string[]): Promise<void> {
  if (withheldAnswerIds.length === 0) return;
  await q.query(`UPDATE appeal SET state = 'refused', decided_by = 'merge', decided_at = now() WHERE answer_id = ANY($1::bigint[]) AND state = 'pending'`, [withheldAnswerIds]);
}

/** A member merge: the absorbed member's appeals become the survivor's, as their ledger rows do. */
export async function moveAppeals(q: Queryable, from: number, into: number): Promise<void> {
  await q.query(`UPDATE appeal SET member_id = $2 WHERE member_id = $1`, [from, into]);
}

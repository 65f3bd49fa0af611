import type { AnswerScope } from '../communities/may-answer-here';
import type { CampaignKind, CampaignOption } from '../domain/campaign-types';
import type { TaskStatus } from '../domain/task-status';
import type { Queryable } from '../db/queryable';
import type { CampaignTranslations } from '../campaigns/campaign-translations';

/** An active campaign a member may be served from, as the assignment reads it. */
export interface ServableCampaignRow {
  id: number;
  name: string;
  kind: CampaignKind;
  question: string;
  options: CampaignOption[];
  translations: CampaignTranslations;
  answers_per_task: number;
  max_answers_per_task: number;
  gold_share: number;
  gold_min_answers: number;
  min_evidence: number;
  reward_per_answer: string;
  /** A contribute campaign's length limits (null for other kinds). */
  min_length: number | null;
  max_length: number | null;
}

/**
 * Active campaigns with budget for one more answer, in id order: the given ones (null: all),
 * and only those the place's scope serves (mayAnswerHere, bound from the same AnswerScope).
 */
export async function selectServableCampaigns(q: Queryable, campaignIds: readonly number[] | null, scope: AnswerScope): Promise<ServableCampaignRow[]> {
  return q.query(
    `SELECT id, name, kind, question, options, translations, answers_per_task, max_answers_per_task, gold_share, gold_min_answers, min_evidence, reward_per_answer,
            cc.min_length, cc.max_length
     FROM campaign JOIN campaign_budget b ON b.campaign_id = campaign.id
     LEFT JOIN contribution_campaign cc ON cc.campaign_id = campaign.id
     WHERE status = 'active' AND b.spent + reward_per_answer <= b.budget
       AND ($1::int[] IS NULL OR id = ANY($1::int[]))
       AND ($2::boolean OR community_id IS NULL OR community_id = $3::int)
     ORDER BY id`,
    [campaignIds ? [...campaignIds] : null, scope.everyCommunity, scope.communityId],
  );
}

/** A member's answers in a campaign: all of them, and those to gold tasks. */
export interface AnsweredInRow {
  answered: number;
  gold: number;
  /** Whether the campaign's last round put the member on probation (reputation.ts). */
  probation: boolean;
}

/** How many answers a member gave in a campaign, how many of them to gold tasks, and whether they are on probation there. */
export async function selectAnsweredIn(q: Queryable, campaignId: number, memberId: number): Promise<AnsweredInRow> {
  const [row] = await q.query(
    `SELECT count(*)::int AS answered, count(*) FILTER (WHERE t.gold_label IS NOT NULL)::int AS gold,
            EXISTS (SELECT 1 FROM member_skill s WHERE s.campaign_id = $2 AND s.member_id = $1 AND s.probation IS NOT NULL) AS probation
     FROM answer a JOIN task t ON t.id = a.task_id
     WHERE a.member_id = $1 AND a.campaign_id = $2`,
    [memberId, campaignId],
  );
  return row;
}

/** Open tasks read per assignment; the member's own order picks among the fullest. */
export const CANDIDATES = 16;

/** A task as a card shows it. */
export interface CardTaskRow {
  id: number;
  payload: Record<string, unknown>;
  answer_count: number;
  status: TaskStatus;
  consensus_label: string | null;
  gold_label: string | null;
}

/** A task with its campaign, as one card shows it. */
export interface TaskWithCampaignRow extends CardTaskRow {
  campaign_id: number;
  name: string;
  kind: CampaignKind;
  question: string;
  options: CampaignOption[];
  translations: CampaignTranslations;
  answers_per_task: number;
  reward_per_answer: string;
  min_length: number | null;
  max_length: number | null;
}

/** A task and its campaign, whatever its state; undefined when there is no such task. */
export async function selectTaskWithCampaign(q: Queryable, taskId: number): Promise<TaskWithCampaignRow | undefined> {
  const rows: TaskWithCampaignRow[] = await q.query(
    `SELECT t.id, t.payload, t.answer_count, t.status, t.consensus_label, t.gold_label,
              c.id AS campaign_id, c.name, c.kind, c.question, c.options, c.translations, c.answers_per_task, c.reward_per_answer, cc.min_length, cc.max_length
       FROM task t JOIN campaign c ON c.id = t.campaign_id LEFT JOIN contribution_campaign cc ON cc.campaign_id = c.id WHERE t.id = $1`,
    [taskId],
  );
  return rows[0];
}

/** Notes when a member was first served a task; a later serve keeps the first time. Whether this was the first. */
export async function insertServe(q: Queryable, taskId: number, memberId: number, servedAt: Date): Promise<boolean> {
  const [row]: { n: number }[] = await q.query(
    `WITH ins AS (INSERT INTO task_serve (task_id, member_id, served_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [taskId, memberId, servedAt],
  );
  return row!.n > 0;
}

/** Takes back a first serve that insertServe just wrote (the member never saw the card). */
export async function deleteServe(q: Queryable, taskId: number, memberId: number, servedAt: Date): Promise<void> {
  await q.query(`DELETE FROM task_serve WHERE task_id = $1 AND member_id = $2 AND served_at = $3`, [taskId, memberId, servedAt]);
}

/**
 * Task t's cards out, as SQL: served to other members than the parameter `member` since the
 * parameter `since` and not answered (task-room.ts Candidate.pending). One definition for
 * every statement that counts them.
 */
const pendingCards = (member: string, since: string): string =>
  `(SELECT count(*) FROM task_serve s WHERE s.task_id = t.id AND s.member_id <> ${member} AND s.served_at > ${since}
      AND NOT EXISTS (SELECT 1 FROM answer o WHERE o.task_id = t.id AND o.member_id = s.member_id))`;

/** An open task's answers and its cards out (as selectTasksWithRoom counts them) as of now. */
export interface TaskRoomRow {
  answer_count: number;
  pending: number;
}

/**
 * An open task's answer count and its `pending` cards: served to other members since
 * `servedSince` and not answered, every one committed so far. Undefined once it closed.
 */
export async function selectTaskRoom(q: Queryable, taskId: number, memberId: number, servedSince: Date): Promise<TaskRoomRow | undefined> {
  const rows: TaskRoomRow[] = await q.query(
    `SELECT t.answer_count,
            ${pendingCards('$2', '$3')}::int AS pending
       FROM task t WHERE t.id = $1 AND t.status = 'open'`,
    [taskId, memberId, servedSince],
  );
  return rows[0];
}

/**
 * The fullest open tasks of a campaign the member has not answered (at most CANDIDATES):
 * gold ones, or regular ones whose overlap is not full (below `maxAnswersPerTask`); never
 * the check of a contribution the member wrote (task.author_id). A regular one comes with
 * its `pending` cards: served to other members since `servedSince` and not answered.
 * Regular tasks come from here only when none has a slot left (selectTasksWithRoom).
 */
export function selectCandidateTasks(
  q: Queryable,
  campaignId: number,
  memberId: number,
  gold: boolean,
  maxAnswersPerTask: number,
  servedSince: Date,
): Promise<(CardTaskRow & { pending: number })[]> {
  // The kind's predicate is spelled out, not a flag: each must match its partial index
  // (task_assign_gold_idx, task_assign_regular_idx) for the fullest tasks to come off it in order.
  const kind = gold ? 't.gold_label IS NOT NULL' : 't.gold_label IS NULL AND t.answer_count < $3';
  return q.query(
    `SELECT t.id, t.payload, t.answer_count, t.status, t.consensus_label, t.gold_label,
            ${gold ? '0' : pendingCards('$2', '$4')}::int AS pending
       FROM task t
       WHERE t.campaign_id = $1 AND t.status = 'open' AND ${kind}
         AND NOT EXISTS (SELECT 1 FROM answer a WHERE a.task_id = t.id AND a.member_id = $2)
         AND t.author_id IS DISTINCT FROM $2
       ORDER BY t.answer_count DESC, t.id
       LIMIT ${CANDIDATES}`,
    gold ? [campaignId, memberId] : [campaignId, memberId, maxAnswersPerTask, servedSince],
  );
}

/**
 * The fullest regular open tasks of a campaign (at most CANDIDATES) that the member may be
 * served and that still have a slot once their `pending` cards are counted (served to other
 * members since `servedSince` and not answered): roomFor in task-room.ts, the same rule.
 * Walks the fullest tasks down past every held one, so with many members at once its cost
 * grows with the cards out, not with the campaign; empty when every task is held.
 */
export function selectTasksWithRoom(
  q: Queryable,
  campaignId: number,
  memberId: number,
  slots: { answersPerTask: number; maxAnswersPerTask: number },
  servedSince: Date,
): Promise<(CardTaskRow & { pending: number })[]> {
  // The same predicate as selectCandidateTasks' regular kind, for task_assign_regular_idx.
  return q.query(
    `SELECT t.id, t.payload, t.answer_count, t.status, t.consensus_label, t.gold_label, p.pending
       FROM task t
       CROSS JOIN LATERAL (SELECT ${pendingCards('$2', '$5')}::int AS pending) p
       WHERE t.campaign_id = $1 AND t.status = 'open' AND t.gold_label IS NULL AND t.answer_count < $3
         AND NOT EXISTS (SELECT 1 FROM answer a WHERE a.task_id = t.id AND a.member_id = $2)
         AND t.author_id IS DISTINCT FROM $2
         AND CASE WHEN t.answer_count < $4 THEN t.answer_count + p.pending < $4 ELSE p.pending = 0 END
       ORDER BY t.answer_count DESC, t.id
       LIMIT ${CANDIDATES}`,
    [campaignId, memberId, slots.maxAnswersPerTask, slots.answersPerTask, servedSince],
  );
}

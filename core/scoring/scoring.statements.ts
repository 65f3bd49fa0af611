import type { EntityManager } from 'typeorm';
import type { CampaignOption } from '../domain/campaign-types';
import type { ConsensusMode } from '../domain/consensus-mode';
import type { TaskStatus } from '../domain/task-status';
import { namedQuery } from '../db/named-query';
import type { Suspicion } from '../consensus/reward-rules';

type Queryable = Pick<EntityManager, 'query'>;

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
export const SCORING_CAMPAIGN_COLUMNS = `c.answers_per_task, c.max_answers_per_task, c.reward_per_answer::text AS reward_per_answer, c.options, c.consensus_mode,
  c.target_confidence, c.min_accuracy, c.min_evidence, c.gold_min_answers, c.gold_max_failure, p.priors, p.baseline_confusion,
  p.settled_at IS NOT NULL AS settled`;

/**
 * The scoring read of answers as one json array ordered by id: each answer of `answers`
 * (a query of answer rows with id, member_id, campaign_id, choice) that votes, whether it
 * has its original ledger row, and its member's standing. A task has a handful of answers,
 * so each lookup is one index probe per answer, written so that the planner cannot turn
 * it into a join: on statistics older than the data (a fresh database; PGlite, which has
 * no autovacuum) it hashed the whole ledger and member table for three answers (1.7 ms of
 * a finalizing submit's 3.9 in a bench database analyzed before its first answer).
 */
export const scoringAnswersJson = (answers: string) => `(SELECT coalesce(json_agg(x ORDER BY x.id), '[]'::json) FROM (
  SELECT a.id, a.member_id, a.choice,
         (SELECT true FROM reward_ledger r WHERE r.answer_id = a.id AND r.corrects_id IS NULL) IS NOT NULL AS scored,
         s.accuracy, s.confusion, s.answers AS skill_answers, s.gold_answers, s.gold_correct, s.suspicion
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

import type { DataSource } from 'typeorm';
import type { TaskStatus } from '../db/entities';
import { namedQuery } from '../db/named-query';
import { isUniqueViolation } from '../db/pg-errors';
import { DomainError, type DomainErrorCode } from '../errors';
import { SCORING_CAMPAIGN_COLUMNS, SCORING_TASK_COLUMNS, scoringAnswersJson, type ScoringRead } from './scoring-context';
import type { AnswerReward, ScoringService } from './scoring.service';

export type { AnswerReward };

export interface SubmitInput {
  memberId: number;
  taskId: number;
  /** An option id of the task's campaign. */
  choice: string;
}

export interface SubmittedAnswer {
  answerId: string;
  taskId: number;
  memberId: number;
  choice: string;
  createdAt: Date;
}

export interface TaskState {
  taskId: number;
  campaignId: number;
  status: TaskStatus;
  answerCount: number;
  /** 0 for gold tasks, which never close by overlap. */
  answersPerTask: number;
  consensusLabel: string | null;
}

export type SubmitResult =
  | { outcome: 'accepted'; answer: SubmittedAnswer; task: TaskState; reward?: AnswerReward }
  | { outcome: 'duplicate'; answer: SubmittedAnswer; task: TaskState }
  | { outcome: 'rejected'; error: DomainError };

export interface AnswerServiceOptions {
  /** Answers a member may submit per rolling minute; 0 = no limit. */
  answersPerMinute: number;
}

/** The task as the record statement read it, and what it wrote (id null: nothing). */
interface RecordRow {
  campaign_id: number;
  status: TaskStatus;
  answer_count: number;
  gold: boolean;
  consensus_label: string | null;
  campaign_status: string;
  answers_per_task: number;
  max_answers_per_task: number;
  valid_option: boolean;
  banned: boolean | null;
  recent: number;
  existing_id: string | number | null;
  existing_choice: string | null;
  existing_at: Date | null;
  id: string | number | null;
  created_at: Date | null;
  recorded_count: number | null;
  /** The scoring read, when this answer may decide its task and the statement saw all its answers. */
  scoring: ScoringRead | null;
}

type TaskRow = Pick<RecordRow, 'campaign_id' | 'status' | 'answer_count' | 'gold' | 'consensus_label' | 'answers_per_task'>;

/**
 * One statement, one round trip: reads the task, its campaign, the member and any first
 * answer of the member (pre), and, only when every check passes, takes a slot and records
 * the answer. The slot UPDATE re-checks status and count on the row it locks, so the last
 * open slot goes to exactly one member; a concurrent duplicate of the same member hits the
 * unique (task, member) key, which aborts the whole statement, count included. When
 * nothing is written, pre's columns say why.
 *
 * When the answer may decide its task, the same statement also makes the scoring read
 * (scoring-context.ts) that ScoringService would make next, saving it a round trip: the
 * task as the slot UPDATE left it (its version is this statement's), and the answers the
 * statement's snapshot sees plus the one it inserts. That is every answer of the task only
 * if none committed between the snapshot and the slot's row lock (the UPDATE then works on
 * the newer row, the reads do not): the snapshot's count plus one must be the count the
 * slot wrote, else scoring is null and the scorer reads for itself.
 */
const RECORD_SQL = `WITH pre AS (
  SELECT t.campaign_id, t.status, t.answer_count, t.gold_label IS NOT NULL AS gold, t.consensus_label,
         c.status AS campaign_status, c.answers_per_task, c.max_answers_per_task,
         c.options @> jsonb_build_array(jsonb_build_object('id', $3::text)) AS valid_option,
         (SELECT banned_at IS NOT NULL FROM member WHERE id = $2) AS banned,
         CASE WHEN $4::int > 0 THEN (SELECT count(*)::int FROM answer r WHERE r.member_id = $2 AND r.created_at > now() - interval '60 seconds') ELSE 0 END AS recent,
         a.id AS existing_id, a.choice AS existing_choice, a.created_at AS existing_at
  FROM task t JOIN campaign c ON c.id = t.campaign_id
  LEFT JOIN answer a ON a.task_id = t.id AND a.member_id = $2
  WHERE t.id = $1
), slot AS (
  UPDATE task t SET answer_count = t.answer_count + 1
  WHERE t.id = $1 AND t.status = 'open'
    AND (SELECT existing_id IS NULL AND NOT banned AND valid_option AND campaign_status = 'active' AND ($4::int = 0 OR recent < $4::int) FROM pre)
    AND (t.gold_label IS NOT NULL OR t.answer_count < (SELECT max_answers_per_task FROM pre))
  RETURNING t.answer_count, ${SCORING_TASK_COLUMNS}
), ins AS (
  INSERT INTO answer (task_id, member_id, campaign_id, choice) SELECT $1, $2, pre.campaign_id, $3 FROM slot, pre
  RETURNING id, created_at, member_id, campaign_id, choice
)
SELECT pre.*, ins.id, ins.created_at, slot.answer_count AS recorded_count,
  CASE WHEN ins.id IS NOT NULL AND (pre.gold OR slot.answer_count >= pre.answers_per_task)
        AND (SELECT count(*) FROM answer WHERE task_id = $1) + 1 = slot.answer_count
  THEN (SELECT json_build_object(
          'task', (SELECT row_to_json(x) FROM (SELECT slot.*, ${SCORING_CAMPAIGN_COLUMNS}
                   FROM campaign c LEFT JOIN campaign_model p ON p.campaign_id = c.id WHERE c.id = slot.campaign_id) x),
          'answers', ${scoringAnswersJson('SELECT id, member_id, campaign_id, choice FROM answer WHERE task_id = $1 UNION ALL SELECT id, member_id, campaign_id, choice FROM ins')}))
  END AS scoring
FROM pre LEFT JOIN slot ON true LEFT JOIN ins ON true`;

const reject = <C extends DomainErrorCode>(code: C, details: DomainError<C>['details']): SubmitResult => ({
  outcome: 'rejected',
  error: new DomainError(code, details),
});

export class AnswerService {
  constructor(
    private readonly ds: DataSource,
    private readonly scoring: ScoringService,
    private readonly opts: AnswerServiceOptions,
  ) {}

  /**
   * Records a member's answer. A repeated submit for the same (task, member) returns the
   * first answer, also under concurrency: the unique (task, member) key decides, never a
   * check-then-insert. The task's slot count is taken under its row lock, so the last
   * open slot goes to exactly one member. When the answer may decide the task, the task is
   * scored right after (ScoringService) and every answer gets its ledger row.
   * Rejections (task closed or full, campaign paused, banned, too fast) are returned.
   * @throws DomainError task.not_found, answer.invalid_option
   */
  async submit(input: SubmitInput): Promise<SubmitResult> {
    const { memberId, taskId, choice } = input;
    const limit = this.opts.answersPerMinute;
    let rows: RecordRow[];
    try {
      rows = await namedQuery<RecordRow>(this.ds, 'answer_record', RECORD_SQL, [taskId, memberId, choice, limit]);
    } catch (e) {
      // This member's concurrent twin got in first: its answer is the result.
      if (!isUniqueViolation(e, 'answer_task_member_uq')) throw e;
      return this.unrecorded(input);
    }
    const t = rows[0];
    if (!t) throw new DomainError('task.not_found', { taskId });
    if (t.id === null) {
      if (t.existing_id !== null) return duplicate(input, t, { id: t.existing_id, choice: t.existing_choice!, created_at: t.existing_at! });
      if (t.banned === null) throw new DomainError('member.not_found', { memberId });
      if (!t.valid_option) throw new DomainError('answer.invalid_option', { taskId, option: choice });
      if (t.banned) return reject('member.banned', { memberId });
      if (t.campaign_status !== 'active') return reject('answer.campaign_paused', { campaignId: t.campaign_id, status: t.campaign_status });
      if (t.status !== 'open') return reject('answer.task_closed', { taskId });
      if (!t.gold && t.answer_count >= t.max_answers_per_task) return reject('answer.task_full', { taskId });
      if (limit > 0 && t.recent >= limit) return reject('answer.rate_limited', { retryAfterSeconds: 60 });
      // Every check passed on the statement's snapshot, but the task row changed before
      // the slot could be taken: it closed, filled or its campaign paused meanwhile.
      return this.unrecorded(input);
    }
    const answer: SubmittedAnswer = { answerId: String(t.id), taskId, memberId, choice, createdAt: t.created_at! };
    const state = taskState(taskId, t);
    state.answerCount = t.recorded_count!;
    // Score when this answer may decide the task (or checks a gold one). A crash before
    // this point leaves an unscored answer that the scoring sweep picks up.
    if (!t.gold && state.answerCount < t.answers_per_task) return { outcome: 'accepted', answer, task: state };
    const scored = await this.scoring.scoreTask(taskId, answer.answerId, t.scoring ?? undefined);
    state.status = t.gold ? 'open' : scored.status;
    state.consensusLabel = scored.consensusLabel;
    return { outcome: 'accepted', answer, task: state, reward: scored.reward };
  }

  /**
   * The result of a submit that wrote nothing although its checks passed (or that met its
   * concurrent twin): read again what stopped it.
   */
  private async unrecorded(input: SubmitInput): Promise<SubmitResult> {
    const { taskId, memberId } = input;
    const [now] = await this.ds.query(
      `SELECT t.campaign_id, t.status, t.answer_count, t.gold_label IS NOT NULL AS gold, t.consensus_label, c.answers_per_task,
              c.status AS campaign_status, a.id AS answer_id, a.choice, a.created_at
       FROM task t JOIN campaign c ON c.id = t.campaign_id LEFT JOIN answer a ON a.task_id = t.id AND a.member_id = $2
       WHERE t.id = $1`,
      [taskId, memberId],
    );
    if (!now) throw new DomainError('task.not_found', { taskId });
    if (now.answer_id !== null) return duplicate(input, now, { id: now.answer_id, choice: now.choice, created_at: now.created_at });
    if (now.campaign_status !== 'active') return reject('answer.campaign_paused', { campaignId: now.campaign_id, status: now.campaign_status });
    return reject(now.status === 'open' ? 'answer.task_full' : 'answer.task_closed', { taskId });
  }
}

/** The member's first answer to the task, returned for a repeated submit. */
function duplicate(input: SubmitInput, t: TaskRow, first: { id: string | number; choice: string; created_at: Date }): SubmitResult {
  return {
    outcome: 'duplicate',
    answer: { answerId: String(first.id), taskId: input.taskId, memberId: input.memberId, choice: first.choice, createdAt: first.created_at },
    task: taskState(input.taskId, t),
  };
}

function taskState(taskId: number, t: TaskRow): TaskState {
  return {
    taskId,
    campaignId: t.campaign_id,
    status: t.status,
    answerCount: t.answer_count,
    answersPerTask: t.gold ? 0 : t.answers_per_task,
    consensusLabel: t.consensus_label,
  };
}

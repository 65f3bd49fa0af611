import type { DataSource } from 'typeorm';
import type { CampaignOption, TaskStatus } from '../db/entities';
import { namedQuery } from '../db/named-query';
import { isUniqueViolation } from '../db/pg-errors';
import { DomainError, type DomainErrorCode } from '../errors';
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

interface TaskRow {
  campaign_id: number;
  status: TaskStatus;
  answer_count: number;
  gold_label: string | null;
  consensus_label: string | null;
  campaign_status: string;
  options: CampaignOption[];
  answers_per_task: number;
  max_answers_per_task: number;
  reward_per_answer: string;
  banned: boolean | null;
  recent: number;
  existing_id: string | number | null;
  existing_choice: string | null;
  existing_at: Date | null;
}

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
    const rows = await namedQuery<TaskRow>(
      this.ds,
      'answer_preread',
      `SELECT t.campaign_id, t.status, t.answer_count, t.gold_label, t.consensus_label,
              c.status AS campaign_status, c.options, c.answers_per_task, c.max_answers_per_task, c.reward_per_answer,
              (SELECT banned_at IS NOT NULL FROM member WHERE id = $2) AS banned,
              CASE WHEN $3::int > 0 THEN (SELECT count(*)::int FROM answer r WHERE r.member_id = $2 AND r.created_at > now() - interval '60 seconds') ELSE 0 END AS recent,
              a.id AS existing_id, a.choice AS existing_choice, a.created_at AS existing_at
       FROM task t JOIN campaign c ON c.id = t.campaign_id
       LEFT JOIN answer a ON a.task_id = t.id AND a.member_id = $2
       WHERE t.id = $1`,
      [taskId, memberId, this.opts.answersPerMinute],
    );
    const t = rows[0];
    if (!t) throw new DomainError('task.not_found', { taskId });
    if (t.existing_id !== null) return duplicate(input, t, { id: t.existing_id, choice: t.existing_choice!, created_at: t.existing_at! });
    if (t.banned === null) throw new DomainError('member.not_found', { memberId });
    if (!t.options.some((o) => o.id === choice)) throw new DomainError('answer.invalid_option', { taskId, option: choice });
    if (t.banned) return reject('member.banned', { memberId });
    if (t.campaign_status !== 'active') return reject('answer.campaign_paused', { campaignId: t.campaign_id, status: t.campaign_status });
    if (t.status !== 'open') return reject('answer.task_closed', { taskId });
    if (t.gold_label === null && t.answer_count >= t.max_answers_per_task) return reject('answer.task_full', { taskId });
    if (this.opts.answersPerMinute > 0 && t.recent >= this.opts.answersPerMinute) return reject('answer.rate_limited', { retryAfterSeconds: 60 });

    // One statement takes the slot and records the answer: the task's row lock gives the
    // last open slot to exactly one member; a concurrent duplicate of the same member hits
    // the unique (task, member) key, which aborts the whole statement, count included.
    let recorded: { id: string | number; created_at: Date; answer_count: number }[];
    try {
      recorded = await namedQuery(
        this.ds,
        'answer_record',
        `WITH slot AS (
           UPDATE task SET answer_count = answer_count + 1
           WHERE id = $1 AND status = 'open' AND (gold_label IS NOT NULL OR answer_count < $5)
             AND EXISTS (SELECT 1 FROM campaign WHERE id = $3 AND status = 'active')
           RETURNING answer_count
         ), ins AS (
           INSERT INTO answer (task_id, member_id, campaign_id, choice) SELECT $1, $2, $3, $4 FROM slot RETURNING id, created_at
         )
         SELECT ins.id, ins.created_at, slot.answer_count FROM ins, slot`,
        [taskId, memberId, t.campaign_id, choice, t.max_answers_per_task],
      );
    } catch (e) {
      if (!isUniqueViolation(e, 'answer_task_member_uq')) throw e;
      recorded = [];
    }
    if (recorded.length === 0) {
      // No slot: either this member's concurrent twin got in first (then that answer is the
      // result), or the task closed, filled or its campaign paused meanwhile.
      const [now] = await this.ds.query(
        `SELECT t.status, c.status AS campaign_status, a.id AS answer_id, a.choice, a.created_at
         FROM task t JOIN campaign c ON c.id = t.campaign_id LEFT JOIN answer a ON a.task_id = t.id AND a.member_id = $2
         WHERE t.id = $1`,
        [taskId, memberId],
      );
      if (now.answer_id !== null) return duplicate(input, t, { id: now.answer_id, choice: now.choice, created_at: now.created_at });
      if (now.campaign_status !== 'active') return reject('answer.campaign_paused', { campaignId: t.campaign_id, status: now.campaign_status });
      return reject(now.status === 'open' ? 'answer.task_full' : 'answer.task_closed', { taskId });
    }
    const answer: SubmittedAnswer = { answerId: String(recorded[0]!.id), taskId, memberId, choice, createdAt: recorded[0]!.created_at };
    const state: TaskState = { ...taskState(taskId, t), answerCount: recorded[0]!.answer_count };
    // Score when this answer may decide the task (or checks a gold one). A crash before
    // this point leaves an unscored answer that the scoring sweep picks up.
    if (t.gold_label === null && state.answerCount < t.answers_per_task) return { outcome: 'accepted', answer, task: state };
    const scored = await this.scoring.scoreTask(taskId, answer.answerId);
    return {
      outcome: 'accepted',
      answer,
      task: { ...state, status: t.gold_label === null ? scored.status : 'open', consensusLabel: scored.consensusLabel },
      reward: scored.reward,
    };
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
    answersPerTask: t.gold_label === null ? t.answers_per_task : 0,
    consensusLabel: t.consensus_label,
  };
}

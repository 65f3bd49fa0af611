import type { DataSource } from 'typeorm';
import { systemClock, type Clock } from '../clock';
import type { TaskStatus } from '../domain/task-status';
import { Coalescer } from '../db/coalescer';
import { isEmbedded } from '../db/named-query';
import { isUniqueViolation } from '../db/pg-errors';
import { DomainError, type DomainErrorCode } from '../errors';
import type { AnswerReward, ScoringService } from '../scoring/scoring.service';
import { shownCount } from '../tasks/shown-count';
import { sidesSwapped } from '../tasks/pair-order';
import { admit, type AdmissionRule } from './admission';
import { recordAnswer, recordAnswers, selectUnrecorded, submitFacts, type RecordRow, type RecordSubmit } from './answer.statements';

export type { AnswerReward };

export interface SubmitInput {
  memberId: number;
  taskId: number;
  /** An option id of the task's campaign. */
  choice: string;
  /**
   * The group or channel card the answer was pressed on ("platform:chatId" and the
   * message's id as decimal text); absent for a /task card or a call without a chat. A
   * press on an open posted card of this task in that chat serves the task (admission.ts).
   */
  card?: CardPress;
}

/** Where a button press came from. */
export interface CardPress {
  chatId: string;
  messageId: string;
}

export interface SubmittedAnswer {
  answerId: string;
  taskId: number;
  memberId: number;
  choice: string;
  createdAt: Date;
  /** A pairwise answer's order: whether the member saw output b first (null for other kinds). */
  swapped: boolean | null;
}

export interface TaskState {
  taskId: number;
  campaignId: number;
  status: TaskStatus;
  /** The count core hands out (shownCount: capped the same way for every task); chats leave it off replies. */
  answerCount: number;
  /** The campaign's overlap target, for gold tasks too (they look like regular ones). */
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

type TaskRow = Pick<RecordRow, 'status' | 'answer_count' | 'gold' | 'consensus_label' | 'answers_per_task'> & { campaign_id: number };

/** A submit and when it arrived (its think time ends here). */
type TimedSubmit = SubmitInput & { at: Date };

/** A batch's outcome for one submit: its row, or 'twin' when its concurrent twin's answer got in first. */
type Recorded = RecordRow | 'twin';

/**
 * Record statements in flight at once. Submits of one lane (task id modulo this) wait while
 * its statement runs and then go as the next one: under load one statement, one commit
 * and one WAL flush serve many submits. One lane makes the largest batches and the least
 * CPU per submit (bench/RESULTS.md, bench:answers).
 */
const RECORD_LANES = 1;

const reject = <C extends DomainErrorCode>(code: C, details: DomainError<C>['details']): SubmitResult => ({
  outcome: 'rejected',
  error: new DomainError(code, details),
});

export class AnswerService {
  /** Concurrent submits, recorded in batches of distinct tasks and members (answer.statements.ts). */
  private readonly records = new Coalescer<number, TimedSubmit, Recorded>((_, batch) => this.recordBatch(batch), {
    keysOf: (i) => [`task ${i.taskId}`, `member ${i.memberId}`],
  });

  constructor(
    private readonly ds: DataSource,
    private readonly scoring: ScoringService,
    private readonly opts: AnswerServiceOptions,
    private readonly clock: Clock = systemClock,
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
    const t = await this.records.submit(taskId % RECORD_LANES, { ...input, at: this.clock() });
    // This member's concurrent twin got in first: its answer is the result.
    if (t === 'twin') return this.unrecorded(input);
    if (t.id === null) {
      const verdict = admit(submitFacts(t, this.opts.answersPerMinute));
      // Every rule passed on the statement's snapshot, but the task row changed before the
      // slot could be taken: it closed, filled or its campaign paused meanwhile.
      if (verdict.admitted) return this.unrecorded(input);
      return refusal(verdict.rule, input, t);
    }
    const answer: SubmittedAnswer = { answerId: String(t.id), taskId, memberId, choice, createdAt: t.created_at!, swapped: t.swapped };
    const state = taskState(taskId, { ...(t as TaskRow), answer_count: t.recorded_count! }, true);
    // Score when this answer may decide the task. A crash before this point leaves an
    // unscored answer that the scoring sweep picks up. A gold answer is never judged here:
    // the scoring round judges it with the others (gold stays secret, issue 14).
    if (t.gold || state.answerCount < t.answers_per_task) return { outcome: 'accepted', answer, task: state };
    const scored = await this.scoring.scoreTask(taskId, answer.answerId, t.scoring ?? undefined);
    state.status = scored.status;
    state.consensusLabel = scored.consensusLabel;
    return { outcome: 'accepted', answer, task: state, reward: scored.reward };
  }

  /**
   * Records a batch in one statement. A batch that fails goes again one submit at a time
   * (Coalescer), so that a submit's error (its twin's unique key, a bad id) is its own.
   */
  private async recordBatch(batch: TimedSubmit[]): Promise<Recorded[]> {
    const submits = batch.map(recordSubmit);
    try {
      if (submits.length === 1 && isEmbedded(this.ds)) return [await recordAnswer(this.ds, submits[0]!, this.opts.answersPerMinute)];
      return await recordAnswers(this.ds, submits, this.opts.answersPerMinute);
    } catch (e) {
      if (batch.length === 1 && isUniqueViolation(e, 'answer_task_member_uq')) return ['twin'];
      throw e;
    }
  }

  /**
   * The result of a submit that wrote nothing although its checks passed (or that met its
   * concurrent twin): read again what stopped it.
   */
  private async unrecorded(input: SubmitInput): Promise<SubmitResult> {
    const { taskId, memberId } = input;
    const now = await selectUnrecorded(this.ds, taskId, memberId);
    if (!now) throw new DomainError('task.not_found', { taskId });
    if (now.answer_id !== null) return duplicate(input, now, { id: now.answer_id, choice: now.choice!, created_at: now.created_at!, swapped: now.swapped });
    if (now.campaign_status !== 'active') return reject('answer.campaign_paused', { campaignId: now.campaign_id, status: now.campaign_status });
    return reject(now.status === 'open' ? 'answer.task_full' : 'answer.task_closed', { taskId });
  }
}

/** A submit's fields as the record statement takes them; a card press only with a numeric message id. */
function recordSubmit(i: TimedSubmit): RecordSubmit {
  const card = i.card && /^\d{1,19}$/.test(i.card.messageId) ? i.card : undefined;
  // The orders a pairwise card had for this member: on their own card, and on the pressed
  // chat's posted card, if the press was on one (the statement tells which, pair-order.ts).
  return {
    taskId: i.taskId,
    memberId: i.memberId,
    choice: i.choice,
    at: i.at,
    chatId: card?.chatId ?? null,
    messageId: card?.messageId ?? null,
    swappedMember: sidesSwapped(i.taskId, { memberId: i.memberId }),
    swappedCard: card ? sidesSwapped(i.taskId, { chatId: card.chatId }) : null,
  };
}

/**
 * What a refused submit gets: the duplicate's first answer, a rejection (an expected
 * outcome), or a thrown DomainError for what no chat button can produce. Contributions
 * (ContributionService) are refused by the same words.
 */
export function refusal(rule: AdmissionRule, input: SubmitInput, t: RecordRow): SubmitResult {
  const { taskId, memberId, choice } = input;
  switch (rule) {
    case 'task_exists':
      throw new DomainError('task.not_found', { taskId });
    case 'first_answer':
      return duplicate(input, t as TaskRow, { id: t.existing_id!, choice: t.existing_choice!, created_at: t.existing_at!, swapped: t.existing_swapped });
    case 'member_exists':
      throw new DomainError('member.not_found', { memberId });
    case 'served':
      return reject('answer.not_served', { taskId });
    case 'not_author':
      return reject('answer.own_contribution', { taskId });
    case 'valid_option':
      throw new DomainError('answer.invalid_option', { taskId, option: choice });
    case 'not_banned':
      return reject('member.banned', { memberId });
    case 'campaign_active':
      return reject('answer.campaign_paused', { campaignId: t.campaign_id!, status: t.campaign_status });
    case 'task_open':
      return reject('answer.task_closed', { taskId });
    case 'task_has_room':
      return reject('answer.task_full', { taskId });
    case 'under_rate_limit':
      return reject('answer.rate_limited', { retryAfterSeconds: 60 });
  }
}

/** The member's first answer to the task, returned for a repeated submit. */
function duplicate(input: SubmitInput, t: TaskRow, first: { id: string | number; choice: string; created_at: Date; swapped: boolean | null }): SubmitResult {
  return {
    outcome: 'duplicate',
    answer: { answerId: String(first.id), taskId: input.taskId, memberId: input.memberId, choice: first.choice, createdAt: first.created_at, swapped: first.swapped },
    task: taskState(input.taskId, t),
  };
}

/**
 * The task after a submit: the count as a member may see it (shownCount, the same rule for
 * gold and regular tasks); a gold task reads as open, without a label. Chats show neither the
 * status nor the reward on submit (gold stays secret, issue 14); callers in core may use them.
 */
function taskState(taskId: number, t: TaskRow, answered = false): TaskState {
  return {
    taskId,
    campaignId: t.campaign_id,
    status: t.status,
    answerCount: shownCount(t.answer_count, t.answers_per_task, answered),
    answersPerTask: t.answers_per_task,
    consensusLabel: t.gold ? null : t.consensus_label,
  };
}

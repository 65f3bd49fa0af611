import type { DataSource } from 'typeorm';
import { systemClock, type Clock } from '../clock';
import type { TaskStatus } from '../domain/task-status';
import { Coalescer } from '../db/coalescer';
import { isEmbedded, namedQuery } from '../db/named-query';
import { isUniqueViolation } from '../db/pg-errors';
import { DomainError, type DomainErrorCode } from '../errors';
import { SCORING_CAMPAIGN_COLUMNS, SCORING_TASK_COLUMNS, scoringAnswersJson, type ScoringRead } from '../scoring/scoring-context';
import type { AnswerReward, ScoringService } from '../scoring/scoring.service';
import { SERVED_AT_SQL, THINK_MS_SQL } from './admission';
import { shownCount } from '../tasks/shown-count';

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

/** One submit as the record statement read it, and what it wrote (id null: nothing). */
interface RecordRow {
  /** The submit's place in its batch. */
  n: number;
  /** Null when the task does not exist (then so is every column up to id). */
  campaign_id: number | null;
  status: TaskStatus;
  answer_count: number;
  gold: boolean;
  consensus_label: string | null;
  campaign_status: string;
  answers_per_task: number;
  max_answers_per_task: number;
  valid_option: boolean;
  /** Whether the task was served to the member (admission.ts); null when the task does not exist. */
  served: boolean | null;
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

type TaskRow = Pick<RecordRow, 'status' | 'answer_count' | 'gold' | 'consensus_label' | 'answers_per_task'> & { campaign_id: number };

/** A submit and when it arrived (its think time ends here). */
type TimedSubmit = SubmitInput & { at: Date };

/** A batch's outcome for one submit: its row, or 'twin' when its concurrent twin's answer got in first. */
type Recorded = RecordRow | 'twin';

/** A press's message id as the statements take it: decimal digits (a bigint), else no card. */
const messageIdOf = (card: CardPress | undefined): string | null => (card && /^\d{1,19}$/.test(card.messageId) ? card.messageId : null);

/**
 * The record statement's scoring column for the answer on `task` (pre, slot and ins in
 * scope): the scoring read when the answer may decide its task and the statement saw all
 * its answers (see RECORD_SQL), else null.
 */
const scoringReadSql = (task: string) => `CASE WHEN ins.id IS NOT NULL AND NOT pre.gold AND slot.answer_count >= pre.answers_per_task
        AND (SELECT count(*) FROM answer x WHERE x.task_id = ${task}) + 1 = slot.answer_count
  THEN (SELECT json_build_object(
          'task', (SELECT row_to_json(x) FROM (SELECT slot.*, ${SCORING_CAMPAIGN_COLUMNS}
                   FROM campaign c LEFT JOIN campaign_model p ON p.campaign_id = c.id WHERE c.id = slot.campaign_id) x),
          'answers', ${scoringAnswersJson(`SELECT id, member_id, campaign_id, choice FROM answer WHERE task_id = ${task} UNION ALL SELECT id, member_id, campaign_id, choice FROM ins i WHERE i.task_id = ${task}`)}))
  END AS scoring`;

/**
 * Record statements in flight at once. Submits of one lane (task id modulo this) wait while
 * its statement runs and then go as the next one: under load one statement, one commit
 * and one WAL flush serve many submits. One lane makes the largest batches and the least
 * CPU per submit: bench:answers, 20,000-submit windows on 2 shared cores, 1 lane 4,996 and
 * 5,179 answers/s (p99 21 ms), 2 lanes 4,173-4,370 (p99 23-24), 4 lanes 3,158-3,265 (28-30).
 */
const RECORD_LANES = 1;

/**
 * One statement, one round trip, for a batch of submits of distinct tasks and distinct
 * members (so each row behaves as if it ran alone, concurrently with the others): reads
 * each submit's task, its campaign, the member and any first answer of the member (pre),
 * and, only where every check passes, takes a slot and records the answer. The task rows
 * are locked first, in id order, as the scoring writes lock them (a batch holds several:
 * in another order two statements could wait for each other). The slot UPDATE re-checks
 * status and count on the row it locks, so the last open slot goes to exactly one member;
 * a concurrent duplicate of the same member hits the unique (task, member) key, which
 * aborts the whole statement, counts included. When nothing is written for a submit,
 * pre's columns say why.
 *
 * When an answer may decide its task, the same statement also makes the scoring read
 * (scoring-context.ts) that ScoringService would make next, saving it a round trip: the
 * task as the slot UPDATE left it (its version is this statement's), and the answers the
 * statement's snapshot sees plus the one it inserts. That is every answer of the task only
 * if none committed between the snapshot and the slot's row lock (the UPDATE then works on
 * the newer row, the reads do not): the snapshot's count plus one must be the count the
 * slot wrote, else scoring is null and the scorer reads for itself.
 *
 * Every parameter is read through a scalar subquery, which the planner sees as unknown in
 * the per-call plans too: a named statement gets plans for its first five calls with the
 * values in, then keeps one generic plan only if that costs no more than those did. Seeing
 * the array lengths, a batch of one or two looked cheaper than the generic guess (ten
 * rows), and the statement was planned again on every call (bench:answers: 0.46-0.69 ms of
 * server CPU per submit instead of 0.18, depending on the first batches' sizes).
 */
const RECORD_SQL = `WITH r AS (
  SELECT * FROM unnest((SELECT $1::int[]), (SELECT $2::int[]), (SELECT $3::text[]), (SELECT $5::timestamptz[]), (SELECT $6::text[]), (SELECT $7::bigint[]))
    WITH ORDINALITY AS r(task_id, member_id, choice, at, chat_id, message_id, n)
), lk AS (
  SELECT t.id FROM task t WHERE t.id IN (SELECT task_id FROM r) ORDER BY t.id FOR NO KEY UPDATE
), pre AS (
  SELECT r.n, r.task_id, r.member_id, r.choice, r.at,
         t.campaign_id, t.status, t.answer_count, t.gold_label IS NOT NULL AS gold, t.consensus_label,
         c.status AS campaign_status, c.answers_per_task, c.max_answers_per_task,
         c.options @> jsonb_build_array(jsonb_build_object('id', r.choice)) AS valid_option,
         CASE WHEN mb.id IS NOT NULL THEN mb.banned_at IS NOT NULL END AS banned,
         CASE WHEN (SELECT $4::int) > 0 THEN (SELECT count(*)::int FROM answer x WHERE x.member_id = r.member_id AND x.created_at > now() - interval '60 seconds') ELSE 0 END AS recent,
         a.id AS existing_id, a.choice AS existing_choice, a.created_at AS existing_at,
         ${SERVED_AT_SQL('s', 'pc')} AS served_at, s.served_at IS NULL AS first_serve
  FROM r JOIN task t ON t.id = r.task_id JOIN campaign c ON c.id = t.campaign_id
  LEFT JOIN member mb ON mb.id = r.member_id
  LEFT JOIN answer a ON a.task_id = r.task_id AND a.member_id = r.member_id
  LEFT JOIN task_serve s ON s.task_id = r.task_id AND s.member_id = r.member_id
  LEFT JOIN posted_card pc ON pc.chat_id = r.chat_id AND pc.task_id = r.task_id AND pc.message_id = r.message_id
), serve AS (
  INSERT INTO task_serve (task_id, member_id, served_at)
  SELECT pre.task_id, pre.member_id, pre.served_at FROM pre WHERE pre.first_serve AND pre.served_at IS NOT NULL AND pre.banned IS NOT NULL
  ON CONFLICT DO NOTHING
), slot AS (
  UPDATE task t SET answer_count = t.answer_count + 1
  FROM pre
  WHERE t.id = pre.task_id AND t.status = 'open' AND t.id IN (SELECT id FROM lk)
    AND pre.existing_id IS NULL AND pre.served_at IS NOT NULL AND NOT pre.banned AND pre.valid_option AND pre.campaign_status = 'active' AND ((SELECT $4::int) = 0 OR pre.recent < (SELECT $4::int))
    AND (t.gold_label IS NOT NULL OR t.answer_count < pre.max_answers_per_task)
  RETURNING t.id AS task_id, t.answer_count, ${SCORING_TASK_COLUMNS}
), ins AS (
  INSERT INTO answer (task_id, member_id, campaign_id, choice, think_ms)
  SELECT pre.task_id, pre.member_id, pre.campaign_id, pre.choice, ${THINK_MS_SQL('pre.at', 'pre.served_at')}
  FROM slot JOIN pre ON pre.task_id = slot.task_id
  RETURNING id, created_at, task_id, member_id, campaign_id, choice
)
SELECT r.n, pre.campaign_id, pre.status, pre.answer_count, pre.gold, pre.consensus_label, pre.campaign_status, pre.answers_per_task,
       pre.max_answers_per_task, pre.valid_option, pre.served_at IS NOT NULL AS served, pre.banned, pre.recent, pre.existing_id, pre.existing_choice, pre.existing_at,
       ins.id, ins.created_at, slot.answer_count AS recorded_count,
  ${scoringReadSql('r.task_id')}
FROM r LEFT JOIN pre ON pre.n = r.n LEFT JOIN slot ON slot.task_id = r.task_id LEFT JOIN ins ON ins.task_id = r.task_id`;

/**
 * RECORD_SQL for a lone submit, on embedded PGlite only. PGlite has no prepared statements:
 * it parses and plans every statement anew, and the batch form's planning (unnest, the
 * row locks in order, the joins per row) costs more than batching saves when submits come
 * one at a time: sequential submits on PGlite took 2.7 ms as one row and 4.2 ms as a batch
 * of one, and at 200 chat updates a second the bot's one thread ran saturated (bench:discord
 * ack p99 87 ms -> 1,006 ms). The same checks, the same slot UPDATE, the same scoring read.
 */
const RECORD_ONE_SQL = `WITH pre AS (
  SELECT 1 AS n, t.campaign_id, t.status, t.answer_count, t.gold_label IS NOT NULL AS gold, t.consensus_label,
         c.status AS campaign_status, c.answers_per_task, c.max_answers_per_task,
         c.options @> jsonb_build_array(jsonb_build_object('id', $3::text)) AS valid_option,
         (SELECT banned_at IS NOT NULL FROM member WHERE id = $2) AS banned,
         CASE WHEN $4::int > 0 THEN (SELECT count(*)::int FROM answer r WHERE r.member_id = $2 AND r.created_at > now() - interval '60 seconds') ELSE 0 END AS recent,
         a.id AS existing_id, a.choice AS existing_choice, a.created_at AS existing_at,
         ${SERVED_AT_SQL('s', 'pc')} AS served_at, s.served_at IS NULL AS first_serve
  FROM task t JOIN campaign c ON c.id = t.campaign_id
  LEFT JOIN answer a ON a.task_id = t.id AND a.member_id = $2
  LEFT JOIN task_serve s ON s.task_id = t.id AND s.member_id = $2
  LEFT JOIN posted_card pc ON pc.chat_id = $6::text AND pc.task_id = t.id AND pc.message_id = $7::bigint
  WHERE t.id = $1
), serve AS (
  INSERT INTO task_serve (task_id, member_id, served_at)
  SELECT $1, $2, pre.served_at FROM pre WHERE pre.first_serve AND pre.served_at IS NOT NULL AND pre.banned IS NOT NULL
  ON CONFLICT DO NOTHING
), slot AS (
  UPDATE task t SET answer_count = t.answer_count + 1
  WHERE t.id = $1 AND t.status = 'open'
    AND (SELECT existing_id IS NULL AND served_at IS NOT NULL AND NOT banned AND valid_option AND campaign_status = 'active' AND ($4::int = 0 OR recent < $4::int) FROM pre)
    AND (t.gold_label IS NOT NULL OR t.answer_count < (SELECT max_answers_per_task FROM pre))
  RETURNING t.answer_count, ${SCORING_TASK_COLUMNS}
), ins AS (
  INSERT INTO answer (task_id, member_id, campaign_id, choice, think_ms)
  SELECT $1, $2, pre.campaign_id, $3, ${THINK_MS_SQL('$5::timestamptz', 'pre.served_at')}
  FROM slot, pre
  RETURNING id, created_at, task_id, member_id, campaign_id, choice
)
SELECT pre.*, pre.served_at IS NOT NULL AS served, ins.id, ins.created_at, slot.answer_count AS recorded_count,
  ${scoringReadSql('$1')}
FROM pre LEFT JOIN slot ON true LEFT JOIN ins ON true`;

const reject = <C extends DomainErrorCode>(code: C, details: DomainError<C>['details']): SubmitResult => ({
  outcome: 'rejected',
  error: new DomainError(code, details),
});

export class AnswerService {
  /** Concurrent submits, recorded in batches of distinct tasks and members (RECORD_SQL). */
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
    const limit = this.opts.answersPerMinute;
    const t = await this.records.submit(taskId % RECORD_LANES, { ...input, at: this.clock() });
    // This member's concurrent twin got in first: its answer is the result.
    if (t === 'twin') return this.unrecorded(input);
    if (t.campaign_id === null) throw new DomainError('task.not_found', { taskId });
    if (t.id === null) {
      if (t.existing_id !== null) return duplicate(input, t as TaskRow, { id: t.existing_id, choice: t.existing_choice!, created_at: t.existing_at! });
      if (t.banned === null) throw new DomainError('member.not_found', { memberId });
      // Never served (a forged or foreign button): refused before anything about the task shows.
      if (!t.served) return reject('answer.not_served', { taskId });
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
    try {
      if (batch.length === 1 && isEmbedded(this.ds)) {
        const { taskId, memberId, choice, at, card } = batch[0]!;
        const [row] = await namedQuery<RecordRow>(this.ds, 'answer_record_one', RECORD_ONE_SQL, [
          taskId,
          memberId,
          choice,
          this.opts.answersPerMinute,
          at,
          messageIdOf(card) === null ? null : card!.chatId,
          messageIdOf(card),
        ]);
        // No row: the task does not exist.
        return [row ?? ({ n: 1, campaign_id: null } as RecordRow)];
      }
      const rows = await namedQuery<RecordRow>(this.ds, 'answer_record', RECORD_SQL, [
        batch.map((i) => i.taskId),
        batch.map((i) => i.memberId),
        batch.map((i) => i.choice),
        this.opts.answersPerMinute,
        batch.map((i) => i.at),
        batch.map((i) => (messageIdOf(i.card) === null ? null : i.card!.chatId)),
        batch.map((i) => messageIdOf(i.card)),
      ]);
      const byPlace = new Map(rows.map((r) => [Number(r.n), r]));
      return batch.map((_, i) => byPlace.get(i + 1)!);
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

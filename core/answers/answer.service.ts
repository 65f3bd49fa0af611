import type { DataSource, EntityManager } from 'typeorm';
import type { CampaignOption, TaskStatus } from '../db/entities';
import { DomainError, type DomainErrorCode } from '../errors';
import { decideMajority } from './majority';

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

/** What the member's own answer earned once scored; absent while the task is open. */
export interface AnswerReward {
  /** Base units; 0 when withheld. */
  amount: bigint;
  status: 'pending' | 'withheld';
  rule: string;
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
    private readonly opts: AnswerServiceOptions,
  ) {}

  /**
   * Records a member's answer. A repeated submit for the same (task, member) returns the
   * first answer, also under concurrency: the unique (task, member) key decides, never a
   * check-then-insert. The task's slot count is taken under its row lock, so the last
   * open slot goes to exactly one member. When the answer completes the overlap, the task
   * is scored in the same transaction and every answer gets its ledger row.
   * Rejections (task closed or full, campaign paused, banned, too fast) are returned.
   * @throws DomainError task.not_found, answer.invalid_option
   */
  async submit(input: SubmitInput): Promise<SubmitResult> {
    const { memberId, taskId, choice } = input;
    const rows: TaskRow[] = await this.ds.query(
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
    if (t.existing_id !== null) {
      return {
        outcome: 'duplicate',
        answer: { answerId: String(t.existing_id), taskId, memberId, choice: t.existing_choice!, createdAt: t.existing_at! },
        task: taskState(taskId, t),
      };
    }
    if (t.banned === null) throw new DomainError('member.not_found', { memberId });
    if (!t.options.some((o) => o.id === choice)) throw new DomainError('answer.invalid_option', { taskId, option: choice });
    if (t.banned) return reject('member.banned', { memberId });
    if (t.campaign_status !== 'active') return reject('answer.campaign_paused', { campaignId: t.campaign_id, status: t.campaign_status });
    if (t.status !== 'open') return reject('answer.task_closed', { taskId });
    if (t.gold_label === null && t.answer_count >= t.max_answers_per_task) return reject('answer.task_full', { taskId });
    if (this.opts.answersPerMinute > 0 && t.recent >= this.opts.answersPerMinute) return reject('answer.rate_limited', { retryAfterSeconds: 60 });

    try {
      return await this.ds.transaction((m) => this.record(m, input, t));
    } catch (e) {
      if (e instanceof SlotLost) return reject(e.code, { taskId });
      throw e;
    }
  }

  private async record(m: EntityManager, input: SubmitInput, t: TaskRow): Promise<SubmitResult> {
    const { memberId, taskId, choice } = input;
    const inserted = await m.query(
      `INSERT INTO answer (task_id, member_id, campaign_id, choice) VALUES ($1, $2, $3, $4)
       ON CONFLICT (task_id, member_id) DO NOTHING RETURNING id, created_at`,
      [taskId, memberId, t.campaign_id, choice],
    );
    if (inserted.length === 0) {
      // A concurrent submit of the same member won; return its answer.
      const [first] = await m.query(`SELECT id, choice, created_at FROM answer WHERE task_id = $1 AND member_id = $2`, [taskId, memberId]);
      return {
        outcome: 'duplicate',
        answer: { answerId: String(first.id), taskId, memberId, choice: first.choice, createdAt: first.created_at },
        task: taskState(taskId, t),
      };
    }
    const answer: SubmittedAnswer = { answerId: String(inserted[0].id), taskId, memberId, choice, createdAt: inserted[0].created_at };

    // Take the slot under the task's row lock. Losing here rolls the answer back.
    const [updated] = await m.query(
      `UPDATE task SET answer_count = answer_count + 1
       WHERE id = $1 AND status = 'open' AND (gold_label IS NOT NULL OR answer_count < $2)
         AND EXISTS (SELECT 1 FROM campaign WHERE id = $3 AND status = 'active')
       RETURNING answer_count`,
      [taskId, t.max_answers_per_task, t.campaign_id],
    );
    if (updated.length === 0) {
      const [now] = await m.query(`SELECT status FROM task WHERE id = $1`, [taskId]);
      throw new SlotLost(now.status === 'open' ? 'answer.task_full' : 'answer.task_closed');
    }
    const count: number = updated[0].answer_count;
    const reward = BigInt(t.reward_per_answer);

    if (t.gold_label !== null) {
      // Gold tasks check the member against the known answer right away.
      const match = choice === t.gold_label;
      const paid = match ? await this.spend(m, t.campaign_id, reward, 1) : 0;
      const row: AnswerReward =
        !match ? { amount: 0n, status: 'withheld', rule: 'gold.mismatch' }
        : paid === 1 ? { amount: reward, status: 'pending', rule: 'gold.match' }
        : { amount: 0n, status: 'withheld', rule: 'budget.exhausted' };
      await m.query(
        `INSERT INTO reward_ledger (member_id, campaign_id, task_id, answer_id, amount, status, rule, consensus_label)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [memberId, t.campaign_id, taskId, answer.answerId, row.amount.toString(), row.status, row.rule, t.gold_label],
      );
      return { outcome: 'accepted', answer, task: { ...taskState(taskId, t), answerCount: count }, reward: row };
    }

    const state: TaskState = { ...taskState(taskId, t), answerCount: count };
    if (count < t.answers_per_task) return { outcome: 'accepted', answer, task: state };

    const choices: { id: string; member_id: number; choice: string }[] = await m.query(
      `SELECT id, member_id, choice FROM answer WHERE task_id = $1 ORDER BY id`,
      [taskId],
    );
    const decision = decideMajority(
      choices.map((c) => c.choice),
      t.answers_per_task,
      t.max_answers_per_task,
    );
    if (decision.state === 'open') return { outcome: 'accepted', answer, task: state };

    await m.query(
      `UPDATE task SET status = $2, consensus_label = $3, consensus_confidence = $4, finalized_at = now() WHERE id = $1`,
      [taskId, decision.state, decision.label, decision.confidence],
    );
    const matches = choices.filter((c) => c.choice === decision.label);
    // Earliest matching answers are paid first when the budget runs short.
    const paid = matches.length === 0 ? 0 : await this.spend(m, t.campaign_id, reward, matches.length);
    const paidIds = new Set(matches.slice(0, paid).map((c) => String(c.id)));
    const ledger = choices.map((c) => {
      const id = String(c.id);
      if (paidIds.has(id)) return { id, member: c.member_id, amount: reward, status: 'pending' as const, rule: 'majority.match' };
      const rule = decision.label === null ? 'majority.tie' : c.choice !== decision.label ? 'majority.mismatch' : 'budget.exhausted';
      return { id, member: c.member_id, amount: 0n, status: 'withheld' as const, rule };
    });
    await m.query(
      `INSERT INTO reward_ledger (member_id, campaign_id, task_id, answer_id, amount, status, rule, consensus_label)
       SELECT mem, $1, $2, aid, amt, st, rl, $3
       FROM unnest($4::int[], $5::bigint[], $6::numeric[], $7::text[], $8::text[]) AS x(mem, aid, amt, st, rl)`,
      [
        t.campaign_id,
        taskId,
        decision.label,
        ledger.map((l) => l.member),
        ledger.map((l) => l.id),
        ledger.map((l) => l.amount.toString()),
        ledger.map((l) => l.status),
        ledger.map((l) => l.rule),
      ],
    );
    const mine = ledger.find((l) => l.id === answer.answerId)!;
    return {
      outcome: 'accepted',
      answer,
      task: { ...state, status: decision.state, consensusLabel: decision.label },
      reward: { amount: mine.amount, status: mine.status, rule: mine.rule },
    };
  }

  /**
   * Takes up to `count` rewards of `reward` base units from the campaign budget; returns
   * how many it could pay. The lock is FOR NO KEY UPDATE, not FOR UPDATE: concurrent
   * answer inserts hold KEY SHARE on the campaign row through their foreign key while
   * they wait for this task's row, and FOR UPDATE would deadlock with them.
   */
  private async spend(m: EntityManager, campaignId: number, reward: bigint, count: number): Promise<number> {
    if (reward === 0n) return count;
    const [row] = await m.query(
      `WITH c AS (
         SELECT id, LEAST($3::numeric, floor((budget - spent) / $2::numeric)) AS k FROM campaign WHERE id = $1 FOR NO KEY UPDATE
       )
       , u AS (UPDATE campaign SET spent = spent + $2::numeric * c.k FROM c WHERE campaign.id = c.id RETURNING c.k)
       SELECT k::int AS k FROM u`,
      [campaignId, reward.toString(), count],
    );
    return row.k as number;
  }
}

class SlotLost extends Error {
  constructor(readonly code: 'answer.task_full' | 'answer.task_closed') {
    super(code);
  }
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

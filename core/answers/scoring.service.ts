import type { DataSource, EntityManager } from 'typeorm';
import type { TaskStatus } from '../db/entities';
import { namedQuery } from '../db/named-query';
import { decideMajority } from './majority';

/** What one answer earned once scored. */
export interface AnswerReward {
  /** Base units; 0 when withheld. */
  amount: bigint;
  status: 'pending' | 'withheld';
  rule: string;
}

export interface ScoredTask {
  status: TaskStatus;
  consensusLabel: string | null;
  /** The ledger row of the answer asked about, once the task is scored. */
  reward?: AnswerReward;
  /** Ledger rows this call wrote. */
  scoredAnswers: number;
}

interface LedgerEntry {
  answerId: string;
  memberId: number;
  amount: bigint;
  status: 'pending' | 'withheld';
  rule: string;
}

/**
 * Scores tasks into the reward ledger (the foundation's simple majority; the consensus
 * engine replaces the decision, not this bookkeeping). Every entry point is idempotent:
 * it only scores answers that have no ledger row yet, under the task's row lock, so a
 * crash between recording an answer and scoring it is repaired by the next sweep.
 * Lock order everywhere: the task row, then the campaign row.
 */
export class ScoringService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Finalizes a regular task when its answers decide it, and writes the ledger rows of
   * its answers. Returns the task's state and, when given, that answer's reward.
   */
  async scoreTask(taskId: number, answerId?: string): Promise<ScoredTask> {
    return this.ds.transaction(async (m) => {
      const [t] = await namedQuery<{
        campaign_id: number;
        status: TaskStatus;
        consensus_label: string | null;
        gold_label: string | null;
        answers_per_task: number;
        max_answers_per_task: number;
        reward_per_answer: string;
      }>(
        m,
        'score_lock_task',
        `SELECT t.campaign_id, t.status, t.consensus_label, t.gold_label, c.answers_per_task, c.max_answers_per_task, c.reward_per_answer
         FROM task t JOIN campaign c ON c.id = t.campaign_id WHERE t.id = $1 FOR NO KEY UPDATE OF t`,
        [taskId],
      );
      let status: TaskStatus = t.status;
      let label: string | null = t.consensus_label;
      let finalize: { state: TaskStatus; confidence: number } | undefined;
      const answers = await namedQuery<{ id: string | number; member_id: number; choice: string; scored: boolean }>(
        m,
        'score_answers',
        `SELECT a.id, a.member_id, a.choice, r.id IS NOT NULL AS scored
         FROM answer a LEFT JOIN reward_ledger r ON r.answer_id = a.id WHERE a.task_id = $1 ORDER BY a.id`,
        [taskId],
      );
      if (t.gold_label !== null) {
        label = t.gold_label;
      } else if (status === 'open') {
        const decision = decideMajority(
          answers.map((a) => a.choice),
          t.answers_per_task,
          t.max_answers_per_task,
        );
        if (decision.state === 'open') return { status, consensusLabel: null, scoredAnswers: 0 };
        status = decision.state;
        label = decision.label;
        finalize = decision;
      }
      const gold = t.gold_label !== null;
      const unscored = status === 'open' && !gold ? [] : answers.filter((a) => !a.scored);
      const reward = BigInt(t.reward_per_answer);
      const matches = label === null ? 0 : unscored.filter((a) => a.choice === label).length;
      let entries = this.entries(unscored, label, gold, reward, matches);
      // The usual case in one statement, the last before commit: finalize the task, take
      // the whole payment from the budget if it fits, write the ledger rows.
      const paid = await this.commit(m, taskId, t.campaign_id, label, finalize, reward * BigInt(matches), entries);
      if (!paid) {
        // The budget runs short: pay as many whole rewards as remain, earliest first.
        entries = this.entries(unscored, label, gold, reward, await this.spendShort(m, t.campaign_id, reward, matches));
        await this.commit(m, taskId, t.campaign_id, label, undefined, 0n, entries);
      }
      const mine = answerId === undefined ? undefined : entries.find((e) => e.answerId === answerId) ?? (await this.ledgerOf(m, answerId));
      return {
        status,
        consensusLabel: gold ? null : label,
        reward: mine && { amount: mine.amount, status: mine.status, rule: mine.rule },
        scoredAnswers: entries.length,
      };
    });
  }

  /**
   * The repair sweep: scores every task whose answers are complete but not all scored
   * (regular tasks at their overlap, gold tasks with unscored answers). Returns how many
   * tasks it scored.
   */
  async sweep(limit = 1000): Promise<number> {
    const rows: { id: number }[] = await this.ds.query(
      `SELECT DISTINCT t.id FROM task t
       JOIN campaign c ON c.id = t.campaign_id
       JOIN answer a ON a.task_id = t.id
       WHERE NOT EXISTS (SELECT 1 FROM reward_ledger r WHERE r.answer_id = a.id)
         AND (t.gold_label IS NOT NULL OR t.status <> 'open' OR t.answer_count >= c.answers_per_task)
       ORDER BY 1
       LIMIT $1`,
      [limit],
    );
    let scored = 0;
    // Tied tasks waiting for more answers come back here too and write nothing.
    for (const r of rows) if ((await this.scoreTask(r.id)).scoredAnswers > 0) scored += 1;
    return scored;
  }

  /** Each unscored answer's ledger entry when the first `payable` matches are paid. */
  private entries(
    unscored: { id: string | number; member_id: number; choice: string }[],
    label: string | null,
    gold: boolean,
    reward: bigint,
    payable: number,
  ): LedgerEntry[] {
    const prefix = gold ? 'gold' : 'majority';
    let paid = 0;
    return unscored.map((a) => {
      const answerId = String(a.id);
      if (label !== null && a.choice === label && paid < payable) {
        paid += 1;
        return { answerId, memberId: a.member_id, amount: reward, status: 'pending', rule: `${prefix}.match` };
      }
      const rule = label === null ? 'majority.tie' : a.choice !== label ? `${prefix}.mismatch` : 'budget.exhausted';
      return { answerId, memberId: a.member_id, amount: 0n, status: 'withheld', rule };
    });
  }

  /**
   * When the budget cannot pay all `count` rewards: locks the budget row and takes as many
   * whole rewards as remain; returns how many. The budget lives in campaign_budget, a row
   * no foreign key points at, so answer inserts never lock it.
   */
  private async spendShort(m: EntityManager, campaignId: number, reward: bigint, count: number): Promise<number> {
    const [row] = await m.query(`SELECT budget::text AS budget, spent::text AS spent FROM campaign_budget WHERE campaign_id = $1 FOR UPDATE`, [campaignId]);
    const k = (BigInt(row.budget) - BigInt(row.spent)) / reward;
    const n = k < BigInt(count) ? Number(k) : count;
    if (n > 0) await m.query(`UPDATE campaign_budget SET spent = spent + $2 WHERE campaign_id = $1`, [campaignId, (reward * BigInt(n)).toString()]);
    return n;
  }

  /**
   * One statement, the last before commit: finalizes the task (when `finalize` is given),
   * takes `total` base units from the budget if they fit, and writes the ledger entries
   * (only when the budget paid, or nothing was to be paid). Returns whether it paid.
   */
  private async commit(
    m: EntityManager,
    taskId: number,
    campaignId: number,
    label: string | null,
    finalize: { state: TaskStatus; confidence: number } | undefined,
    total: bigint,
    entries: LedgerEntry[],
  ): Promise<boolean> {
    const [{ paid }] = await namedQuery<{ paid: boolean }>(
      m,
      'score_commit',
      `WITH fin AS (
         UPDATE task SET status = $2, consensus_label = $3, consensus_confidence = $4, finalized_at = now()
         WHERE id = $1 AND $5::boolean RETURNING id
       ), sp AS (
         UPDATE campaign_budget SET spent = spent + $7 WHERE campaign_id = $6 AND $7::numeric > 0 AND budget - spent >= $7 RETURNING 1
       ), ins AS (
         INSERT INTO reward_ledger (member_id, campaign_id, task_id, answer_id, amount, status, rule, consensus_label)
         SELECT mem, $6, $1, aid, amt, st, rl, $3
         FROM unnest($8::int[], $9::bigint[], $10::numeric[], $11::text[], $12::text[]) AS x(mem, aid, amt, st, rl)
         WHERE $7::numeric = 0 OR EXISTS (SELECT 1 FROM sp)
         RETURNING 1
       )
       SELECT ($7::numeric = 0 OR EXISTS (SELECT 1 FROM sp)) AS paid, (SELECT count(*) FROM fin) AS f, (SELECT count(*) FROM ins) AS i`,
      [
        taskId,
        finalize?.state ?? 'open',
        label,
        finalize?.confidence ?? null,
        finalize !== undefined,
        campaignId,
        total.toString(),
        entries.map((e) => e.memberId),
        entries.map((e) => e.answerId),
        entries.map((e) => e.amount.toString()),
        entries.map((e) => e.status),
        entries.map((e) => e.rule),
      ],
    );
    return paid;
  }

  private async ledgerOf(m: EntityManager, answerId: string): Promise<LedgerEntry | undefined> {
    const [r] = await m.query(`SELECT member_id, amount::text AS amount, status, rule FROM reward_ledger WHERE answer_id = $1`, [answerId]);
    return r && { answerId, memberId: r.member_id, amount: BigInt(r.amount), status: r.status, rule: r.rule };
  }
}

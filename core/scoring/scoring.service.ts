import type { DataSource, EntityManager } from 'typeorm';
import type { TaskStatus } from '../domain/task-status';
import { Coalescer } from '../db/coalescer';
import { isUniqueViolation } from '../db/pg-errors';
import { DomainError } from '../errors';
import type { Judged } from '../consensus/reward-rules';
import { exceptUpheld } from '../appeals/appeal-rules';
import { selectUpheldAnswers } from '../appeals/appeal.statements';
import { rescoreCorrections, wholeRewardsLeft } from './corrections';
import { decidedLabel, judge, loadScoringContext, netByAnswer, UNCERTAIN_PAYS_ABOVE, type ScoringAnswer, type ScoringContext } from './scoring-context';
import { systemClock, type Clock } from '../clock';
import { earningDay, withinDailyCap } from './daily-cap';
import {
  addMemberDayEarnings,
  commitScores,
  insertCorrections,
  lockBudget,
  lockMemberDays,
  refinalizeTask,
  refundBudget,
  selectAnswerLedger,
  selectTaskLedger,
  selectUnscoredTasks,
  spendBudget,
  type LedgerEntry,
  type ScoringRead,
  type TaskWrite,
  type WriteOutcome,
} from './scoring.statements';

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

/** What a re-score of a decided task did. */
export interface RescoredTask {
  /** Whether the task's consensus moved. */
  changed: boolean;
  /** Correcting ledger rows written. */
  corrections: number;
}

/** A task that never stays the same long enough for an unlocked write takes the lock. */
const OPTIMISTIC_ATTEMPTS = 3;

interface ScoringPlan {
  gold: boolean;
  status: TaskStatus;
  label: string | null;
  finalize?: { state: TaskStatus; confidence: number; presence: number[] | null };
  judged: { a: ScoringAnswer; j: Judged }[];
  payable: number;
}

/**
 * Scores tasks into the reward ledger: the decision (dynamic overlap by posterior, or the
 * campaign's majority mode) comes from the campaign's learned parameters, the reward rules
 * from core/consensus/reward-rules. Every entry point is idempotent: it only scores answers
 * that have no ledger row yet, and writes them under the task's row lock (taken by the
 * write itself when the task is unchanged since the read, or for the whole transaction on
 * the locked path), so a crash between recording an answer and scoring it is repaired by
 * the next sweep. Lock order everywhere: the task row, then the campaign's budget row.
 */
export class ScoringService {
  /**
   * The unlocked path's writes, one statement per campaign at a time: every finalization
   * takes from its campaign's one budget row, whose lock a write holds until its commit
   * is flushed, so writes of one campaign sent side by side queued on that lock, one
   * flush after another (bench:answers: most waits of a finalizing submit). Batched, a
   * campaign's writes take the lock and flush once per batch.
   */
  private readonly writes = new Coalescer<number, TaskWrite, WriteOutcome>((campaignId, batch) => this.writeBatch(campaignId, batch));

  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock = systemClock,
  ) {}

  /**
   * Finalizes a regular task when its answers decide it, and writes the ledger rows of
   * its answers. Returns the task's state and, when given, that answer's reward. `read`:
   * the task's unlocked scoring read when the caller made it already (the record statement).
   * @throws DomainError task.not_found
   */
  async scoreTask(taskId: number, answerId?: string, read?: ScoringRead): Promise<ScoredTask> {
    // The usual case without a transaction (read, decide, one conditional write: 2 round
    // trips instead of 6, 1 when the caller read); a task that keeps changing under it, or
    // a budget that runs short, takes the locked path.
    for (let attempt = 0; attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
      const r = await this.scoreUnlocked(taskId, answerId, attempt === 0 ? read : undefined);
      if (r === 'short') break;
      if (r !== 'changed') return r;
    }
    return this.ds.transaction((m) => this.scoreLocked(m, taskId, answerId));
  }

  /**
   * Scores from a plain read, then writes in one statement that first locks the task row
   * and checks that its version is still the one read: every answer, finalization,
   * re-score and baseline update of the task changes that version, so a write that passes
   * is one the locked path could have made. A ledger row written meanwhile by a scorer that
   * only locked the row hits the unique answer key, and the whole statement undoes itself.
   * 'changed': nothing written, read again. 'short': nothing written, the budget cannot pay
   * all rewards, or the community caps daily earnings (counted under locks): the locked path.
   */
  private async scoreUnlocked(taskId: number, answerId: string | undefined, read: ScoringRead | undefined): Promise<ScoredTask | 'changed' | 'short'> {
    const m = this.ds.manager;
    const ctx = await loadScoringContext(m, taskId, false, read);
    if (!ctx) throw new DomainError('task.not_found', { taskId });
    const p = this.plan(ctx);
    if (!p) return { status: ctx.status, consensusLabel: null, scoredAnswers: 0 };
    // A community's daily cap is counted under its members' day locks: the locked path.
    if (ctx.dailyCap !== null && p.payable > 0) return 'short';
    const entries = this.entries(p.judged, ctx.reward, p.payable);
    if (entries.length > 0 || p.finalize) {
      const w = await this.writes.submit(ctx.campaignId, {
        taskId,
        version: ctx.version,
        label: p.label,
        finalize: p.finalize,
        total: ctx.reward * BigInt(p.payable),
        entries,
      });
      if (!w.current) return 'changed';
      if (!w.paid) return 'short';
    }
    return this.scored(m, ctx, p, entries, answerId);
  }

  /** The same under the task's row lock, in one transaction; pays what remains of a short budget. */
  private async scoreLocked(m: EntityManager, taskId: number, answerId: string | undefined): Promise<ScoredTask> {
    const ctx = await loadScoringContext(m, taskId);
    if (!ctx) throw new DomainError('task.not_found', { taskId });
    const planned = this.plan(ctx);
    if (!planned) return { status: ctx.status, consensusLabel: null, scoredAnswers: 0 };
    const day = earningDay(this.clock());
    const p = ctx.dailyCap !== null && ctx.communityId !== null && planned.payable > 0 ? await this.capped(m, ctx, planned, ctx.communityId, ctx.dailyCap, day) : planned;
    let entries = this.entries(p.judged, ctx.reward, p.payable);
    // The usual case in one statement, the last before commit: finalize the task, take
    // the whole payment from the budget if it fits, write the ledger rows.
    const write = { taskId, label: p.label, finalize: p.finalize, total: ctx.reward * BigInt(p.payable), entries };
    const [{ paid }] = await commitScores(m, ctx.campaignId, [write]);
    if (!paid) {
      // The budget runs short: pay as many whole rewards as remain, earliest first.
      entries = this.entries(p.judged, ctx.reward, await this.spendShort(m, ctx.campaignId, ctx.reward, p.payable));
      await commitScores(m, ctx.campaignId, [{ ...write, total: 0n, entries }]);
    }
    if (p !== planned) await addMemberDayEarnings(m, ctx.communityId!, day, paidByMember(entries));
    return this.scored(m, ctx, p, entries, answerId);
  }

  /**
   * The plan under the community's daily cap: locks the day rows of the members it would
   * pay (after the task row, before the budget row) and withholds, as `cap.daily`, each
   * payable answer that would take its member over the cap (withinDailyCap).
   */
  private async capped(m: EntityManager, ctx: ScoringContext, p: ScoringPlan, communityId: number, cap: bigint, day: string): Promise<ScoringPlan> {
    const payable = p.judged.filter((x) => x.j.payable);
    const earned = await lockMemberDays(m, communityId, day, payable.map((x) => x.a.memberId));
    const fits = withinDailyCap(payable.map((x) => ({ memberId: x.a.memberId })), earned, ctx.reward, cap);
    const over = new Set(payable.filter((_, i) => !fits[i]).map((x) => x.a.id));
    const judged = p.judged.map((x) => (over.has(x.a.id) ? { a: x.a, j: { payable: false, rule: 'cap.daily' } as Judged } : x));
    return { ...p, judged, payable: judged.filter((x) => x.j.payable).length };
  }

  /**
   * What scoring the context decides: the task's status and label, the finalization to
   * write (a regular open task its answers decide), and each unscored answer judged.
   * Undefined when the task stays open for more answers.
   */
  private plan(ctx: ScoringContext): ScoringPlan | undefined {
    const gold = ctx.goldLabel !== null;
    let status: TaskStatus = ctx.status;
    let label: string | null = gold ? ctx.goldLabel : ctx.consensusLabel;
    let finalize: ScoringPlan['finalize'];
    if (!gold && status === 'open') {
      const d = ctx.decision;
      if (d.state === 'open') return undefined;
      status = d.state;
      label = decidedLabel(ctx, d);
      finalize = { state: d.state, confidence: d.confidence, presence: ctx.presence };
    }
    const confidence = finalize?.confidence ?? ctx.consensusConfidence ?? 0;
    const uncertain = !gold && status === 'final_uncertain' && !(confidence > UNCERTAIN_PAYS_ABOVE);
    const judged = (status === 'open' && !gold ? [] : ctx.answers.filter((a) => !a.scored)).map((a) => ({ a, j: judge(ctx, a, label, uncertain) }));
    return { gold, status, label, finalize, judged, payable: judged.filter((x) => x.j.payable).length };
  }

  private async scored(m: EntityManager, ctx: ScoringContext, p: ScoringPlan, entries: LedgerEntry[], answerId: string | undefined): Promise<ScoredTask> {
    const mine = answerId === undefined ? undefined : entries.find((e) => e.answerId === answerId) ?? (await selectAnswerLedger(m, answerId));
    return {
      status: p.status,
      consensusLabel: p.gold ? null : p.label,
      reward: mine && { amount: mine.amount, status: mine.status, rule: mine.rule },
      scoredAnswers: entries.length,
    };
  }

  /**
   * Re-decides a decided regular task under the campaign's current parameters (after a
   * scoring round). When a confident decision names another label, the task takes it and
   * every answer whose outcome flips gets a correcting ledger row: what it was paid taken
   * back, or the reward it now earns (within the budget). Nothing is edited.
   */
  async rescoreTask(taskId: number): Promise<RescoredTask> {
    return this.ds.transaction(async (m) => {
      const ctx = await loadScoringContext(m, taskId);
      const unchanged = { changed: false, corrections: 0 };
      if (!ctx || ctx.goldLabel !== null || ctx.status === 'open' || ctx.mode === 'majority') return unchanged;
      const d = ctx.decision;
      if (d.state !== 'final') return unchanged;
      const label = decidedLabel(ctx, d);
      if (label === ctx.consensusLabel && ctx.status === 'final') return unchanged;
      const { back: judgedBack, owed } = rescoreCorrections(ctx, netByAnswer(await selectTaskLedger(m, taskId)), label);
      // An upheld appeal's payment was a moderator's final decision: a moved consensus leaves it.
      const back = judgedBack.length === 0 ? judgedBack : exceptUpheld(judgedBack, await selectUpheldAnswers(m, judgedBack.map((b) => b.answerId)));
      const refund = back.reduce((s, b) => s - b.amount, 0n);
      if (refund > 0n) await refundBudget(m, ctx.campaignId, refund);
      const payable = owed.length === 0 ? 0 : await this.spendShort(m, ctx.campaignId, ctx.reward, owed.length);
      const paid = owed.slice(0, payable).map((o) => ({ memberId: o.a.memberId, answerId: o.a.id, amount: ctx.reward, rule: 'consensus.corrected', original: o.original }));
      const corrections = [...back, ...paid];
      await refinalizeTask(m, taskId, label, d.confidence, ctx.presence);
      if (corrections.length > 0) await insertCorrections(m, ctx.campaignId, taskId, label, corrections);
      return { changed: true, corrections: corrections.length };
    });
  }

  /**
   * The repair sweep: scores every regular task whose answers are complete but not all
   * scored (at their overlap). Gold answers wait for the scoring round. Returns how many
   * tasks it scored.
   */
  async sweep(limit = 1000): Promise<number> {
    const rows = await selectUnscoredTasks(this.ds, limit);
    let scored = 0;
    // Tied tasks waiting for more answers come back here too and write nothing.
    for (const r of rows) if ((await this.scoreTask(r.id)).scoredAnswers > 0) scored += 1;
    return scored;
  }

  /** Each judged answer's ledger entry when the first `payable` payable ones are paid. */
  private entries(judged: { a: ScoringAnswer; j: Judged }[], reward: bigint, payable: number): LedgerEntry[] {
    let paid = 0;
    // An answer of a member not assessed yet gets no row: a later round judges it.
    return judged.filter((x) => x.j.rule !== null).map(({ a, j }) => {
      if (j.payable && paid < payable) {
        paid += 1;
        return { answerId: a.id, memberId: a.memberId, amount: reward, status: 'pending', rule: j.rule };
      }
      return { answerId: a.id, memberId: a.memberId, amount: 0n, status: 'withheld', rule: j.payable ? 'budget.exhausted' : j.rule! };
    });
  }

  /**
   * When the budget cannot pay all `count` rewards: locks the budget row and takes as many
   * whole rewards as remain; returns how many. The budget lives in campaign_budget, a row
   * no foreign key points at, so answer inserts never lock it.
   */
  private async spendShort(m: EntityManager, campaignId: number, reward: bigint, count: number): Promise<number> {
    const { budget, spent } = await lockBudget(m, campaignId);
    const n = wholeRewardsLeft(budget, spent, reward, count);
    if (n > 0) await spendBudget(m, campaignId, reward * BigInt(n));
    return n;
  }

  /**
   * One batch of the unlocked path, in autocommit. A task twice in one batch (two scorers
   * read the same version) goes once; the other reads again. A batch that fails goes again
   * one write at a time (Coalescer): a ledger row written meanwhile by a scorer that only
   * locked its task hits the unique answer key, and that task reads again; a deadlock with
   * a statement that locks tasks in another order (the baseline job's update) can only
   * involve a batch of several.
   */
  private async writeBatch(campaignId: number, batch: TaskWrite[]): Promise<WriteOutcome[]> {
    const seen = new Set<number>();
    const unique = batch.filter((w) => !seen.has(w.taskId) && seen.add(w.taskId));
    let out: WriteOutcome[];
    try {
      out = await commitScores(this.ds.manager, campaignId, unique);
    } catch (e) {
      if (unique.length > 1 || !isUniqueViolation(e, 'reward_ledger_answer_uq')) throw e;
      out = [{ current: false, paid: false }];
    }
    const byWrite = new Map(unique.map((w, i) => [w, out[i]!]));
    return batch.map((w) => byWrite.get(w) ?? { current: false, paid: false });
  }

}

/** What a task's entries pay each member, base units. */
function paidByMember(entries: readonly LedgerEntry[]): Map<number, bigint> {
  const out = new Map<number, bigint>();
  for (const e of entries) if (e.amount > 0n) out.set(e.memberId, (out.get(e.memberId) ?? 0n) + e.amount);
  return out;
}

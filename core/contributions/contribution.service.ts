import type { DataSource, EntityManager } from 'typeorm';
import { systemClock, type Clock } from '../clock';
import { admit } from '../answers/admission';
import { refusal, type CardPress } from '../answers/answer.service';
import { recordAnswer, selectUnrecorded, submitFacts } from '../answers/answer.statements';
import { pgError } from '../db/pg-errors';
import { DomainError } from '../errors';
import { UNCERTAIN_PAYS_ABOVE } from '../scoring/scoring-context';
import { lockBudget, refundBudget, spendBudget } from '../scoring/scoring.statements';
import { sidesSwapped } from '../tasks/pair-order';
import {
  cleanText,
  CONTRIBUTION_CHOICE,
  contributionBudgetLeft,
  contributionCorrection,
  contributionEntries,
  contributionPayment,
  contributionProblem,
  DEFAULT_MAX_LENGTH,
  DEFAULT_MIN_LENGTH,
  itemPrompt,
  promptTranslations,
  normKey,
  type ContributionRefusal,
} from './contribution-rules';
import {
  attachCheckTask,
  finalizeContributeTask,
  insertContribution,
  insertContributionCorrections,
  insertContributionLedger,
  selectCampaignsToPay,
  selectContributeTask,
  selectContributionsToCorrect,
  selectContributionReward,
  selectDecidedUnpaid,
  selectOwnContribution,
  type ContributionCorrectionEntry,
  type ContributionRow,
} from './contribution.statements';

export interface ContributeInput {
  memberId: number;
  taskId: number;
  /** What the member wrote (trimmed before it is checked and stored). */
  text: string;
  /** The group or channel card replied to, as for a button press (admission.ts: it serves the task). */
  card?: CardPress;
}

/** A stored contribution. */
export interface Contribution {
  contributionId: string;
  answerId: string;
  taskId: number;
  memberId: number;
  text: string;
  /** The task of the check campaign that judges it (null only for a row written before its check). */
  checkTaskId: number | null;
  createdAt: Date;
}

/**
 * What a submit gives: the stored contribution; the member's earlier one to this task (a
 * repeat); a text refused by the rules, with its reason code (contribution-rules.ts, or
 * `duplicate`: another member wrote the same, once normalised); or an admission rejection
 * (answer.*, member.banned), as for a button press.
 */
export type ContributeResult =
  | { outcome: 'accepted'; contribution: Contribution }
  | { outcome: 'duplicate'; contribution: Contribution }
  | { outcome: 'refused'; reason: ContributionRefusal }
  | { outcome: 'rejected'; error: DomainError };

/** What one payment call wrote. */
export interface ContributionPayout {
  /** Ledger rows that pay (status pending). */
  paid: number;
  /** Ledger rows that withhold (rejected, uncertain, or no budget left). */
  withheld: number;
  /** Base units taken from the contribute campaigns' budgets. */
  spent: bigint;
  /** consensus.corrected rows written for contributions whose check was decided again. */
  corrected: number;
  /** Base units those corrections gave back to the budgets. */
  refunded: bigint;
}

/** A submit that wrote nothing: its transaction is undone and this result comes back. */
class Undo {
  constructor(readonly result: () => Promise<ContributeResult>) {}
}

export interface ContributionServiceOptions {
  /** Answers (contributions included) a member may give per rolling minute; 0 = no limit. */
  answersPerMinute: number;
}

/**
 * Contributions (issue 16): a member writes a text for a contribute task; it becomes one
 * task of the campaign's companion check campaign, which other members answer (never its
 * author: task.author_id, the not_author admission rule and the assignment), and it is paid
 * once the checkers' consensus accepts it.
 */
export class ContributionService {
  constructor(
    private readonly ds: DataSource,
    private readonly opts: ContributionServiceOptions,
    private readonly clock: Clock = systemClock,
  ) {}

  /**
   * Stores a member's contribution to a contribute task, with its answer (so the admission
   * rules of every answer hold: served, not banned, one per member and task, room, rate)
   * and its check task, in one transaction. The unique keys decide duplicates, also under
   * concurrency. The task closes once it has its campaign's contributions per item.
   * @throws DomainError task.not_found, member.not_found, contribution.not_wanted (the task
   *   takes a button, not a text)
   */
  async submit(input: ContributeInput): Promise<ContributeResult> {
    const { memberId, taskId } = input;
    const task = await selectContributeTask(this.ds, taskId);
    if (!task) throw new DomainError('task.not_found', { taskId });
    if (task.kind !== 'contribute' || task.check_campaign_id === null) throw new DomainError('contribution.not_wanted', { taskId });
    const text = cleanText(input.text);
    const prompt = itemPrompt(task.payload);
    const problem = contributionProblem(text, prompt, { minLength: task.min_length ?? DEFAULT_MIN_LENGTH, maxLength: task.max_length ?? DEFAULT_MAX_LENGTH });
    if (problem) return { outcome: 'refused', reason: problem };
    const at = this.clock();
    try {
      return await this.ds.transaction(async (m) => {
        const contributionId = await insertContribution(m, { campaignId: task.campaign_id, taskId, memberId, text, normKey: normKey(text) });
        if (contributionId === undefined) throw new Undo(() => this.notStored(taskId, memberId));
        const card = input.card && /^\d{1,19}$/.test(input.card.messageId) ? input.card : undefined;
        const row = await recordAnswer(
          m,
          {
            taskId,
            memberId,
            choice: CONTRIBUTION_CHOICE,
            at,
            chatId: card?.chatId ?? null,
            messageId: card?.messageId ?? null,
            swappedMember: sidesSwapped(taskId, { memberId }),
            swappedCard: card ? sidesSwapped(taskId, { chatId: card.chatId }) : null,
          },
          this.opts.answersPerMinute,
        );
        if (row.id === null) {
          const verdict = admit(submitFacts(row, this.opts.answersPerMinute));
          if (verdict.admitted) throw new Undo(() => this.unrecorded(taskId, memberId));
          const r = refusal(verdict.rule, { memberId, taskId, choice: CONTRIBUTION_CHOICE }, row);
          throw new Undo(async () => (r.outcome === 'rejected' ? r : this.notStored(taskId, memberId)));
        }
        const answerId = String(row.id);
        const image = typeof task.payload.image === 'string' ? { image: task.payload.image } : {};
        const checkTaskId = await attachCheckTask(m, {
          contributionId,
          answerId,
          checkCampaignId: task.check_campaign_id!,
          memberId,
          payload: { ...(prompt === null ? {} : { prompt, ...promptTranslations(task.payload) }), contribution: text, ...image },
        });
        if (row.recorded_count! >= row.max_answers_per_task) await finalizeContributeTask(m, taskId);
        const contribution: Contribution = { contributionId, answerId, taskId, memberId, text, checkTaskId, createdAt: row.created_at! };
        return { outcome: 'accepted' as const, contribution };
      });
    } catch (e) {
      if (e instanceof Undo) return e.result();
      // The text is stored before the answer's rules run: an unknown member fails its key first.
      if (pgError(e).constraint === 'contribution_member_id_fkey') throw new DomainError('member.not_found', { memberId });
      throw e;
    }
  }

  /**
   * A text no key let in: the member's own earlier contribution to the task (a repeat), or
   * another member's of the same normal form (refused as a duplicate).
   */
  private async notStored(taskId: number, memberId: number, m: EntityManager = this.ds.manager): Promise<ContributeResult> {
    const own = await selectOwnContribution(m, taskId, memberId);
    if (own && own.answer_id !== null) return { outcome: 'duplicate', contribution: toContribution(own, taskId, memberId) };
    return { outcome: 'refused', reason: 'duplicate' };
  }

  /** Every rule passed on the statement's snapshot, but the task changed before its slot was taken. */
  private async unrecorded(taskId: number, memberId: number): Promise<ContributeResult> {
    const now = await selectUnrecorded(this.ds, taskId, memberId);
    if (!now) throw new DomainError('task.not_found', { taskId });
    if (now.answer_id !== null) return this.notStored(taskId, memberId);
    const error =
      now.campaign_status !== 'active'
        ? new DomainError('answer.campaign_paused', { campaignId: now.campaign_id, status: now.campaign_status })
        : new DomainError(now.status === 'open' ? 'answer.task_full' : 'answer.task_closed', { taskId });
    return { outcome: 'rejected', error };
  }

  /**
   * Writes the ledger row of every contribution whose check is decided (of one contribute
   * campaign, or of all): the campaign's reward, pending, when the checkers accepted it
   * (contribution.accepted); withheld when they rejected it or decided nothing sure, or when
   * the budget holds no whole reward any more (earliest contributions paid first).
   * A contribution whose check was decided again since its row (a scoring round re-scored
   * it) gets a consensus.corrected row (contributionCorrection): its payment taken back and
   * refunded to the budget, or the reward it is now owed, while the budget holds one (one
   * owed and not paid for want of budget is paid by a later run).
   * Idempotent: a contribution whose ledger matches its check is not written again, and the
   * unique answer key of the ledger makes a concurrent repeat write nothing; payments of one
   * campaign queue on its budget row. Call it after scoring rounds (checks decided).
   */
  async payDecidedContributions(campaignId?: number): Promise<ContributionPayout> {
    const out: ContributionPayout = { paid: 0, withheld: 0, spent: 0n, corrected: 0, refunded: 0n };
    const toCorrect = new Set((await selectContributionsToCorrect(this.ds, campaignId ?? null)).map((r) => r.campaign_id));
    const ids = [...new Set([...(await selectCampaignsToPay(this.ds, campaignId ?? null)), ...toCorrect])].sort((a, b) => a - b);
    for (const id of ids) {
      await this.ds.transaction(async (m) => {
        // The budget row first: what another payer wrote before releasing it is read below.
        const { budget, spent } = await lockBudget(m, id);
        const { reward, closed } = await selectContributionReward(m, id);
        const corrected = await this.correct(m, id, contributionBudgetLeft({ closed, budget, spent }), reward, closed);
        const rows = await selectDecidedUnpaid(m, id);
        const decided = rows.map((r) => contributionPayment({ status: r.status, label: r.consensus_label, confidence: r.consensus_confidence }, UNCERTAIN_PAYS_ABOVE));
        const entries = contributionEntries(
          decided.filter((d) => d.decided),
          reward,
          contributionBudgetLeft({ closed, budget, spent }) + (closed ? 0n : corrected.refunded) - corrected.spent,
        );
        const rowsDecided = rows.filter((_, i) => decided[i]!.decided);
        const total = entries.reduce((s, e) => s + e.amount, 0n);
        const written = await insertContributionLedger(
          m,
          id,
          entries.map((e, i) => ({ ...e, memberId: rowsDecided[i]!.member_id, taskId: rowsDecided[i]!.task_id, answerId: rowsDecided[i]!.answer_id, label: rowsDecided[i]!.consensus_label })),
        );
        // Under the budget lock no other payer wrote these rows: all of them went in.
        if (written !== entries.length) throw new Error(`contribution ledger: wrote ${written} of ${entries.length} rows for campaign ${id}`);
        if (total > 0n) await spendBudget(m, id, total);
        out.paid += entries.filter((e) => e.status === 'pending').length;
        out.withheld += entries.filter((e) => e.status === 'withheld').length;
        out.spent += total + corrected.spent;
        out.corrected += corrected.rows;
        out.refunded += corrected.refunded;
      });
    }
    return out;
  }

  /**
   * Corrects the campaign's contributions whose check changed since their ledger row (the
   * caller holds the budget lock; `available` is what the budget has left): takes back what
   * the check no longer pays, refunding it, then pays what it now owes while whole rewards
   * remain, earliest first.
   */
  private async correct(m: EntityManager, campaignId: number, available: bigint, reward: bigint, closed: boolean): Promise<{ rows: number; refunded: bigint; spent: bigint }> {
    const back: ContributionCorrectionEntry[] = [];
    const owed: ContributionCorrectionEntry[] = [];
    for (const r of await selectContributionsToCorrect(m, campaignId)) {
      const now = contributionPayment({ status: r.status, label: r.consensus_label, confidence: r.consensus_confidence }, UNCERTAIN_PAYS_ABOVE);
      const c = contributionCorrection({ net: BigInt(r.net), rule: r.rule }, now);
      const row = { memberId: r.member_id, taskId: r.task_id, answerId: r.answer_id, original: r.original, label: r.consensus_label };
      if (c.kind === 'take_back') back.push({ ...row, amount: c.amount });
      else if (c.kind === 'pay' && reward > 0n) owed.push({ ...row, amount: reward });
    }
    const refunded = back.reduce((s, b) => s - b.amount, 0n);
    // A closed campaign's refunds went back to the supply with its remainder: they pay nothing again.
    const payable = owed.slice(0, Number((available + (closed ? 0n : refunded)) / (reward > 0n ? reward : 1n)));
    const spent = payable.reduce((s, p) => s + p.amount, 0n);
    await insertContributionCorrections(m, campaignId, [...back, ...payable]);
    if (refunded > 0n) await refundBudget(m, campaignId, refunded);
    if (spent > 0n) await spendBudget(m, campaignId, spent);
    return { rows: back.length + payable.length, refunded, spent };
  }
}

const toContribution = (r: ContributionRow, taskId: number, memberId: number): Contribution => ({
  contributionId: r.id,
  answerId: r.answer_id!,
  taskId,
  memberId,
  text: r.text,
  checkTaskId: r.check_task_id,
  createdAt: new Date(r.created_at),
});

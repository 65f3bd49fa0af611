import type { DataSource } from 'typeorm';
import { exceptUpheld } from '../appeals/appeal-rules';
import { selectUpheldAnswers } from '../appeals/appeal.statements';
import { settlementTakeBacks } from './corrections';
import { loadScoringContext, netByAnswer } from './scoring-context';
import { insertCorrections, refundBudget, selectTaskLedger } from './scoring.statements';

/**
 * The settlement of one decided task (issue 8): once a campaign is settled, every answer
 * that was paid is judged again on its member's final standing, and a payment the final
 * standing clearly no longer allows (a suspected colluding or too-fast account, a skill clearly below
 * the floor, a gold record that clearly failed) is taken back by a correcting row naming
 * that rule; the budget gets the amount back. A payment made is reversed only on clear
 * evidence: a final estimate just under the floor decides answers that waited, but does
 * not undo what was paid (at ~20 answers a member, that would cost honest members more
 * than it keeps from spammers). A mismatch is not this function's business (a
 * moved consensus is re-scored by the round). Rows already minted are corrected the same
 * way: the mint then nets the correction against the member's next earnings.
 * Runs under the task's row lock (the first lock, as every scoring path), then the budget row.
 * @returns how many correcting rows it wrote.
 */
export async function settleTask(ds: DataSource, taskId: number): Promise<number> {
  return ds.transaction(async (m) => {
    const ctx = await loadScoringContext(m, taskId);
    if (!ctx) return 0;
    const gold = ctx.goldLabel !== null;
    if (!gold && ctx.status === 'open') return 0;
    const label = gold ? ctx.goldLabel : ctx.consensusLabel;
    let back = settlementTakeBacks(ctx, netByAnswer(await selectTaskLedger(m, taskId)), label);
    // An upheld appeal's payment was a moderator's final decision: settlement leaves it.
    if (back.length > 0) back = exceptUpheld(back, await selectUpheldAnswers(m, back.map((b) => b.answerId)));
    if (back.length === 0) return 0;
    const refund = back.reduce((s, b) => s - b.amount, 0n);
    await refundBudget(m, ctx.campaignId, refund);
    await insertCorrections(m, ctx.campaignId, taskId, label, back);
    return back.length;
  });
}

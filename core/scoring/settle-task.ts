import type { DataSource } from 'typeorm';
import { judge, loadScoringContext, netByAnswer } from './scoring-context';
import { selectTaskLedger } from './scoring.statements';

/**
 * The settlement of one decided task (issue 8): once a campaign is settled, every answer
 * that was paid is judged again on its member's final standing, and a payment the final
 * standing clearly no longer allows (a suspected colluding account, a skill clearly below
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
    const byAnswer = netByAnswer(await selectTaskLedger(m, taskId));
    const back: { memberId: number; answerId: string; original: string; amount: bigint; rule: string }[] = [];
    const clearOnly = { ...ctx, rules: { ...ctx.rules, final: false } };
    for (const a of ctx.answers) {
      const e = byAnswer.get(a.id);
      if (!e || e.net <= 0n || a.choice !== label) continue;
      const j = judge(clearOnly, a, label, false);
      if (j.payable || j.rule === null) continue;
      back.push({ memberId: a.memberId, answerId: a.id, original: e.original, amount: -e.net, rule: j.rule });
    }
    if (back.length === 0) return 0;
    const refund = back.reduce((s, b) => s - b.amount, 0n);
    await m.query(`UPDATE campaign_budget SET spent = spent - $2 WHERE campaign_id = $1`, [ctx.campaignId, refund.toString()]);
    await m.query(
      `INSERT INTO reward_ledger (member_id, campaign_id, task_id, answer_id, amount, status, rule, consensus_label, corrects_id)
       SELECT mem, $1, $2, aid, amt, 'pending', rl, $3, orig
       FROM unnest($4::int[], $5::bigint[], $6::numeric[], $7::text[], $8::bigint[]) AS x(mem, aid, amt, rl, orig)`,
      [ctx.campaignId, taskId, label, back.map((b) => b.memberId), back.map((b) => b.answerId), back.map((b) => b.amount.toString()), back.map((b) => b.rule), back.map((b) => b.original)],
    );
    return back.length;
  });
}

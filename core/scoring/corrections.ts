/**
 * The corrections of a decided task's ledger, decided from its scoring context and the
 * ledger netted per answer (netByAnswer). Rows are never edited: a change of mind is a
 * correcting row, negative to take a payment back, positive to pay one owed.
 */
import type { LedgerNet, ScoringAnswer, ScoringContext } from './scoring-context';
import { judge, matchesLabel } from './scoring-context';
import type { Correction } from './scoring.statements';

/**
 * Settlement: each paid answer that matched `label` is judged again on its member's final
 * standing, and a payment the standing clearly no longer allows is taken back, naming that
 * rule. Only clear evidence undoes a payment (the rules judged as not final): an estimate
 * just under the floor decides answers that waited, but not what was paid.
 */
export function settlementTakeBacks(ctx: ScoringContext, byAnswer: ReadonlyMap<string, LedgerNet>, label: string | null): Correction[] {
  const clearOnly = { ...ctx, rules: { ...ctx.rules, final: false } };
  const back: Correction[] = [];
  for (const a of ctx.answers) {
    const e = byAnswer.get(a.id);
    if (!e || e.net <= 0n || !matchesLabel(ctx, a.choice, label)) continue;
    const j = judge(clearOnly, a, label, false);
    if (j.payable || j.rule === null) continue;
    back.push({ memberId: a.memberId, answerId: a.id, original: e.original, amount: -e.net, rule: j.rule });
  }
  return back;
}

/**
 * A re-score to `label`: answers paid that the new label no longer pays are taken back in
 * full (`back`); answers scored unpaid that it now pays are owed one reward each (`owed`,
 * in answer order: the budget may pay only the first ones). Answers without a ledger row,
 * or whose member is not assessed yet, are left to the scoring round.
 */
export function rescoreCorrections(ctx: ScoringContext, byAnswer: ReadonlyMap<string, LedgerNet>, label: string | null): { back: Correction[]; owed: { a: ScoringAnswer; original: string }[] } {
  const back: Correction[] = [];
  const owed: { a: ScoringAnswer; original: string }[] = [];
  for (const a of ctx.answers) {
    const e = byAnswer.get(a.id);
    if (!e) continue;
    const j = judge(ctx, a, label, false);
    if (j.rule === null) continue;
    if (e.net > 0n && !j.payable) back.push({ memberId: a.memberId, answerId: a.id, original: e.original, amount: -e.net, rule: 'consensus.corrected' });
    else if (e.net === 0n && j.payable && ctx.reward > 0n) owed.push({ a, original: e.original });
  }
  return { back, owed };
}

/** How many of `count` rewards of `reward` base units the budget's remainder pays in whole. */
export function wholeRewardsLeft(budget: bigint, spent: bigint, reward: bigint, count: number): number {
  const k = (budget - spent) / reward;
  return k < BigInt(count) ? Number(k) : count;
}

/**
 * The rules of appeals (issue 18), as pure functions: which withheld answers a member may
 * appeal, how often, who may decide, and what an upheld appeal pays. The service reads the
 * facts and writes the outcome; every decision about money or access is made here.
 */

/** Longest reason a member may give, in code points after trimming. */
export const MAX_APPEAL_REASON = 300;
/** Appeals a member may have waiting at once. */
export const MAX_PENDING_APPEALS = 3;
/** Appeals a member may file in `APPEAL_WINDOW_MS`. */
export const MAX_APPEALS_PER_DAY = 5;
export const APPEAL_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The withholding rules a moderator can usefully look at again: the consensus or the gold
 * label may be wrong, a standing may be misjudged. Not appealable: `budget.exhausted` (no
 * judgement of the answer, and no money left to pay it), contributions (judged by their own
 * check tasks), merged duplicates, the emission pace, and any rule this list does not know
 * (a newer rule is not appealable until someone decides it is).
 */
export const APPEALABLE_RULES: ReadonlySet<string> = new Set([
  'consensus.mismatch',
  'majority.mismatch',
  'gold.mismatch',
  'consensus.uncertain',
  'majority.tie',
  'collusion.suspected',
  'timing.too_fast',
  'gold.failed',
  'skill.below_floor',
  // Probation is a judgement on a record: a member may show a moderator it was wrong. A
  // community's daily cap (cap.daily) is its own limit, not a judgement: not appealable.
  'probation.unproven',
  // A payment a re-score took back: the moved consensus is as appealable as a mismatch.
  'consensus.corrected',
]);

/** Why a filing is refused. `not_found` covers another member's answer too, so nobody probes answers. */
export type FilingRefusal = 'not_found' | 'reason_empty' | 'reason_too_long' | 'waiting' | 'not_withheld' | 'not_appealable' | 'duplicate' | 'too_many_pending' | 'rate_limited';

/** What deciding whether a member may appeal one answer needs. */
export interface FilingFacts {
  /** The answer exists and is the member's. */
  own: boolean;
  /** The reason as given (trimmed here). */
  reason: string;
  /**
   * The answer's ledger: its net in base units and the rule of its latest row (the original,
   * or the correction that took it back); null while the answer waits for its judgement.
   */
  ledger: { net: bigint; rule: string } | null;
  /** The answer has an appeal already (any state). */
  appealed: boolean;
  /** The member's appeals waiting for a decision. */
  pending: number;
  /** The member's appeals filed in the last APPEAL_WINDOW_MS. */
  lastDay: number;
}

/** The reason as stored: trimmed, inner whitespace runs one space. */
export const appealReason = (reason: string): string => reason.trim().replace(/\s+/g, ' ');

/** Whether an answer whose ledger nets `net` on latest rule `rule` is withheld in a way a member may appeal. */
export const appealableLedger = (ledger: { net: bigint; rule: string } | null): boolean => ledger !== null && ledger.net === 0n && APPEALABLE_RULES.has(ledger.rule);

/** The first rule a filing breaks, or null when the member may appeal. */
export function filingRefusal(f: FilingFacts): FilingRefusal | null {
  if (!f.own) return 'not_found';
  const reason = appealReason(f.reason);
  if (reason.length === 0) return 'reason_empty';
  if ([...reason].length > MAX_APPEAL_REASON) return 'reason_too_long';
  if (f.ledger === null) return 'waiting';
  if (f.ledger.net !== 0n) return 'not_withheld';
  if (!APPEALABLE_RULES.has(f.ledger.rule)) return 'not_appealable';
  if (f.appealed) return 'duplicate';
  if (f.pending >= MAX_PENDING_APPEALS) return 'too_many_pending';
  if (f.lastDay >= MAX_APPEALS_PER_DAY) return 'rate_limited';
  return null;
}

export type AppealState = 'pending' | 'upheld' | 'refused';
export type AppealDecision = 'uphold' | 'refuse';

/** Why a decision is refused. `not_found` covers an appeal the actor may not decide (another community's). */
export type DecisionRefusal = 'not_found' | 'own_appeal' | 'already_decided' | 'budget_short';

/** The first rule a decision breaks before money is looked at, or null. */
export function decisionRefusal(f: { exists: boolean; moderates: boolean; state: AppealState | null; own: boolean }): DecisionRefusal | null {
  if (!f.exists || !f.moderates) return 'not_found';
  // A moderator who answered the task too is no judge of their own appeal.
  if (f.own) return 'own_appeal';
  if (f.state !== 'pending') return 'already_decided';
  return null;
}

/**
 * What an upheld appeal pays: what the answer would have been paid (the campaign's reward
 * per answer) less what it nets now (a re-score may have paid it meanwhile), never below 0;
 * 'budget_short' when the campaign's budget cannot pay it whole.
 */
export function upheldPayment(reward: bigint, net: bigint, budgetLeft: bigint): bigint | 'budget_short' {
  const owed = reward > net ? reward - net : 0n;
  return owed > budgetLeft ? 'budget_short' : owed;
}

/**
 * Later re-judgements (a re-score's take-back, settlement's) must not undo what an upheld
 * appeal paid: a moderator decided that answer, finally. The take-backs they would write,
 * without those of upheld answers.
 */
export function exceptUpheld<C extends { answerId: string }>(takeBacks: readonly C[], upheld: ReadonlySet<string>): C[] {
  return takeBacks.filter((c) => !upheld.has(c.answerId));
}

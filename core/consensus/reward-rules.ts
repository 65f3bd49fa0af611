import type { ProbationReason } from './reputation';

/**
 * Which answers of a decided task earn: the reward rules of docs/scoring.md in one pure function, so the
 * finalization, the re-score and /stats name the same rule for the same case. Budget is
 * applied after (a payable answer may still be withheld as budget.exhausted).
 */

export type RewardRule =
  | 'consensus.match'
  | 'consensus.mismatch'
  | 'consensus.uncertain'
  | 'majority.match'
  | 'majority.mismatch'
  | 'majority.tie'
  | 'gold.match'
  | 'gold.mismatch'
  | 'gold.failed'
  | 'skill.below_floor'
  | 'budget.exhausted'
  /** The community's daily earning cap per member was reached (core/scoring/daily-cap.ts); applied after the rules, like the budget. */
  | 'cap.daily'
  /** The member answers as one with other accounts (core/consensus/collusion.ts). */
  | 'collusion.suspected'
  /** The member's answers come faster than the campaign's items can be read (median think time). */
  | 'timing.too_fast'
  /** The member is on probation (clear abuse in another campaign, reputation.ts) and has not shown clearly good work here by the settlement. */
  | 'probation.unproven'
  /** A contribution's check decided it (core/contributions): accepted (paid), rejected, or nothing sure. */
  | 'contribution.accepted'
  | 'contribution.rejected'
  | 'contribution.uncertain';

/** What a round suspects of a member beyond their skill. */
export type Suspicion = 'collusion' | 'too_fast';

/** What the last scoring round learned about a member in this campaign. */
export interface MemberStanding {
  /** Answers the last round fitted. */
  answers: number;
  /** Balanced accuracy 0..1 (shrunk toward chance by its evidence); null before the member's first scoring round. */
  accuracy: number | null;
  goldAnswers: number;
  goldCorrect: number;
  /** Set when the round found this account agreeing with another far beyond what their skill explains ('collusion'), or answering faster than its items can be read ('too_fast'). */
  suspicion?: Suspicion | null;
  /** Answers' worth of evidence the member's record in other campaigns adds (reputation.ts); `accuracy` is pooled with it. */
  priorAnswers?: number;
  /** Set while a member put on probation by clear abuse elsewhere has not shown clearly good work here. */
  probation?: ProbationReason | null;
}

/** The evidence behind a standing's accuracy: this campaign's answers and what the member's record adds. */
const evidenceOf = (s: MemberStanding): number => s.answers + (s.priorAnswers ?? 0);

export interface RewardRules {
  /** Answers a round must have fitted before the member's answers are judged (0: at once). */
  minEvidence: number;
  /** Accuracy below which matching answers are withheld. */
  minAccuracy: number;
  /** Gold answers needed before the gold check applies. */
  goldMinAnswers: number;
  /** Largest share of wrong gold answers still paid. */
  goldMaxFailure: number;
  /**
   * The campaign is settled (every regular task decided, or the campaign closed): no more
   * evidence comes, so nothing waits any more. Unassessed members are judged on what the
   * last round knows, and an unsure low skill is withheld instead of waiting.
   */
  final?: boolean;
}

/** An estimated rate plus two standard errors (normal approximation; 1 for no evidence). */
export function upperBound(rate: number, n: number): number {
  if (n <= 0) return 1;
  return rate + 2 * Math.sqrt(Math.max(rate * (1 - rate), 1 / (4 * n)) / n);
}

/** The default floor: chance level plus ten points, so a random clicker never clears it. */
export const defaultMinAccuracy = (classes: number): number => Math.min(1, 1 / classes + 0.1);

export type Judged = { payable: boolean; rule: RewardRule } | { payable: false; rule: null };

/** Whether a member's answers can be judged yet: the last round fitted enough of them (or the campaign is settled). */
export const assessed = (s: MemberStanding | null | undefined, rules: RewardRules): boolean =>
  rules.minEvidence === 0 || (s !== null && s !== undefined && s.accuracy !== null && (rules.final === true || evidenceOf(s) >= rules.minEvidence));

/**
 * Judges one answer. `label` is the decided label (the gold one for gold tasks), null for
 * a task closed without one; `uncertain` marks a final-but-uncertain task. A match of a
 * member not assessed yet gets `rule: null`: no decision, it waits for a later round.
 */
export function judgeAnswer(
  choice: string,
  label: string | null,
  opts: {
    gold: boolean;
    uncertain: boolean;
    mode: 'majority' | 'consensus';
    standing?: MemberStanding | null;
    rules: RewardRules;
    /** Whether the choice matches the label; equality unless the kind says otherwise (a label set: labelSetMatches). */
    matches?: (choice: string, label: string) => boolean;
  },
): Judged {
  const family = opts.gold ? 'gold' : opts.mode;
  // What the task decides needs no assessment of the member: no consensus, or another answer.
  if (!opts.gold && (label === null || opts.uncertain)) return { payable: false, rule: opts.mode === 'majority' ? 'majority.tie' : 'consensus.uncertain' };
  if (!(opts.matches ? opts.matches(choice, label!) : choice === label)) return { payable: false, rule: `${family}.mismatch` as RewardRule };
  const s = opts.standing;
  // A colluding account's agreement is bought, not earned: nothing it matches pays.
  if (s?.suspicion === 'collusion') return { payable: false, rule: 'collusion.suspected' };
  // Nor does a tap faster than the item can be read.
  if (s?.suspicion === 'too_fast') return { payable: false, rule: 'timing.too_fast' };
  if (!assessed(s, opts.rules)) return { payable: false, rule: null };
  // On probation, a match waits until the member's work here is clearly above the floor
  // (the round lifts the probation then), and is withheld if it never was by the settlement.
  if (s?.probation) return opts.rules.final === true ? { payable: false, rule: 'probation.unproven' } : { payable: false, rule: null };
  // Below a bar, an answer is withheld only when the evidence is clear (the bar is above
  // the estimate's upper bound). A few unlucky gold answers prove nothing on their own (the
  // skill estimate, which the gold answers pin, still speaks); an unsure low skill makes
  // the answer wait for more evidence.
  if (s && s.goldAnswers >= opts.rules.goldMinAnswers) {
    const goldAccuracy = s.goldCorrect / s.goldAnswers;
    const bar = 1 - opts.rules.goldMaxFailure;
    if (goldAccuracy < bar && upperBound(goldAccuracy, s.goldAnswers) < bar) return { payable: false, rule: 'gold.failed' };
  }
  if (s && s.accuracy !== null && s.accuracy < opts.rules.minAccuracy) {
    // The estimate pools the gold answers and the agreement over all answers (see the round).
    const clear = upperBound(s.accuracy, evidenceOf(s)) < opts.rules.minAccuracy;
    return clear || opts.rules.final === true ? { payable: false, rule: 'skill.below_floor' } : { payable: false, rule: null };
  }
  return { payable: true, rule: `${family}.match` as RewardRule };
}

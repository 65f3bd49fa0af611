/**
 * Which answers of a decided task earn: the rules of DESIGN.md in one pure function, so the
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
  | 'budget.exhausted';

/** What the last scoring round learned about a member in this campaign. */
export interface MemberStanding {
  /** Answers the last round fitted. */
  answers: number;
  /** Balanced accuracy 0..1 (shrunk toward chance by its evidence); null before the member's first scoring round. */
  accuracy: number | null;
  goldAnswers: number;
  goldCorrect: number;
}

export interface RewardRules {
  /** Answers a round must have fitted before the member's answers are judged (0: at once). */
  minEvidence: number;
  /** Accuracy below which matching answers are withheld. */
  minAccuracy: number;
  /** Gold answers needed before the gold check applies. */
  goldMinAnswers: number;
  /** Largest share of wrong gold answers still paid. */
  goldMaxFailure: number;
}

/** An estimated rate plus two standard errors (normal approximation; 1 for no evidence). */
export function upperBound(rate: number, n: number): number {
  if (n <= 0) return 1;
  return rate + 2 * Math.sqrt(Math.max(rate * (1 - rate), 1 / (4 * n)) / n);
}

/** The default floor: chance level plus ten points, so a random clicker never clears it. */
export const defaultMinAccuracy = (classes: number): number => Math.min(1, 1 / classes + 0.1);

export type Judged = { payable: boolean; rule: RewardRule } | { payable: false; rule: null };

/** Whether a member's answers can be judged yet: the last round fitted enough of them. */
export const assessed = (s: MemberStanding | null | undefined, rules: RewardRules): boolean =>
  rules.minEvidence === 0 || (s !== null && s !== undefined && s.accuracy !== null && s.answers >= rules.minEvidence);

/**
 * Judges one answer. `label` is the decided label (the gold one for gold tasks), null for
 * a task closed without one; `uncertain` marks a final-but-uncertain task. A match of a
 * member not assessed yet gets `rule: null`: no decision, it waits for a later round.
 */
export function judgeAnswer(
  choice: string,
  label: string | null,
  opts: { gold: boolean; uncertain: boolean; mode: 'majority' | 'consensus'; standing?: MemberStanding | null; rules: RewardRules },
): Judged {
  const family = opts.gold ? 'gold' : opts.mode;
  // What the task decides needs no assessment of the member: no consensus, or another answer.
  if (!opts.gold && (label === null || opts.uncertain)) return { payable: false, rule: opts.mode === 'majority' ? 'majority.tie' : 'consensus.uncertain' };
  if (choice !== label) return { payable: false, rule: `${family}.mismatch` as RewardRule };
  if (!assessed(opts.standing, opts.rules)) return { payable: false, rule: null };
  const s = opts.standing;
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
    // The estimate rests on the gold answers when there are enough of them (see the round).
    const n = s.goldAnswers >= opts.rules.goldMinAnswers ? s.goldAnswers : s.answers;
    return upperBound(s.accuracy, n) < opts.rules.minAccuracy ? { payable: false, rule: 'skill.below_floor' } : { payable: false, rule: null };
  }
  return { payable: true, rule: `${family}.match` as RewardRule };
}

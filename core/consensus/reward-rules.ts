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
  /** Balanced accuracy 0..1; null before the member's first scoring round. */
  accuracy: number | null;
  goldAnswers: number;
  goldCorrect: number;
}

export interface RewardRules {
  /** Accuracy below which matching answers are withheld. */
  minAccuracy: number;
  /** Gold answers needed before the gold check applies. */
  goldMinAnswers: number;
  /** Largest share of wrong gold answers still paid. */
  goldMaxFailure: number;
}

/** The default floor: chance level plus ten points, so a random clicker never clears it. */
export const defaultMinAccuracy = (classes: number): number => Math.min(1, 1 / classes + 0.1);

export interface Judged {
  payable: boolean;
  rule: RewardRule;
}

/**
 * Judges one answer. `label` is the decided label (the gold one for gold tasks), null for
 * a task closed without one; `uncertain` marks a final-but-uncertain task; `prefix` names
 * the deciding rule family.
 */
export function judgeAnswer(
  choice: string,
  label: string | null,
  opts: { gold: boolean; uncertain: boolean; mode: 'majority' | 'consensus'; standing?: MemberStanding | null; rules: RewardRules },
): Judged {
  const family = opts.gold ? 'gold' : opts.mode;
  if (!opts.gold && (label === null || opts.uncertain)) return { payable: false, rule: opts.mode === 'majority' ? 'majority.tie' : 'consensus.uncertain' };
  if (choice !== label) return { payable: false, rule: `${family}.mismatch` as RewardRule };
  const s = opts.standing;
  if (s && s.goldAnswers >= opts.rules.goldMinAnswers && (s.goldAnswers - s.goldCorrect) / s.goldAnswers > opts.rules.goldMaxFailure) {
    return { payable: false, rule: 'gold.failed' };
  }
  if (s && s.accuracy !== null && s.accuracy < opts.rules.minAccuracy) return { payable: false, rule: 'skill.below_floor' };
  return { payable: true, rule: `${family}.match` as RewardRule };
}

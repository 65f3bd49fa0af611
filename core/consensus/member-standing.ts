import type { ConsensusInput, ConsensusResult } from './dawid-skene';
import { goldSkill } from './gold-skill';
import { balancedAccuracy, DEFAULT_RATER_ACCURACY } from './task-posterior';

/**
 * Every member's standing in a campaign after a scoring round's fit (issue 8): answers and
 * gold record, the confusion finalizations weigh their votes with, and the skill the
 * reward floor compares. Pure: the round stores what this returns.
 */

/**
 * Strength of the prior pulling a member's stored confusion toward a rater without
 * history: with few answers a member votes like a newcomer, with many like themselves.
 * Without it, two lucky answers would make a member's single vote decide a task.
 */
const SHRINK = 2;
/** The same for the skill the reward floor compares, toward chance: one answer's worth. */
const SKILL_SHRINK = 1;
/**
 * How much one answer's agreement with the consensus counts in the skill next to one gold
 * answer: less, because consensus is sometimes wrong and agreement can be bought by a
 * group (which the collusion signal looks for); but three unlucky gold answers must not
 * outweigh thirty good ones.
 */
const AGREEMENT_WEIGHT = 0.5;

export interface MemberStandings {
  /** Per worker (the baseline, when there is one, last): answers fitted, gold answers, right gold answers. */
  answers: Int32Array;
  goldAnswers: Int32Array;
  goldCorrect: Int32Array;
  /** Worker w's confusion [true][answered], shrunk toward a newcomer's by its evidence. */
  confusionOf(w: number): number[][];
  /** Per member (not the baseline): the skill the reward floor compares. */
  skill: Float64Array;
}

/** A member's record as a confusion prior: a rater right `accuracy` of the time, weighed as `evidence` answers (reputation.ts). */
export interface ConfusionPrior {
  accuracy: number;
  evidence: number;
}

/**
 * The standings of the `members` first workers of `input` (and the counts of every worker)
 * under `fit`. `priorOf(w)`, when it gives one, is member w's record: their confusion is
 * pulled toward it instead of a newcomer's, by its evidence on top of SHRINK.
 */
export function memberStandings(input: ConsensusInput, members: number, fit: ConsensusResult, K: number, priorOf?: (w: number) => ConfusionPrior | undefined): MemberStandings {
  const W = input.workers;
  // Soft counts per worker and true class: how much evidence each confusion row rests on.
  const evidence = new Float64Array(W * K);
  const answers = new Int32Array(W);
  const goldAnswers = new Int32Array(W);
  const goldCorrect = new Int32Array(W);
  // Per worker and true class: gold answers, and right ones.
  const goldByClass = new Int32Array(W * K);
  const goldRightByClass = new Int32Array(W * K);
  const gold = input.gold as Int32Array | undefined;
  for (let i = 0; i < input.task.length; i++) {
    const t = input.task[i]!;
    const w = input.worker[i]!;
    answers[w]! += 1;
    for (let k = 0; k < K; k++) evidence[w * K + k]! += fit.posterior[t * K + k]!;
    const g = gold?.[t] ?? -1;
    if (g >= 0) {
      goldAnswers[w]! += 1;
      goldByClass[w * K + g]! += 1;
      if (g === input.label[i]) {
        goldCorrect[w]! += 1;
        goldRightByClass[w * K + g]! += 1;
      }
    }
  }
  /** Worker w's fitted confusion, each row shrunk toward `prior(k, l)` by its evidence. */
  const shrunk = (w: number, prior: (k: number, l: number) => number, strength: number): number[][] =>
    Array.from({ length: K }, (_, k) => {
      const n = evidence[w * K + k]!;
      return Array.from({ length: K }, (_, l) => (n * fit.confusion[(w * K + k) * K + l]! + strength * prior(k, l)) / (n + strength));
    });
  // The skill the reward floor compares shrinks toward chance instead (not toward a
  // newcomer's 70 %): a member must show better than chance work to clear the floor, and
  // a spammer never does. It pools the gold record with the agreement over the other
  // answers, each of those worth AGREEMENT_WEIGHT of a gold answer: gold cannot be bought,
  // but a few unlucky gold answers among many good ones say little (the gold check still
  // withholds a member who clearly fails gold). The gold rate is balanced over the true
  // classes (gold-skill.ts): always answering the common class is right on much gold
  // without reading any.
  const skillOf = (w: number): number => {
    const fitted = shrunk(w, () => 1 / K, SKILL_SHRINK);
    const agreement = balancedAccuracy(fitted);
    const g = goldAnswers[w]!;
    if (g === 0) return agreement;
    const goldRate = goldSkill(
      { answers: goldByClass.subarray(w * K, w * K + K), correct: goldRightByClass.subarray(w * K, w * K + K) },
      fitted.map((row, k) => row[k]!),
      SKILL_SHRINK,
    );
    const others = AGREEMENT_WEIGHT * (answers[w]! - g);
    return (g * goldRate + others * agreement) / (g + others);
  };
  return {
    answers,
    goldAnswers,
    goldCorrect,
    confusionOf: (w) => {
      const p = w < members ? priorOf?.(w) : undefined;
      return p ? shrunk(w, (k, l) => oneCoinCell(k, l, K, p.accuracy), SHRINK + p.evidence) : shrunk(w, (k, l) => defaultCell(k, l, K), SHRINK);
    },
    skill: Float64Array.from({ length: members }, (_, w) => skillOf(w)),
  };
}

/**
 * The timing signal: per member, whether the median think time of their answers (at least
 * `minTimed` of them) is under `minThinkMs`, faster than an item can be read. `thinkMs[w]`
 * holds member w's think times, null for an answer without one: every admitted answer is
 * timed (issue 14), so an untimed one (a forged button, a row from before) counts as
 * suspect, as if answered at once, never as a careful one. 0 for `minThinkMs` turns the
 * check off.
 */
export function tooFastWorkers(thinkMs: readonly (readonly (number | null)[])[], minThinkMs: number, minTimed: number): Uint8Array {
  const out = new Uint8Array(thinkMs.length);
  if (minThinkMs <= 0) return out;
  thinkMs.forEach((times, w) => {
    if (times.length < minTimed) return;
    // The lower median, as percentile_disc(0.5): an answer's own time, never an average of two.
    const sorted = times.map((t) => t ?? 0).sort((a, b) => a - b);
    if (sorted[Math.ceil(sorted.length / 2) - 1]! < minThinkMs) out[w] = 1;
  });
  return out;
}

/** The confusion cell of a rater right `accuracy` of the time, wrong evenly otherwise. */
export function oneCoinCell(k: number, l: number, K: number, accuracy: number): number {
  if (K === 1) return 1;
  return k === l ? accuracy : (1 - accuracy) / (K - 1);
}

/** The confusion cell of a rater without history. */
export function defaultCell(k: number, l: number, K: number): number {
  if (K === 1) return 1;
  return k === l ? DEFAULT_RATER_ACCURACY : (1 - DEFAULT_RATER_ACCURACY) / (K - 1);
}

/**
 * One member's standing from soft confusion counts alone (an incremental round, issue 19):
 * the fitted confusion `fitted` (K x K flattened) over `counts` (the same shape; each row's
 * sum is its evidence), shrunk as memberStandings shrinks it; and the skill without gold
 * (the agreement part of memberStandings' skill), for a member new since the last full fit.
 */
export function standingFromCounts(fitted: ArrayLike<number>, counts: ArrayLike<number>, K: number, prior?: ConfusionPrior): { confusion: number[][]; agreement: number } {
  const evidence = (k: number) => {
    let n = 0;
    for (let l = 0; l < K; l++) n += counts[k * K + l]!;
    return n;
  };
  const shrunk = (cell: (k: number, l: number) => number, strength: number): number[][] =>
    Array.from({ length: K }, (_, k) => {
      const n = evidence(k);
      return Array.from({ length: K }, (_, l) => (n * fitted[k * K + l]! + strength * cell(k, l)) / (n + strength));
    });
  const confusion = prior ? shrunk((k, l) => oneCoinCell(k, l, K, prior.accuracy), SHRINK + prior.evidence) : shrunk((k, l) => defaultCell(k, l, K), SHRINK);
  return { confusion, agreement: balancedAccuracy(shrunk(() => 1 / K, SKILL_SHRINK)) };
}

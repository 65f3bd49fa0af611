import { bradleyTerry, type Comparison, type PairOutcome } from '../consensus/bradley-terry';
import { pairModels } from './kind-rules';

/**
 * How often members chose the output shown first, among answers that chose a side (a tie
 * or "both bad" picks no side). Without position bias the share is about one half; the
 * 95 % interval is Wilson's for a binomial share.
 */
export interface PositionBias {
  /** Answers that chose a or b. */
  decisive: number;
  /** Of those, answers that chose the output shown first. */
  firstChosen: number;
  /** firstChosen / decisive; null without decisive answers. */
  share: number | null;
  low: number | null;
  high: number | null;
}

/** One model's place in a pairwise campaign's ranking: Bradley-Terry score with its bootstrap 95 % interval. */
export interface RankedModel {
  model: string;
  score: number;
  low: number;
  high: number;
  /** Decided pairs this model took part in. */
  pairs: number;
}

export interface PairwiseReport {
  positionBias: PositionBias;
  /** Best first; empty when no decided item names both of its models. */
  ranking: RankedModel[];
  /** Decided items that name both models (the ranking's comparisons). */
  rankedPairs: number;
}

/** Pairwise answers of one side and one order (swapped: b shown first); `n` of them (default one). */
export interface PairAnswer {
  choice: string;
  swapped: boolean;
  n?: number;
}

/** Decided pairwise items of one payload's model names and one consensus; `n` of them (default one). */
export interface DecidedPair {
  payload: Record<string, unknown>;
  consensus: string;
  n?: number;
}

const Z95 = 1.959964;

/** Wilson's 95 % interval for k successes out of n (n > 0). */
function wilson(k: number, n: number): { low: number; high: number } {
  const p = k / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export function positionBias(answers: readonly PairAnswer[]): PositionBias {
  let decisive = 0;
  let firstChosen = 0;
  for (const a of answers) {
    if (a.choice !== 'a' && a.choice !== 'b') continue;
    const n = a.n ?? 1;
    decisive += n;
    // Output a is shown first unless swapped: choosing it then is choosing the first one.
    if ((a.choice === 'a') !== a.swapped) firstChosen += n;
  }
  if (decisive === 0) return { decisive, firstChosen, share: null, low: null, high: null };
  return { decisive, firstChosen, share: firstChosen / decisive, ...wilson(firstChosen, decisive) };
}

const OUTCOMES: ReadonlySet<string> = new Set<PairOutcome>(['a', 'b', 'tie', 'both_bad']);

/**
 * The named models ranked by Bradley-Terry over the items' consensus preferences: one
 * comparison per decided item, so each item weighs the same however many members answered
 * it, and a member's vote counts through the consensus that weighed their reliability.
 * Ties and "both bad" count as half a win each (bradley-terry.ts). Items come counted (one
 * entry per model pair and consensus), so the cost follows the distinct pairs, not the items.
 * Seeded: the same items give the same intervals.
 */
export function modelRanking(items: readonly DecidedPair[], resamples = 500): { ranking: RankedModel[]; rankedPairs: number } {
  const index = new Map<string, number>();
  const names: string[] = [];
  const id = (name: string) => {
    let i = index.get(name);
    if (i === undefined) {
      i = names.push(name) - 1;
      index.set(name, i);
    }
    return i;
  };
  const comparisons: Comparison[] = [];
  let rankedPairs = 0;
  for (const item of items) {
    const models = pairModels(item.payload);
    if (!models || !OUTCOMES.has(item.consensus)) continue;
    const count = item.n ?? 1;
    comparisons.push({ a: id(models.a), b: id(models.b), outcome: item.consensus as PairOutcome, count });
    rankedPairs += count;
  }
  const scores = bradleyTerry(names.length, comparisons, { resamples, seed: 16 });
  return {
    ranking: scores.map((s) => ({ model: names[s.model]!, score: s.score, low: s.low, high: s.high, pairs: s.comparisons })),
    rankedPairs,
  };
}

export function pairwiseReport(answers: readonly PairAnswer[], decided: readonly DecidedPair[]): PairwiseReport {
  return { positionBias: positionBias(answers), ...modelRanking(decided) };
}

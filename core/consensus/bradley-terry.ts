/**
 * Bradley-Terry ranking of models from pairwise preferences (issue 16, the pairwise
 * campaigns' cross-item ranking): P(i preferred to j) = p_i / (p_i + p_j), fitted by
 * Hunter's MM updates. A tie or "both bad" counts as half a win for each side, as Chatbot
 * Arena counts ties. A weak prior (one virtual tie between each compared pair) keeps a
 * model that never won finite. Scores are on the Elo-like scale 400·log10(p) + 1000
 * (the compared models' geometric mean at 1000); 95 % intervals come from a seeded bootstrap over
 * the comparisons. Pure: no database; not yet wired to a campaign kind.
 */
import { seededRandom } from './seeded-random';

export type PairOutcome = 'a' | 'b' | 'tie' | 'both_bad';

/** One member's preference between the outputs of models `a` and `b` (indices). */
export interface Comparison {
  a: number;
  b: number;
  outcome: PairOutcome;
}

export interface ModelScore {
  model: number;
  score: number;
  /** The bootstrap's 2.5th and 97.5th percentiles of the score. */
  low: number;
  high: number;
  comparisons: number;
}

export interface BradleyTerryOptions {
  /** Bootstrap resamples for the intervals (0: no intervals, low = high = score). */
  resamples?: number;
  seed?: number;
  /** Virtual ties added between each pair of models that met (the prior's weight). */
  priorTies?: number;
}

const MAX_ITERATIONS = 500;
const TOLERANCE = 1e-10;

/** Strengths p of `models` models from win counts w[i][j] (i over j); geometric mean 1 over the models that met another. */
function fitStrengths(models: number, wins: Float64Array): Float64Array {
  const present: number[] = [];
  for (let i = 0; i < models; i++) {
    let n = 0;
    for (let j = 0; j < models; j++) n += wins[i * models + j]! + wins[j * models + i]!;
    if (n > 0) present.push(i);
  }
  const p = new Float64Array(models).fill(1);
  const next = new Float64Array(models);
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    let moved = 0;
    for (let i = 0; i < models; i++) {
      let won = 0;
      let denom = 0;
      for (let j = 0; j < models; j++) {
        if (i === j) continue;
        const wij = wins[i * models + j]!;
        const n = wij + wins[j * models + i]!;
        won += wij;
        if (n > 0) denom += n / (p[i]! + p[j]!);
      }
      next[i] = denom > 0 ? won / denom : p[i]!;
    }
    // Normalize to a geometric mean of 1: strengths are defined up to a common factor.
    let logSum = 0;
    for (const i of present) logSum += Math.log(next[i]!);
    const scale = Math.exp(logSum / Math.max(1, present.length));
    for (let i = 0; i < models; i++) {
      const v = next[i]! / scale;
      moved = Math.max(moved, Math.abs(v - p[i]!));
      p[i] = v;
    }
    if (moved < TOLERANCE) break;
  }
  return p;
}

function winCounts(models: number, comparisons: readonly Comparison[], pick: (k: number) => Comparison, priorTies: number): Float64Array {
  const wins = new Float64Array(models * models);
  const met = new Uint8Array(models * models);
  for (let k = 0; k < comparisons.length; k++) {
    const { a, b, outcome } = pick(k);
    met[a * models + b] = met[b * models + a] = 1;
    if (outcome === 'a') wins[a * models + b]! += 1;
    else if (outcome === 'b') wins[b * models + a]! += 1;
    else {
      wins[a * models + b]! += 0.5;
      wins[b * models + a]! += 0.5;
    }
  }
  for (let i = 0; i < models * models; i++) if (met[i]) wins[i]! += priorTies / 2;
  return wins;
}

const scoreOf = (p: number) => 400 * Math.log10(p) + 1000;

/**
 * Ranks `models` models (indices 0..models-1) by their comparisons, best first; a model
 * without comparisons is left out.
 * @throws RangeError for a comparison naming a model outside 0..models-1 or a model against itself
 */
export function bradleyTerry(models: number, comparisons: readonly Comparison[], opts: BradleyTerryOptions = {}): ModelScore[] {
  const priorTies = opts.priorTies ?? 1;
  const counts = new Array<number>(models).fill(0);
  for (const c of comparisons) {
    if (!(c.a >= 0 && c.a < models && c.b >= 0 && c.b < models) || c.a === c.b) throw new RangeError(`comparison of models ${c.a} and ${c.b} outside 0..${models - 1}`);
    counts[c.a]! += 1;
    counts[c.b]! += 1;
  }
  const p = fitStrengths(models, winCounts(models, comparisons, (k) => comparisons[k]!, priorTies));
  const resamples = opts.resamples ?? 1000;
  const samples: number[][] = Array.from({ length: models }, () => []);
  if (resamples > 0 && comparisons.length > 0) {
    const random = seededRandom(opts.seed ?? 1);
    for (let r = 0; r < resamples; r++) {
      const draw = Array.from({ length: comparisons.length }, () => comparisons[Math.floor(random() * comparisons.length)]!);
      const drawn = new Uint8Array(models);
      for (const c of draw) drawn[c.a] = drawn[c.b] = 1;
      const q = fitStrengths(models, winCounts(models, draw, (k) => draw[k]!, priorTies));
      // A model this resample left out has no score in it.
      for (let i = 0; i < models; i++) if (drawn[i]) samples[i]!.push(scoreOf(q[i]!));
    }
  }
  const percentile = (xs: number[], f: number) => {
    const s = [...xs].sort((x, y) => x - y);
    return s[Math.min(s.length - 1, Math.max(0, Math.round(f * (s.length - 1))))]!;
  };
  return Array.from({ length: models }, (_, i) => i)
    .filter((i) => counts[i]! > 0)
    .map((i) => {
      const score = scoreOf(p[i]!);
      const s = samples[i]!;
      return { model: i, score, low: s.length > 0 ? percentile(s, 0.025) : score, high: s.length > 0 ? percentile(s, 0.975) : score, comparisons: counts[i]! };
    })
    .sort((x, y) => y.score - x.score || x.model - y.model);
}

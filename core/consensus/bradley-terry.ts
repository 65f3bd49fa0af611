/**
 * Bradley-Terry ranking of models from pairwise preferences (issue 16, the pairwise
 * campaigns' cross-item ranking): P(i preferred to j) = p_i / (p_i + p_j), the maximum
 * likelihood fit of Hunter's MM, reached by Newman's faster iteration. A tie or "both bad"
 * counts as half a win for each side, as Chatbot Arena counts ties. A weak prior (one virtual tie between each compared pair) keeps a
 * model that never won finite. Scores are on the Elo-like scale 400·log10(p) + 1000
 * (the compared models' geometric mean at 1000); 95 % intervals come from a seeded Poisson
 * bootstrap over the comparisons' counts. Pure: no database.
 */
import { poissonSample } from './poisson-sample';
import { seededRandom } from './seeded-random';

export type PairOutcome = 'a' | 'b' | 'tie' | 'both_bad';

/** One member's preference between the outputs of models `a` and `b` (indices), or `count` alike ones. */
export interface Comparison {
  a: number;
  b: number;
  outcome: PairOutcome;
  /** How many such comparisons (default 1), as a GROUP BY counts them. */
  count?: number;
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

/**
 * Strengths p of `models` models from win counts w[i][j] (i over j); geometric mean 1 over the
 * models that met another. Newman's iteration (JMLR 24, 2023), model by model with the
 * latest values (Gauss-Seidel; updating all at once can oscillate),
 *   p_i ← Σ_j w_ij·p_j/(p_i + p_j) / Σ_j w_ji/(p_i + p_j),
 * has the same fixed point as Zermelo's (Hunter's MM) and reaches it in a fraction of the
 * sweeps; a model that never lost (only without the prior) takes Zermelo's step instead.
 * Each sweep is one pass over the pairs that met, from both sides.
 */
function fitStrengths(models: number, wins: Float64Array): Float64Array {
  // Adjacency of each model, CSR: opponents j with w_ij and w_ji.
  const start = new Int32Array(models + 1);
  for (let i = 0; i < models; i++) {
    let deg = 0;
    for (let j = 0; j < models; j++) if (j !== i && wins[i * models + j]! + wins[j * models + i]! > 0) deg++;
    start[i + 1] = start[i]! + deg;
  }
  const opponent = new Int32Array(start[models]!);
  const winsOver = new Float64Array(start[models]!);
  const lossesTo = new Float64Array(start[models]!);
  for (let i = 0, e = 0; i < models; i++)
    for (let j = 0; j < models; j++)
      if (j !== i && wins[i * models + j]! + wins[j * models + i]! > 0) {
        opponent[e] = j;
        winsOver[e] = wins[i * models + j]!;
        lossesTo[e++] = wins[j * models + i]!;
      }
  let present = 0;
  for (let i = 0; i < models; i++) if (start[i + 1]! > start[i]!) present++;
  const p = new Float64Array(models).fill(1);
  const before = new Float64Array(models);
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    before.set(p);
    for (let i = 0; i < models; i++) {
      if (start[i + 1] === start[i]) continue;
      const pi = p[i]!;
      let num = 0;
      let den = 0;
      let won = 0;
      let games = 0;
      for (let e = start[i]!; e < start[i + 1]!; e++) {
        const pj = p[opponent[e]!]!;
        const t = 1 / (pi + pj);
        num += winsOver[e]! * pj * t;
        den += lossesTo[e]! * t;
        won += winsOver[e]!;
        games += (winsOver[e]! + lossesTo[e]!) * t;
      }
      p[i] = den > 0 ? num / den : won / games;
    }
    // Normalize to a geometric mean of 1: strengths are defined up to a common factor.
    let logSum = 0;
    for (let i = 0; i < models; i++) if (start[i + 1]! > start[i]!) logSum += Math.log(p[i]!);
    const scale = Math.exp(logSum / Math.max(1, present));
    let moved = 0;
    for (let i = 0; i < models; i++) {
      p[i]! /= scale;
      moved = Math.max(moved, Math.abs(p[i]! - before[i]!));
    }
    if (moved < TOLERANCE) break;
  }
  return p;
}

/** Comparisons merged by pair and result; tie and "both bad" are the same cell (half a win each). */
interface Cells {
  lo: Int32Array;
  hi: Int32Array;
  /** 0: lo won, 1: hi won, 2: half a win each. */
  result: Uint8Array;
  count: Float64Array;
}

function toCells(models: number, comparisons: readonly Comparison[]): Cells {
  const index = new Map<number, number>();
  const lo: number[] = [];
  const hi: number[] = [];
  const result: number[] = [];
  const count: number[] = [];
  for (const c of comparisons) {
    const n = c.count ?? 1;
    const [l, h] = c.a < c.b ? [c.a, c.b] : [c.b, c.a];
    const r = c.outcome === 'tie' || c.outcome === 'both_bad' ? 2 : (c.outcome === 'a') === (c.a === l) ? 0 : 1;
    const key = (l * models + h) * 3 + r;
    const k = index.get(key);
    if (k !== undefined) count[k]! += n;
    else {
      index.set(key, lo.length);
      lo.push(l);
      hi.push(h);
      result.push(r);
      count.push(n);
    }
  }
  return { lo: Int32Array.from(lo), hi: Int32Array.from(hi), result: Uint8Array.from(result), count: Float64Array.from(count) };
}

/** Win matrix w[i][j] (i over j) from the cells' `counts`, with the prior's ties between each pair that met. */
function winCounts(models: number, cells: Cells, counts: Float64Array, priorTies: number): Float64Array {
  const wins = new Float64Array(models * models);
  const met = new Uint8Array(models * models);
  for (let k = 0; k < counts.length; k++) {
    const n = counts[k]!;
    if (n === 0) continue;
    const l = cells.lo[k]!;
    const h = cells.hi[k]!;
    met[l * models + h] = 1;
    const r = cells.result[k]!;
    if (r === 0) wins[l * models + h]! += n;
    else if (r === 1) wins[h * models + l]! += n;
    else {
      wins[l * models + h]! += n / 2;
      wins[h * models + l]! += n / 2;
    }
  }
  for (let l = 0; l < models; l++)
    for (let h = l + 1; h < models; h++)
      if (met[l * models + h]) {
        wins[l * models + h]! += priorTies / 2;
        wins[h * models + l]! += priorTies / 2;
      }
  return wins;
}

const scoreOf = (p: number) => 400 * Math.log10(p) + 1000;

/**
 * Ranks `models` models (indices 0..models-1) by their comparisons, best first; a model
 * without comparisons is left out. The intervals come from the Poisson bootstrap over the
 * comparisons merged by pair and result: each cell's resampled count is Poisson(count), the
 * large-sample form of resampling the comparisons with replacement, so a resample costs the
 * number of cells, not of comparisons.
 * @throws RangeError for a comparison naming a model outside 0..models-1, a model against itself, or a negative count
 */
export function bradleyTerry(models: number, comparisons: readonly Comparison[], opts: BradleyTerryOptions = {}): ModelScore[] {
  const priorTies = opts.priorTies ?? 1;
  const counts = new Array<number>(models).fill(0);
  for (const c of comparisons) {
    if (!(c.a >= 0 && c.a < models && c.b >= 0 && c.b < models) || c.a === c.b) throw new RangeError(`comparison of models ${c.a} and ${c.b} outside 0..${models - 1}`);
    const n = c.count ?? 1;
    if (!(n >= 0 && Number.isFinite(n))) throw new RangeError(`comparison of models ${c.a} and ${c.b} counted ${n} times`);
    counts[c.a]! += n;
    counts[c.b]! += n;
  }
  const cells = toCells(models, comparisons);
  const p = fitStrengths(models, winCounts(models, cells, cells.count, priorTies));
  const resamples = opts.resamples ?? 1000;
  const samples: number[][] = Array.from({ length: models }, () => []);
  if (resamples > 0 && cells.count.length > 0) {
    const random = seededRandom(opts.seed ?? 1);
    const drawnCounts = new Float64Array(cells.count.length);
    for (let r = 0; r < resamples; r++) {
      const drawn = new Uint8Array(models);
      for (let k = 0; k < drawnCounts.length; k++) {
        const n = poissonSample(cells.count[k]!, random);
        drawnCounts[k] = n;
        if (n > 0) drawn[cells.lo[k]!] = drawn[cells.hi[k]!] = 1;
      }
      const q = fitStrengths(models, winCounts(models, cells, drawnCounts, priorTies));
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

/**
 * Pure consensus engine (issue 4, part 1): Dawid-Skene EM over typed arrays, plus the
 * majority vote it starts from and a one-coin variant. No DB, no allocation per answer:
 * every E and M step is one pass over the parallel answer arrays, so memory and time grow
 * linearly with the answers (bench:consensus, bench/RESULTS.md).
 *
 * Indices are 0-based: task in [0, tasks), worker in [0, workers), label in [0, classes).
 * A baseline model (e.g. an AI pre-label) joins as one more rater simply by giving it its
 * own worker index and adding its answers to the arrays: EM then learns its confusion
 * like any member's, so it is trusted exactly as far as it agrees with the consensus.
 */
import type { WorkerModel } from '../domain/consensus-mode';

export interface ConsensusInput {
  tasks: number;
  workers: number;
  classes: number;
  /** Parallel arrays, one entry per answer. */
  task: Int32Array;
  worker: Int32Array;
  label: Int32Array;
  /** Known labels per task (Int32Array of length tasks with -1 = none, or a Map task -> label); they clamp that task's posterior. */
  gold?: Int32Array | ReadonlyMap<number, number>;
}

/** Parameters that a previous fit returns and a later fit may start from (warm start for incremental use). */
export interface ConsensusParams {
  /** workers * classes * classes, row [w][true][observed] sums to 1. */
  confusion: Float64Array;
  /** classes, sums to 1. */
  priors: Float64Array;
}

export interface ConsensusResult extends ConsensusParams {
  /** tasks * classes, row per task sums to 1. */
  posterior: Float64Array;
  /** argmax of the posterior per task; ties go to the lowest class. */
  labels: Int32Array;
  /** posterior probability of the chosen label per task. */
  confidence: Float64Array;
  /** estimated probability that each worker answers correctly. */
  workerAccuracy: Float64Array;
  /** EM iterations run (0 for majority vote). */
  iterations: number;
}

export interface DawidSkeneOptions {
  /** 'dawid_skene' learns a full confusion matrix per worker; 'one_coin' one accuracy per worker, errors spread uniformly. */
  mode?: WorkerModel;
  maxIterations?: number;
  /** Stop once no posterior entry moves more than this between iterations. */
  tolerance?: number;
  /** Additive pseudo-count per confusion cell and prior; fixed, so small workers cannot get 0/1 probabilities. */
  smoothing?: number;
  /** Start from these parameters instead of the majority vote. */
  init?: ConsensusParams;
}

export const DEFAULT_MAX_ITERATIONS = 100;
export const DEFAULT_TOLERANCE = 1e-5;
export const DEFAULT_SMOOTHING = 0.01;

/** Majority vote with vote shares as posterior; the baseline and the EM starting point. */
export function majorityVote(input: ConsensusInput): ConsensusResult {
  validate(input);
  const { tasks: T, workers: W, classes: K, task, label } = input;
  const gold = goldArray(input);
  const post = new Float64Array(T * K);
  for (let i = 0; i < task.length; i++) post[task[i]! * K + label[i]!]! += 1;
  for (let t = 0; t < T; t++) {
    const o = t * K;
    let s = 0;
    for (let k = 0; k < K; k++) s += post[o + k]!;
    for (let k = 0; k < K; k++) post[o + k] = s > 0 ? post[o + k]! / s : 1 / K;
  }
  clampGold(post, gold, K);
  const priors = new Float64Array(K);
  for (let t = 0; t < T; t++) for (let k = 0; k < K; k++) priors[k]! += post[t * K + k]!;
  for (let k = 0; k < K; k++) priors[k] = T > 0 ? priors[k]! / T : 1 / K;
  const confusion = new Float64Array(W * K * K);
  const workerAccuracy = new Float64Array(W);
  mStep(input, post, confusion, workerAccuracy, 'dawid_skene', 0);
  const { labels, confidence } = decide(post, T, K);
  return { posterior: post, labels, confidence, confusion, workerAccuracy, priors, iterations: 0 };
}

/** Dawid-Skene EM (or its one-coin variant): learns who to trust from agreement alone, computed in log space. */
export function dawidSkene(input: ConsensusInput, options: DawidSkeneOptions = {}): ConsensusResult {
  validate(input);
  const { tasks: T, workers: W, classes: K } = input;
  const mode = options.mode ?? 'dawid_skene';
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const smoothing = options.smoothing ?? DEFAULT_SMOOTHING;
  const gold = goldArray(input);

  const confusion = new Float64Array(W * K * K);
  const priors = new Float64Array(K);
  const workerAccuracy = new Float64Array(W);
  const logConf = new Float64Array(W * K * K);
  let post: Float64Array;
  let next: Float64Array = new Float64Array(T * K);

  if (options.init) {
    if (options.init.confusion.length !== W * K * K || options.init.priors.length !== K) {
      throw new Error('warm start parameters do not match workers/classes');
    }
    confusion.set(options.init.confusion);
    priors.set(options.init.priors);
    post = new Float64Array(T * K);
    eStep(input, confusion, priors, logConf, post, gold);
  } else {
    post = majorityVote(input).posterior;
  }

  let iterations = 0;
  while (iterations < maxIterations) {
    mStep(input, post, confusion, workerAccuracy, mode, smoothing);
    updatePriors(post, priors, T, K, smoothing);
    eStep(input, confusion, priors, logConf, next, gold);
    iterations++;
    let delta = 0;
    for (let i = 0; i < post.length; i++) {
      const d = Math.abs(next[i]! - post[i]!);
      if (d > delta) delta = d;
    }
    const swap = post;
    post = next;
    next = swap;
    if (delta < tolerance) break;
  }
  if (iterations === 0) {
    // No iteration requested: still report the parameters that match the posterior.
    mStep(input, post, confusion, workerAccuracy, mode, smoothing);
    updatePriors(post, priors, T, K, smoothing);
  }
  const { labels, confidence } = decide(post, T, K);
  return { posterior: post, labels, confidence, confusion, workerAccuracy, priors, iterations };
}

/** Accuracy of predicted labels against truth (-1 = unknown, skipped); NaN when no task has truth. */
export function accuracy(labels: Int32Array, truth: Int32Array): number {
  let n = 0;
  let ok = 0;
  for (let t = 0; t < truth.length; t++) {
    if (truth[t]! < 0) continue;
    n++;
    if (labels[t] === truth[t]) ok++;
  }
  return n === 0 ? NaN : ok / n;
}

function validate(input: ConsensusInput): void {
  const { tasks: T, workers: W, classes: K, task, worker, label } = input;
  if (!(K >= 1) || !(T >= 0) || !(W >= 0)) throw new Error('tasks, workers and classes must be non-negative (classes >= 1)');
  if (worker.length !== task.length || label.length !== task.length) throw new Error('task, worker and label arrays differ in length');
  for (let i = 0; i < task.length; i++) {
    const t = task[i]!;
    const w = worker[i]!;
    const l = label[i]!;
    if (t < 0 || t >= T || w < 0 || w >= W || l < 0 || l >= K) throw new Error(`answer ${i} out of range`);
  }
}

function goldArray(input: ConsensusInput): Int32Array | undefined {
  const { gold, tasks: T, classes: K } = input;
  if (gold === undefined) return undefined;
  let out: Int32Array;
  if (gold instanceof Int32Array) {
    if (gold.length !== T) throw new Error('gold array length must equal tasks');
    out = gold;
  } else {
    out = new Int32Array(T).fill(-1);
    for (const [t, l] of gold) {
      if (t < 0 || t >= T) throw new Error(`gold task ${t} out of range`);
      out[t] = l;
    }
  }
  for (let t = 0; t < T; t++) if (out[t]! >= K) throw new Error(`gold label of task ${t} out of range`);
  return out;
}

function clampGold(post: Float64Array, gold: Int32Array | undefined, K: number): void {
  if (!gold) return;
  for (let t = 0; t < gold.length; t++) {
    const g = gold[t]!;
    if (g < 0) continue;
    const o = t * K;
    for (let k = 0; k < K; k++) post[o + k] = k === g ? 1 : 0;
  }
}

/** Confusion (and accuracy) from the current posterior: one pass over answers, then smoothing and normalising. */
function mStep(
  input: ConsensusInput,
  post: Float64Array,
  confusion: Float64Array,
  workerAccuracy: Float64Array,
  mode: WorkerModel,
  smoothing: number,
): void {
  const { workers: W, classes: K, task, worker, label } = input;
  const KK = K * K;
  confusion.fill(0);
  // Counts accumulate as confusion[w][true][observed] += P(task is true).
  for (let i = 0; i < task.length; i++) {
    const po = task[i]! * K;
    const co = worker[i]! * KK + label[i]!;
    for (let k = 0; k < K; k++) confusion[co + k * K]! += post[po + k]!;
  }
  confusionFromCountsInto(confusion, confusion, W, K, mode === 'one_coin', smoothing, workerAccuracy);
}

/**
 * The M-step's rule from soft counts [true][observed] of W workers to their confusions:
 * each row smoothed and normalised (Dawid-Skene), or one accuracy for all cells (one-coin);
 * `accuracy`, when given, gets each worker's. `out` may be `counts` (normalised in place).
 * The incremental update (incremental-ds.ts) applies the same rule to its stored counts.
 */
export function confusionFromCountsInto(counts: Float64Array, out: Float64Array, W: number, K: number, oneCoin: boolean, smoothing: number, accuracy?: Float64Array): void {
  const KK = K * K;
  for (let w = 0; w < W; w++) {
    const wo = w * KK;
    let total = 0;
    let diag = 0;
    for (let k = 0; k < K; k++) {
      for (let l = 0; l < K; l++) total += counts[wo + k * K + l]!;
      diag += counts[wo + k * K + k]!;
    }
    if (oneCoin) {
      const acc = K === 1 ? 1 : (diag + smoothing) / (total + K * smoothing);
      const a = total + smoothing > 0 ? acc : 1 / K;
      if (accuracy) accuracy[w] = a;
      const err = K === 1 ? 0 : (1 - a) / (K - 1);
      for (let k = 0; k < K; k++) for (let l = 0; l < K; l++) out[wo + k * K + l] = k === l ? a : err;
      continue;
    }
    if (accuracy) accuracy[w] = total + KK * smoothing > 0 ? (diag + K * smoothing) / (total + KK * smoothing) : 1 / K;
    for (let k = 0; k < K; k++) {
      const ro = wo + k * K;
      let row = 0;
      for (let l = 0; l < K; l++) row += counts[ro + l]!;
      const denom = row + K * smoothing;
      for (let l = 0; l < K; l++) out[ro + l] = denom > 0 ? (counts[ro + l]! + smoothing) / denom : 1 / K;
    }
  }
}

function updatePriors(post: Float64Array, priors: Float64Array, T: number, K: number, smoothing: number): void {
  priors.fill(0);
  for (let t = 0; t < T; t++) {
    const o = t * K;
    for (let k = 0; k < K; k++) priors[k]! += post[o + k]!;
  }
  const denom = T + K * smoothing;
  for (let k = 0; k < K; k++) priors[k] = denom > 0 ? (priors[k]! + smoothing) / denom : 1 / K;
}

/** Posterior from parameters in log space: log prior + sum of log confusion per answer, then a stable softmax per task. */
function eStep(
  input: ConsensusInput,
  confusion: Float64Array,
  priors: Float64Array,
  logConf: Float64Array,
  out: Float64Array,
  gold: Int32Array | undefined,
): void {
  const { tasks: T, classes: K, task, worker, label } = input;
  const KK = K * K;
  for (let i = 0; i < confusion.length; i++) logConf[i] = Math.log(Math.max(confusion[i]!, 1e-300));
  for (let t = 0; t < T; t++) {
    const o = t * K;
    for (let k = 0; k < K; k++) out[o + k] = Math.log(Math.max(priors[k]!, 1e-300));
  }
  for (let i = 0; i < task.length; i++) {
    const po = task[i]! * K;
    const co = worker[i]! * KK + label[i]!;
    for (let k = 0; k < K; k++) out[po + k]! += logConf[co + k * K]!;
  }
  for (let t = 0; t < T; t++) {
    const o = t * K;
    let max = -Infinity;
    for (let k = 0; k < K; k++) if (out[o + k]! > max) max = out[o + k]!;
    let s = 0;
    for (let k = 0; k < K; k++) {
      const e = Math.exp(out[o + k]! - max);
      out[o + k] = e;
      s += e;
    }
    for (let k = 0; k < K; k++) out[o + k] = out[o + k]! / s;
  }
  clampGold(out, gold, K);
}

function decide(post: Float64Array, T: number, K: number): { labels: Int32Array; confidence: Float64Array } {
  const labels = new Int32Array(T);
  const confidence = new Float64Array(T);
  for (let t = 0; t < T; t++) {
    const o = t * K;
    let best = 0;
    for (let k = 1; k < K; k++) if (post[o + k]! > post[o + best]!) best = k;
    labels[t] = best;
    confidence[t] = post[o + best]!;
  }
  return { labels, confidence };
}

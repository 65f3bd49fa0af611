/**
 * Incremental Dawid-Skene (issue 19): a scoring round that costs what is new. A full fit's
 * M-step is a sum over answers of each task's posterior, so its sufficient statistics are
 * per worker soft confusion counts (counts[w][true][observed] = sum of P(task is true) over
 * w's answers `observed`), the class prior counts (sum of posteriors) and each task's
 * posterior. New answers change the posteriors of the tasks they touch only (to first
 * order): take those tasks' old contributions out, re-fit their posteriors by a few local
 * EM passes over their answers alone, put the new contributions back. Every other task
 * keeps the posterior of the last full fit; the full refit on its slower schedule
 * (consensus-round.service.ts) catches the second-order drift.
 *
 * Pure and over typed arrays; workers are indexed locally (whoever answered a touched task).
 */
import type { ConsensusInput } from './dawid-skene';
import { confusionFromCountsInto, DEFAULT_SMOOTHING, DEFAULT_TOLERANCE } from './dawid-skene';
import type { ConsensusMode } from '../domain/consensus-mode';

/** The local EM passes an incremental update runs at most over the touched tasks. */
export const DEFAULT_LOCAL_PASSES = 5;

export interface IncrementalInput {
  classes: number;
  mode: ConsensusMode;
  /** Local workers * classes * classes: each worker's stored soft counts [true][observed] (0 for a newcomer). */
  counts: Float64Array;
  /** classes: the stored sum of posteriors over `tasks` tasks. */
  priorCounts: Float64Array;
  /** Tasks the prior counts sum over. */
  tasks: number;
  /** Touched tasks: touched * classes, the posterior folded in last (any values where !hasPrevious). */
  previous: Float64Array;
  /** Per touched task: 1 when it is in the state (its previous posterior is folded into the counts). */
  hasPrevious: Uint8Array;
  /** Per touched task: its gold label or -1. */
  gold: Int32Array;
  /** Parallel arrays, one entry per answer of a touched task (every one, old and new). */
  task: Int32Array;
  worker: Int32Array;
  label: Int32Array;
  /** Per answer: 1 when the previous posterior was folded in with it (the answer was seen before). */
  folded: Uint8Array;
  smoothing?: number;
  passes?: number;
  tolerance?: number;
}

export interface IncrementalResult {
  /** Updated counts, priors counts and task total: the new state. */
  counts: Float64Array;
  priorCounts: Float64Array;
  tasks: number;
  /** Workers' confusions from the new counts, and the class priors. */
  confusion: Float64Array;
  priors: Float64Array;
  /** Per touched task: posterior (touched * classes), argmax label, its probability. */
  posterior: Float64Array;
  labels: Int32Array;
  confidence: Float64Array;
  /** Local EM passes run (0 for majority). */
  passes: number;
  /** Largest change of any worker's accuracy (confusion diagonal mean) the update made. */
  maxAccuracyChange: number;
}

/** Soft counts of a fit: per worker [true][observed], the sum of the posterior of the tasks it answered. */
export function softCounts(input: ConsensusInput, posterior: Float64Array): Float64Array {
  const { workers: W, classes: K, task, worker, label } = input;
  const out = new Float64Array(W * K * K);
  addContributions(out, posterior, task, worker, label, K, 1);
  return out;
}

/** Class prior counts: the sum of the posteriors of `tasks` tasks. */
export function priorCountsOf(posterior: Float64Array, K: number): Float64Array {
  const out = new Float64Array(K);
  for (let i = 0; i < posterior.length; i++) out[i % K]! += posterior[i]!;
  return out;
}

/** The confusion the Dawid-Skene M-step makes of counts (its rule: confusionFromCountsInto in dawid-skene.ts). */
export function confusionFromCounts(counts: Float64Array, K: number, mode: ConsensusMode, smoothing = DEFAULT_SMOOTHING): Float64Array {
  const out = new Float64Array(counts.length);
  confusionFromCountsInto(counts, out, counts.length / (K * K), K, mode === 'one_coin', smoothing);
  return out;
}

/** Class priors from prior counts over `tasks` tasks (the smoothing of dawid-skene.ts). */
export function priorsFromCounts(priorCounts: Float64Array, tasks: number, smoothing = DEFAULT_SMOOTHING): Float64Array {
  const K = priorCounts.length;
  const denom = tasks + K * smoothing;
  return Float64Array.from(priorCounts, (c) => (denom > 0 ? (Math.max(c, 0) + smoothing) / denom : 1 / K));
}

/**
 * Folds the touched tasks' answers into the state: subtracts their old contributions,
 * re-fits their posteriors (majority: vote shares; else a few EM passes in which only the
 * touched tasks' posteriors move), adds the new contributions. Untouched tasks' answers
 * stay in the counts as they were.
 */
export function incrementalUpdate(input: IncrementalInput): IncrementalResult {
  const { classes: K, mode, previous, hasPrevious, gold, task, worker, label, folded } = input;
  const smoothing = input.smoothing ?? DEFAULT_SMOOTHING;
  const maxPasses = input.passes ?? DEFAULT_LOCAL_PASSES;
  const tolerance = input.tolerance ?? DEFAULT_TOLERANCE;
  const KK = K * K;
  const n = hasPrevious.length;
  if (input.counts.length % KK !== 0 || input.priorCounts.length !== K || previous.length !== n * K || gold.length !== n) {
    throw new Error('incremental state does not match classes / touched tasks');
  }
  if (worker.length !== task.length || label.length !== task.length || folded.length !== task.length) throw new Error('answer arrays differ in length');
  const W = input.counts.length / KK;
  for (let i = 0; i < task.length; i++) {
    if (task[i]! < 0 || task[i]! >= n || worker[i]! < 0 || worker[i]! >= W || label[i]! < 0 || label[i]! >= K) throw new Error(`answer ${i} out of range`);
  }
  const today = confusionFromCounts(input.counts, K, mode, smoothing);
  const before = accuracies(today, K);

  // The state without the touched tasks: their old posteriors out of the counts and priors.
  const base = Float64Array.from(input.counts);
  const basePrior = Float64Array.from(input.priorCounts);
  let tasks = input.tasks;
  for (let i = 0; i < task.length; i++) {
    if (!folded[i] || !hasPrevious[task[i]!]) continue;
    const po = task[i]! * K;
    const co = worker[i]! * KK + label[i]!;
    for (let k = 0; k < K; k++) base[co + k * K] = base[co + k * K]! - previous[po + k]!;
  }
  for (let t = 0; t < n; t++) {
    if (hasPrevious[t]) for (let k = 0; k < K; k++) basePrior[k] = basePrior[k]! - previous[t * K + k]!;
    else tasks += 1;
  }
  // Floating sums can leave -1e-12 where a count went to zero.
  for (let i = 0; i < base.length; i++) if (base[i]! < 0) base[i] = 0;
  for (let k = 0; k < K; k++) if (basePrior[k]! < 0) basePrior[k] = 0;

  let post = new Float64Array(n * K);
  let passes = 0;
  if (mode === 'majority') {
    for (let i = 0; i < task.length; i++) post[task[i]! * K + label[i]!]! += 1;
    for (let t = 0; t < n; t++) normalise(post, t * K, K);
    clampGold(post, gold, K);
  } else {
    // Start from today's parameters (the stored counts), then let the touched tasks move.
    eStep(post, today, priorsFromCounts(input.priorCounts, input.tasks, smoothing), task, worker, label, gold, K);
    const cur = new Float64Array(base.length);
    let next = new Float64Array(n * K);
    while (passes < maxPasses) {
      cur.set(base);
      addContributions(cur, post, task, worker, label, K, 1);
      const prior = Float64Array.from(basePrior);
      for (let i = 0; i < post.length; i++) prior[i % K]! += post[i]!;
      eStep(next, confusionFromCounts(cur, K, mode, smoothing), priorsFromCounts(prior, tasks, smoothing), task, worker, label, gold, K);
      passes++;
      let delta = 0;
      for (let i = 0; i < post.length; i++) delta = Math.max(delta, Math.abs(next[i]! - post[i]!));
      [post, next] = [next, post];
      if (delta < tolerance) break;
    }
  }

  const counts = base;
  addContributions(counts, post, task, worker, label, K, 1);
  const priorCounts = basePrior;
  for (let i = 0; i < post.length; i++) priorCounts[i % K]! += post[i]!;
  const confusion = confusionFromCounts(counts, K, mode, smoothing);
  const after = accuracies(confusion, K);
  let maxAccuracyChange = 0;
  for (let w = 0; w < W; w++) maxAccuracyChange = Math.max(maxAccuracyChange, Math.abs(after[w]! - before[w]!));
  const labels = new Int32Array(n);
  const confidence = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    let best = 0;
    for (let k = 1; k < K; k++) if (post[t * K + k]! > post[t * K + best]!) best = k;
    labels[t] = best;
    confidence[t] = post[t * K + best]!;
  }
  return { counts, priorCounts, tasks, confusion, priors: priorsFromCounts(priorCounts, tasks, smoothing), posterior: post, labels, confidence, passes, maxAccuracyChange };
}

function addContributions(counts: Float64Array, post: Float64Array, task: Int32Array, worker: Int32Array, label: Int32Array, K: number, sign: number): void {
  const KK = K * K;
  for (let i = 0; i < task.length; i++) {
    const po = task[i]! * K;
    const co = worker[i]! * KK + label[i]!;
    for (let k = 0; k < K; k++) counts[co + k * K]! += sign * post[po + k]!;
  }
}

/** Posteriors of the touched tasks under fixed parameters, in log space (as dawid-skene.ts). */
function eStep(out: Float64Array, confusion: Float64Array, priors: Float64Array, task: Int32Array, worker: Int32Array, label: Int32Array, gold: Int32Array, K: number): void {
  const KK = K * K;
  const n = out.length / K;
  for (let t = 0; t < n; t++) for (let k = 0; k < K; k++) out[t * K + k] = Math.log(Math.max(priors[k]!, 1e-300));
  for (let i = 0; i < task.length; i++) {
    const po = task[i]! * K;
    const co = worker[i]! * KK + label[i]!;
    for (let k = 0; k < K; k++) out[po + k]! += Math.log(Math.max(confusion[co + k * K]!, 1e-300));
  }
  for (let t = 0; t < n; t++) {
    const o = t * K;
    let max = -Infinity;
    for (let k = 0; k < K; k++) max = Math.max(max, out[o + k]!);
    for (let k = 0; k < K; k++) out[o + k] = Math.exp(out[o + k]! - max);
    normalise(out, o, K);
  }
  clampGold(out, gold, K);
}

function normalise(a: Float64Array, o: number, K: number): void {
  let s = 0;
  for (let k = 0; k < K; k++) s += a[o + k]!;
  for (let k = 0; k < K; k++) a[o + k] = s > 0 ? a[o + k]! / s : 1 / K;
}

function clampGold(post: Float64Array, gold: Int32Array, K: number): void {
  for (let t = 0; t < gold.length; t++) {
    const g = gold[t]!;
    if (g < 0) continue;
    for (let k = 0; k < K; k++) post[t * K + k] = k === g ? 1 : 0;
  }
}

function accuracies(confusion: Float64Array, K: number): Float64Array {
  const W = confusion.length / (K * K);
  const out = new Float64Array(W);
  for (let w = 0; w < W; w++) {
    let d = 0;
    for (let k = 0; k < K; k++) d += confusion[w * K * K + k * K + k]!;
    out[w] = d / K;
  }
  return out;
}

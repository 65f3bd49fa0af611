/**
 * How close an aggregate is to known truth, for the consensus benches (issue 16): rank
 * correlations for a ranking against true scores, and F1 / exact match for label sets.
 * Pure functions over plain arrays.
 */

/** 1-based ranks of xs, ties sharing the mean of the ranks they span. */
function averageRanks(xs: readonly number[]): Float64Array {
  const order = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]!);
  const ranks = new Float64Array(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && xs[order[j + 1]!] === xs[order[i]!]) j++;
    const mean = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!] = mean;
    i = j + 1;
  }
  return ranks;
}

function checkPaired(x: readonly number[], y: readonly number[]): void {
  if (x.length !== y.length) throw new RangeError(`paired samples differ in length (${x.length} and ${y.length})`);
}

/** Spearman's rho: Pearson correlation of the average ranks; NaN for fewer than 2 pairs or a constant side. */
export function spearmanRho(x: readonly number[], y: readonly number[]): number {
  checkPaired(x, y);
  const n = x.length;
  if (n < 2) return NaN;
  const rx = averageRanks(x);
  const ry = averageRanks(y);
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rx[i]! - mean;
    const dy = ry[i]! - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? NaN : sxy / Math.sqrt(sxx * syy);
}

/**
 * Kendall's tau-b, which corrects for ties on either side: (concordant - discordant) /
 * sqrt((pairs - tied in x) * (pairs - tied in y)). Quadratic in n: meant for rankings of
 * items or models (hundreds), not of answers. NaN where a side is constant.
 */
export function kendallTauB(x: readonly number[], y: readonly number[]): number {
  checkPaired(x, y);
  const n = x.length;
  let concordant = 0;
  let discordant = 0;
  let tiedX = 0;
  let tiedY = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign(x[i]! - x[j]!);
      const dy = Math.sign(y[i]! - y[j]!);
      if (dx === 0) tiedX++;
      if (dy === 0) tiedY++;
      if (dx !== 0 && dy !== 0) {
        if (dx === dy) concordant++;
        else discordant++;
      }
    }
  }
  const pairs = (n * (n - 1)) / 2;
  const denom = Math.sqrt((pairs - tiedX) * (pairs - tiedY));
  return denom === 0 ? NaN : (concordant - discordant) / denom;
}

export interface LabelSetScores {
  /** F1 over every (task, label) decision pooled. */
  microF1: number;
  /** Mean of per-label F1 over the labels present in the truth or the prediction of some task. */
  macroF1: number;
  /** Share of tasks whose predicted set equals the true set. */
  exactMatch: number;
  /** Tasks scored (those with a truth). */
  tasks: number;
}

/**
 * Scores predicted label sets against true ones, task by task; a task whose truth is null is
 * skipped. A label nobody predicted and no task has is left out of the macro mean, as it has
 * no F1 to speak of (0/0). NaN figures where nothing is scored.
 */
export function labelSetScores(predicted: readonly (readonly number[])[], truth: readonly (readonly number[] | null)[]): LabelSetScores {
  if (predicted.length !== truth.length) throw new RangeError(`predicted and true sets differ in count (${predicted.length} and ${truth.length})`);
  const perLabel = new Map<number, { tp: number; fp: number; fn: number }>();
  const counts = (l: number) => {
    let c = perLabel.get(l);
    if (!c) perLabel.set(l, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  let tasks = 0;
  let exact = 0;
  for (let t = 0; t < truth.length; t++) {
    const trueSet = truth[t];
    if (!trueSet) continue;
    tasks++;
    const want = new Set(trueSet);
    const got = new Set(predicted[t]!);
    let same = want.size === got.size;
    for (const l of got) {
      if (want.has(l)) counts(l).tp++;
      else {
        counts(l).fp++;
        same = false;
      }
    }
    for (const l of want) if (!got.has(l)) counts(l).fn++;
    if (same) exact++;
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let f1Sum = 0;
  for (const c of perLabel.values()) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    f1Sum += f1(c.tp, c.fp, c.fn);
  }
  return {
    microF1: tasks === 0 ? NaN : f1(tp, fp, fn),
    macroF1: perLabel.size === 0 ? NaN : f1Sum / perLabel.size,
    exactMatch: tasks === 0 ? NaN : exact / tasks,
    tasks,
  };
}

/** 2tp / (2tp + fp + fn); 1 when there is nothing to find and nothing was claimed. */
function f1(tp: number, fp: number, fn: number): number {
  const d = 2 * tp + fp + fn;
  return d === 0 ? 1 : (2 * tp) / d;
}

/**
 * A collusion signal (issue 8): accounts that copy one another agree far more often than
 * independent members of their skill could. Two tests, each comparing an agreement count
 * with what independence predicts from the skills (binomial tail under `maxTail`, and an
 * agreement share of at least `minAgreement` over at least `minShared` tasks):
 * - per pair of accounts, on the tasks they share (two raters of accuracies a and b agree
 *   with chance ab, plus the chance that both err the same way);
 * - per account, on every task it shares with anyone: how often everyone on the task gave
 *   one answer (all right, or all the same wrong option). This catches a farm whose many
 *   accounts each share only a few tasks with any one other but answer together.
 * Gold tasks count like any other: a farm that shares its leader's luck on gold agrees there
 * too. The skills must not come from a fit the suspects steered (see `agreementCandidates`).
 */

export interface CollusionOptions {
  /** Tasks an account (or a pair) must share before its agreement says anything. */
  minShared: number;
  /** Smallest share of agreeing tasks that can be collusion. */
  minAgreement: number;
  /** Largest chance, under independence, of agreeing this often that still flags. */
  maxTail: number;
}

export const DEFAULT_COLLUSION: CollusionOptions = { minShared: 5, minAgreement: 0.9, maxTail: 1e-4 };

export interface CollusionInput {
  tasks: number;
  classes: number;
  /** Parallel arrays, one entry per answer. */
  task: ArrayLike<number>;
  worker: ArrayLike<number>;
  label: ArrayLike<number>;
  /** Estimated accuracy 0..1 per worker index below `skill.length`; workers past it (a baseline model) are ignored. */
  skill: ArrayLike<number>;
}

/** Answers grouped by task (counting sort): task t's answers are order[start[t] .. start[t + 1]). */
function byTask(input: Pick<CollusionInput, 'tasks' | 'task'>): { start: Int32Array; order: Int32Array } {
  const n = input.task.length;
  const start = new Int32Array(input.tasks + 1);
  for (let i = 0; i < n; i++) start[input.task[i]! + 1]! += 1;
  for (let t = 0; t < input.tasks; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, input.tasks);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[input.task[i]!]!++] = i;
  return { start, order };
}

/**
 * Per account: tasks it shares with at least one other account, tasks on which every
 * account gave the same answer, and (given skills) the expected count of the latter.
 */
function unanimity(input: Omit<CollusionInput, 'skill'>, members: number, skill?: ArrayLike<number>) {
  const K = input.classes;
  const { start, order } = byTask(input);
  const shared = new Int32Array(members);
  const unanimous = new Int32Array(members);
  const expected = new Float64Array(members);
  for (let t = 0; t < input.tasks; t++) {
    let right = 1;
    let wrong = 1;
    let raters = 0;
    let first = -1;
    let same = true;
    for (let x = start[t]!; x < start[t + 1]!; x++) {
      const i = order[x]!;
      const w = input.worker[i]!;
      if (w >= members) continue;
      const a = skill ? Math.min(1, Math.max(0, skill[w]!)) : 1;
      right *= a;
      wrong *= (1 - a) / Math.max(1, K - 1);
      raters += 1;
      if (first < 0) first = input.label[i]!;
      else if (input.label[i] !== first) same = false;
    }
    if (raters < 2) continue;
    const p = Math.min(1, right + wrong * Math.max(1, K - 1));
    for (let x = start[t]!; x < start[t + 1]!; x++) {
      const w = input.worker[order[x]!]!;
      if (w >= members) continue;
      shared[w]! += 1;
      expected[w]! += p;
      if (same) unanimous[w]! += 1;
    }
  }
  return { shared, unanimous, expected };
}

/**
 * Accounts worth a closer look, from the answers alone: on at least `minShared` tasks with
 * others, the task was unanimous at least `minAgreement` of the time. Their skill should
 * then be estimated from a fit without them (a farm that decides its own tasks looks
 * accurate to a fit it steers) before `suspectColluders` tests them.
 */
export function agreementCandidates(input: Omit<CollusionInput, 'skill'>, members: number, o: CollusionOptions = DEFAULT_COLLUSION): Uint8Array {
  const u = unanimity(input, members);
  return Uint8Array.from({ length: members }, (_, w) => (u.shared[w]! >= o.minShared && u.unanimous[w]! >= o.minAgreement * u.shared[w]! ? 1 : 0));
}

/** One flag per worker index below `skill.length`: 1 where the account is suspected. */
export function suspectColluders(input: CollusionInput, o: CollusionOptions = DEFAULT_COLLUSION): Uint8Array {
  const W = input.skill.length;
  const K = input.classes;
  const flags = new Uint8Array(W);
  const u = unanimity(input, W, input.skill);
  for (let w = 0; w < W; w++) {
    const n = u.shared[w]!;
    if (n < o.minShared || u.unanimous[w]! < o.minAgreement * n) continue;
    if (binomialTail(u.unanimous[w]!, n, u.expected[w]! / n) < o.maxTail) flags[w] = 1;
  }
  const { start, order } = byTask(input);
  const shared = new Map<number, number>();
  const agreed = new Map<number, number>();
  for (let t = 0; t < input.tasks; t++) {
    for (let x = start[t]!; x < start[t + 1]!; x++) {
      const i = order[x]!;
      const wi = input.worker[i]!;
      if (wi >= W) continue;
      for (let y = x + 1; y < start[t + 1]!; y++) {
        const j = order[y]!;
        const wj = input.worker[j]!;
        if (wj >= W || wj === wi) continue;
        const key = wi < wj ? wi * W + wj : wj * W + wi;
        shared.set(key, (shared.get(key) ?? 0) + 1);
        if (input.label[i] === input.label[j]) agreed.set(key, (agreed.get(key) ?? 0) + 1);
      }
    }
  }
  for (const [key, s] of shared) {
    if (s < o.minShared) continue;
    const a = agreed.get(key) ?? 0;
    if (a < o.minAgreement * s) continue;
    const wi = Math.floor(key / W);
    const wj = key % W;
    if (binomialTail(a, s, expectedAgreement(input.skill[wi]!, input.skill[wj]!, K)) < o.maxTail) {
      flags[wi] = 1;
      flags[wj] = 1;
    }
  }
  return flags;
}

/** The chance that two independent raters of accuracies a and b give the same answer, errors spread evenly. */
export function expectedAgreement(a: number, b: number, classes: number): number {
  if (classes <= 1) return 1;
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  const p = clamp(a);
  const q = clamp(b);
  return clamp(p * q + ((1 - p) * (1 - q)) / (classes - 1));
}

/** P(X >= k) for X ~ Binomial(n, p), summed in log space. */
export function binomialTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let logC = 0;
  for (let i = 1; i <= k; i++) logC += Math.log((n - k + i) / i);
  let sum = 0;
  for (let x = k; x <= n; x++) {
    sum += Math.exp(logC + x * Math.log(p) + (n - x) * Math.log(1 - p));
    // C(n, x + 1) = C(n, x) * (n - x) / (x + 1)
    logC += Math.log((n - x) / (x + 1));
  }
  return Math.min(1, sum);
}

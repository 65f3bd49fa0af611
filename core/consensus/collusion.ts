/**
 * A collusion signal (issue 8): accounts that answer as one are assessed as one rater, so a
 * farm copying one leader is judged on the gold its whole group answered, and a linked pair
 * that agrees far more often than two independent raters of their accuracies could is
 * suspected too. Honest friends who agree on a few easy tasks are never suspected. The
 * rule, its thresholds and why: docs/scoring.md (collusion.suspected).
 */

import { upperBound } from './reward-rules';

export interface CollusionOptions {
  /** Tasks two accounts must share before their agreement links them. */
  minShared: number;
  /** Smallest share of agreeing shared tasks that links two accounts. */
  minAgreement: number;
  /** Distinct gold tasks the pooled record needs before it speaks. */
  minPooledGold: number;
  /** Largest chance, under independence, of a linked pair agreeing as often as it did that still suspects it. */
  maxTail: number;
}

export const DEFAULT_COLLUSION: CollusionOptions = { minShared: 5, minAgreement: 0.9, minPooledGold: 4, maxTail: 1e-4 };

export interface CollusionInput {
  tasks: number;
  classes: number;
  /** Parallel arrays, one entry per answer. */
  task: ArrayLike<number>;
  worker: ArrayLike<number>;
  label: ArrayLike<number>;
  /** Gold label per task, -1 for none. */
  gold: ArrayLike<number>;
}

/** Each account's linked partners (indices below `members`; workers past it, a baseline model, are ignored). */
export function agreementLinks(input: Omit<CollusionInput, 'gold'>, members: number, o: CollusionOptions = DEFAULT_COLLUSION): number[][] {
  return linkedPairs(input, members, o).links;
}

function linkedPairs(input: Omit<CollusionInput, 'gold'>, members: number, o: CollusionOptions) {
  const n = input.task.length;
  // Answers grouped by task (counting sort), so each task's pairs are one small loop.
  const start = new Int32Array(input.tasks + 1);
  for (let i = 0; i < n; i++) start[input.task[i]! + 1]! += 1;
  for (let t = 0; t < input.tasks; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, input.tasks);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[input.task[i]!]!++] = i;
  const shared = new Map<number, number>();
  const agreed = new Map<number, number>();
  for (let t = 0; t < input.tasks; t++) {
    for (let x = start[t]!; x < start[t + 1]!; x++) {
      const i = order[x]!;
      const wi = input.worker[i]!;
      if (wi >= members) continue;
      for (let y = x + 1; y < start[t + 1]!; y++) {
        const j = order[y]!;
        const wj = input.worker[j]!;
        if (wj >= members || wj === wi) continue;
        const key = wi < wj ? wi * members + wj : wj * members + wi;
        shared.set(key, (shared.get(key) ?? 0) + 1);
        if (input.label[i] === input.label[j]) agreed.set(key, (agreed.get(key) ?? 0) + 1);
      }
    }
  }
  const links: number[][] = Array.from({ length: members }, () => []);
  const pairs: { a: number; b: number; shared: number; agreed: number }[] = [];
  for (const [key, s] of shared) {
    const a = agreed.get(key) ?? 0;
    if (s < o.minShared || a < o.minAgreement * s) continue;
    const wi = Math.floor(key / members);
    const wj = key % members;
    links[wi]!.push(wj);
    links[wj]!.push(wi);
    pairs.push({ a: wi, b: wj, shared: s, agreed: a });
  }
  return { links, pairs };
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

/**
 * One flag per account (index below `members`, `skill` its estimated accuracy): 1 where the
 * account and its linked partners, pooled, clearly fail the gold tasks they answered
 * (upper bound below `floor`), or where a linked pair agrees beyond what independence explains.
 */
export function suspectColluders(input: CollusionInput, members: number, floor: number, skill: ArrayLike<number>, o: CollusionOptions = DEFAULT_COLLUSION): Uint8Array {
  const K = input.classes;
  const flags = new Uint8Array(members);
  const { links, pairs } = linkedPairs(input, members, o);
  if (pairs.length === 0) return flags;
  // Each account's gold answers: task -> right.
  const goldOf: Map<number, boolean>[] = Array.from({ length: members }, () => new Map());
  for (let i = 0; i < input.task.length; i++) {
    const w = input.worker[i]!;
    const t = input.task[i]!;
    if (w >= members || !(input.gold[t]! >= 0)) continue;
    goldOf[w]!.set(t, input.gold[t] === input.label[i]);
  }
  const accuracy = Float64Array.from({ length: members }, (_, w) => skill[w]!);
  for (let w = 0; w < members; w++) {
    if (links[w]!.length === 0) continue;
    const pooled = new Map(goldOf[w]!);
    for (const p of links[w]!) for (const [t, right] of goldOf[p]!) if (!pooled.has(t)) pooled.set(t, right);
    if (pooled.size < o.minPooledGold) continue;
    let right = 0;
    for (const r of pooled.values()) if (r) right += 1;
    accuracy[w] = Math.min(accuracy[w]!, (right + 1 / K) / (pooled.size + 1));
    if (pooled.size > goldOf[w]!.size && upperBound(right / pooled.size, pooled.size) < floor) flags[w] = 1;
  }
  for (const p of pairs) {
    if (binomialTail(p.agreed, p.shared, expectedAgreement(accuracy[p.a]!, accuracy[p.b]!, K)) < o.maxTail) {
      flags[p.a] = 1;
      flags[p.b] = 1;
    }
  }
  return flags;
}

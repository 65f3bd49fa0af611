/**
 * A collusion signal (issue 8). Accounts that answer as one (they agree on nearly every
 * task they share) are assessed as one rater: a farm whose accounts copy one leader shares
 * the leader's luck on the few gold tasks each account sees, so each account's own gold
 * record may look fine, but the gold tasks the whole group answered tell the truth about
 * the leader. An account linked to such partners (at least `minShared` shared tasks, at
 * least `minAgreement` of them agreeing) whose partners add gold tasks to its own, and
 * whose pooled gold record (each gold task once, its own answer first) spans at least
 * `minPooledGold` tasks and is clearly below the accuracy floor (its upper bound, as for
 * the skill floor), is suspected. Honest members who agree that often are good, and so is
 * their pooled gold; partners without gold prove nothing either way, so a few friends who
 * agree on a few easy tasks are never suspected.
 */

import { upperBound } from './reward-rules';

export interface CollusionOptions {
  /** Tasks two accounts must share before their agreement links them. */
  minShared: number;
  /** Smallest share of agreeing shared tasks that links two accounts. */
  minAgreement: number;
  /** Distinct gold tasks the pooled record needs before it speaks. */
  minPooledGold: number;
}

export const DEFAULT_COLLUSION: CollusionOptions = { minShared: 5, minAgreement: 0.9, minPooledGold: 4 };

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
  for (const [key, s] of shared) {
    if (s < o.minShared || (agreed.get(key) ?? 0) < o.minAgreement * s) continue;
    const wi = Math.floor(key / members);
    const wj = key % members;
    links[wi]!.push(wj);
    links[wj]!.push(wi);
  }
  return links;
}

/**
 * One flag per account (index below `members`): 1 where the account and its linked
 * partners, pooled, clearly fail the gold tasks they answered (upper bound below `floor`).
 */
export function suspectColluders(input: CollusionInput, members: number, floor: number, o: CollusionOptions = DEFAULT_COLLUSION): Uint8Array {
  const flags = new Uint8Array(members);
  const links = agreementLinks(input, members, o);
  if (links.every((l) => l.length === 0)) return flags;
  // Each account's gold answers: task -> right.
  const goldOf: Map<number, boolean>[] = Array.from({ length: members }, () => new Map());
  for (let i = 0; i < input.task.length; i++) {
    const w = input.worker[i]!;
    const t = input.task[i]!;
    if (w >= members || !(input.gold[t]! >= 0)) continue;
    goldOf[w]!.set(t, input.gold[t] === input.label[i]);
  }
  for (let w = 0; w < members; w++) {
    if (links[w]!.length === 0) continue;
    const pooled = new Map(goldOf[w]!);
    for (const p of links[w]!) for (const [t, right] of goldOf[p]!) if (!pooled.has(t)) pooled.set(t, right);
    if (pooled.size < o.minPooledGold || pooled.size === goldOf[w]!.size) continue;
    let right = 0;
    for (const r of pooled.values()) if (r) right += 1;
    if (upperBound(right / pooled.size, pooled.size) < floor) flags[w] = 1;
  }
  return flags;
}

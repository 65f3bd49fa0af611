/**
 * The posterior of one task's true label from stored consensus parameters: the E-step of
 * Dawid-Skene for a single task, which is all a finalization needs (the full fit runs in
 * the scoring round). A rater without learned parameters (a new member, or the baseline
 * before the first round) votes with a symmetric confusion of `defaultAccuracy`.
 */

/** One rater's answer on the task: an option index and, when learned, its confusion rows [true][observed]. */
export interface RaterVote {
  label: number;
  confusion?: readonly (readonly number[])[] | null;
}

/** What a rater without history is assumed to get right: better than chance, far from sure. */
export const DEFAULT_RATER_ACCURACY = 0.7;

/** Classes-length posterior (sums to 1); `priors` null or malformed means uniform. */
export function taskPosterior(classes: number, votes: readonly RaterVote[], priors?: readonly number[] | null, defaultAccuracy = DEFAULT_RATER_ACCURACY): Float64Array {
  const K = classes;
  const log = new Float64Array(K);
  const uniform = !priors || priors.length !== K;
  for (let k = 0; k < K; k++) log[k] = Math.log(uniform ? 1 / K : Math.max(priors[k]!, 1e-300));
  const off = K > 1 ? (1 - defaultAccuracy) / (K - 1) : 0;
  for (const v of votes) {
    if (v.label < 0 || v.label >= K) continue;
    const c = v.confusion && v.confusion.length === K ? v.confusion : null;
    for (let k = 0; k < K; k++) {
      const p = c ? c[k]?.[v.label] ?? 0 : k === v.label ? defaultAccuracy : off;
      log[k]! += Math.log(Math.max(p, 1e-300));
    }
  }
  let max = -Infinity;
  for (let k = 0; k < K; k++) if (log[k]! > max) max = log[k]!;
  let s = 0;
  for (let k = 0; k < K; k++) {
    log[k] = Math.exp(log[k]! - max);
    s += log[k]!;
  }
  for (let k = 0; k < K; k++) log[k] = log[k]! / s;
  return log;
}

/**
 * A rater's skill as the mean of its confusion diagonal (balanced accuracy): chance level
 * for anyone whose answers carry no information about the truth, so a member who always
 * picks the most common class scores like a random clicker, not like an expert.
 */
export function balancedAccuracy(confusion: readonly (readonly number[])[]): number {
  const K = confusion.length;
  if (K === 0) return 0;
  let s = 0;
  for (let k = 0; k < K; k++) s += confusion[k]?.[k] ?? 0;
  return s / K;
}

import type { ConsensusMode } from '../domain/consensus-mode';

/**
 * Whether a regular task is decided, from its posterior (dawid_skene, one_coin) or its vote
 * counts (majority). Dynamic overlap: a task is final once its posterior reaches the target
 * with at least the quorum of answers, final-but-uncertain at the maximum, open otherwise.
 */
export type TaskDecision =
  | { state: 'open' }
  | { state: 'final'; label: number; confidence: number }
  /** Best guess, or null when there is none (a majority tie). */
  | { state: 'final_uncertain'; label: number | null; confidence: number };

export interface DecideInput {
  mode: ConsensusMode;
  /** Option index per member answer. */
  votes: readonly number[];
  classes: number;
  /** Posterior over classes for the probabilistic modes. */
  posterior?: ArrayLike<number>;
  answersPerTask: number;
  maxAnswers: number;
  targetConfidence: number;
}

export function decideTask(d: DecideInput): TaskDecision {
  const n = d.votes.length;
  if (n < d.answersPerTask) return { state: 'open' };
  if (d.mode === 'majority') {
    const counts = new Array<number>(d.classes).fill(0);
    for (const v of d.votes) counts[v]! += 1;
    const { best, second } = topTwo(counts);
    const confidence = counts[best]! / n;
    // A strict plurality decides; a tie waits for more answers up to the maximum.
    if (counts[best]! > (second < 0 ? -1 : counts[second]!)) return { state: 'final', label: best, confidence };
    return n >= d.maxAnswers ? { state: 'final_uncertain', label: null, confidence } : { state: 'open' };
  }
  if (!d.posterior || d.posterior.length !== d.classes) throw new Error('a posterior over every class is required');
  const { best } = topTwo(d.posterior);
  const confidence = d.posterior[best]!;
  if (confidence >= d.targetConfidence) return { state: 'final', label: best, confidence };
  return n >= d.maxAnswers ? { state: 'final_uncertain', label: best, confidence } : { state: 'open' };
}

/** Index of the largest and second largest entry (ties: lowest index first; -1 if none). */
function topTwo(xs: ArrayLike<number>): { best: number; second: number } {
  let best = 0;
  for (let k = 1; k < xs.length; k++) if (xs[k]! > xs[best]!) best = k;
  let second = -1;
  for (let k = 0; k < xs.length; k++) if (k !== best && (second < 0 || xs[k]! > xs[second]!)) second = k;
  return { best, second };
}

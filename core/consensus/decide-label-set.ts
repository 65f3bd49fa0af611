/**
 * A multi-label task's decision (issue 16): each label is its own yes/no question, decided
 * by its posterior of "present" (or its share of ticks in majority mode); the task is
 * decided once every label is, and its confidence is that of its least sure label. The
 * decided set is a TaskDecision whose label is the set's bit mask (label-set.ts). Pure.
 */
import type { ConsensusMode } from '../domain/consensus-mode';
import type { TaskDecision } from './decide-task';
import { taskPosterior } from './task-posterior';

/** One rater's ticks on the task, and when learned, its confusion per label: [p(0|0), p(1|0), p(0|1), p(1|1)] ([true][ticked]). */
export interface LabelRater {
  ticked: readonly number[];
  confusion?: readonly (readonly number[])[] | null;
}

/**
 * Per label, the posterior that it is present: the single-task E-step of each label's
 * binary fit. `prevalence`: per label the share of items it is present in (the round's
 * priors); null or malformed means even odds.
 */
export function labelPresence(labels: number, raters: readonly LabelRater[], prevalence?: readonly number[] | null): Float64Array {
  const out = new Float64Array(labels);
  const known = prevalence && prevalence.length === labels ? prevalence : null;
  for (let l = 0; l < labels; l++) {
    const votes = raters.map((r) => {
      const row = r.confusion && r.confusion.length === labels ? r.confusion[l] : undefined;
      return { label: r.ticked.includes(l) ? 1 : 0, confusion: row && row.length === 4 ? [[row[0]!, row[1]!], [row[2]!, row[3]!]] : null };
    });
    const p = known ? known[l]! : 0.5;
    out[l] = taskPosterior(2, votes, [1 - p, p])[1]!;
  }
  return out;
}

export interface DecideLabelSetInput {
  mode: ConsensusMode;
  /** Per answer, the label indices it ticked. */
  answers: readonly (readonly number[])[];
  labels: number;
  /** Per label, the posterior that it is present (the probabilistic modes). */
  presence?: ArrayLike<number>;
  answersPerTask: number;
  maxAnswers: number;
  targetConfidence: number;
}

/** The decision, and per label the presence it rests on (posterior, or share of ticks in majority mode). */
export function decideLabelSet(d: DecideLabelSetInput): { decision: TaskDecision; presence: number[] } {
  const n = d.answers.length;
  const L = d.labels;
  let presence: number[];
  if (d.mode === 'majority') {
    const ticks = new Array<number>(L).fill(0);
    for (const a of d.answers) for (const l of a) ticks[l]! += 1;
    presence = ticks.map((t) => (n === 0 ? 0 : t / n));
  } else {
    if (!d.presence || d.presence.length !== L) throw new Error('a presence per label is required');
    presence = Array.from(d.presence);
  }
  if (n < d.answersPerTask) return { decision: { state: 'open' }, presence };
  let mask = 0;
  let confidence = 1;
  for (let l = 0; l < L; l++) {
    const p = presence[l]!;
    if (p > 0.5) mask |= 1 << l;
    confidence = Math.min(confidence, Math.max(p, 1 - p));
  }
  if (d.mode === 'majority') {
    // Every label needs a strict majority either way; a tie waits for more answers.
    const tied = presence.some((p) => p === 0.5);
    if (!tied) return { decision: { state: 'final', label: mask, confidence }, presence };
    return { decision: n >= d.maxAnswers ? { state: 'final_uncertain', label: null, confidence } : { state: 'open' }, presence };
  }
  if (confidence >= d.targetConfidence) return { decision: { state: 'final', label: mask, confidence }, presence };
  return { decision: n >= d.maxAnswers ? { state: 'final_uncertain', label: mask, confidence } : { state: 'open' }, presence };
}

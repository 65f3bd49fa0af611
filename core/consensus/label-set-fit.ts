/**
 * The scoring round's fit of a multilabel campaign (issue 16): binary relevance over the
 * Dawid-Skene engine (multi-label.ts), gold per label, and every member's standing in the
 * shape the rest of scoring reads: a confusion row per label ([p(0|0), p(1|0), p(0|1),
 * p(1|1)], decide-label-set.ts), a skill that is the mean of the per-label skills (so
 * the floor is that of a yes/no question), and a gold record counted in answers, an answer
 * right when it matches the gold set (labelSetsMatch, as pay). Pure.
 */
import type { ConsensusMode } from '../domain/consensus-mode';
import { labelSetsMatch } from '../campaigns/label-set';
import { memberStandings } from './member-standing';
import { multiLabelConsensus, type MultiLabelAnswer } from './multi-label';

export interface LabelSetFitInput {
  tasks: number;
  /** Workers are members only: no baseline votes on a label set. */
  workers: number;
  labels: number;
  answers: readonly MultiLabelAnswer[];
  /** Gold label sets per task index. */
  gold: ReadonlyMap<number, readonly number[]>;
}

export interface LabelSetFit {
  /** Per task: the decided set's bit mask, its confidence (least sure label) and presence per label. */
  mask: Int32Array;
  confidence: Float64Array;
  presence: number[][];
  /** Per label, the share of items it is present in (the campaign's priors). */
  prevalence: number[];
  iterations: number;
  /** Per worker. */
  answers: Int32Array;
  goldAnswers: Int32Array;
  goldCorrect: Int32Array;
  skill: Float64Array;
  /** Worker w's confusion, one row per label. */
  confusionOf(w: number): number[][];
}

export function fitLabelSets(input: LabelSetFitInput, mode: ConsensusMode, maxIterations: number): LabelSetFit {
  const { tasks: T, workers: W, labels: L } = input;
  const skillSum = new Float64Array(W);
  const rows: number[][][] = Array.from({ length: W }, () => []);
  let iterations = 0;
  const fit = multiLabelConsensus(
    { tasks: T, workers: W, labels: L, answers: input.answers, gold: input.gold },
    {
      mode,
      maxIterations,
      onLabel: (l, binary, f) => {
        iterations = Math.max(iterations, f.iterations);
        const st = memberStandings(binary, W, f, 2);
        for (let w = 0; w < W; w++) {
          skillSum[w]! += st.skill[w]!;
          rows[w]![l] = st.confusionOf(w).flat();
        }
      },
    },
  );
  const answers = new Int32Array(W);
  const goldAnswers = new Int32Array(W);
  const goldCorrect = new Int32Array(W);
  for (const a of input.answers) {
    answers[a.worker]! += 1;
    const g = input.gold.get(a.task);
    if (!g) continue;
    goldAnswers[a.worker]! += 1;
    if (labelSetsMatch(a.labels, g, L)) goldCorrect[a.worker]! += 1;
  }
  const mask = new Int32Array(T);
  const confidence = new Float64Array(T);
  const presence: number[][] = [];
  for (let t = 0; t < T; t++) {
    let m = 0;
    let c = 1;
    const p = Array.from(fit.presence.subarray(t * L, t * L + L));
    for (let l = 0; l < L; l++) {
      if (p[l]! > 0.5) m |= 1 << l;
      c = Math.min(c, Math.max(p[l]!, 1 - p[l]!));
    }
    mask[t] = m;
    confidence[t] = c;
    presence.push(p);
  }
  return {
    mask,
    confidence,
    presence,
    prevalence: fit.perLabel.map((f) => f.priors[1]!),
    iterations,
    answers,
    goldAnswers,
    goldCorrect,
    skill: Float64Array.from(skillSum, (s) => (L === 0 ? 0 : s / L)),
    confusionOf: (w) => rows[w]!,
  };
}

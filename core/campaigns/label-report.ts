import type { CampaignOption } from '../domain/campaign-types';
import { parseLabelSet } from './label-set';

/** One label's figures in a multilabel campaign. */
export interface LabelFigure {
  id: string;
  label: string;
  /** Decided sets that hold it. */
  decided: number;
  /** Answers that ticked it. */
  ticked: number;
}

/**
 * A multilabel campaign's figures per label: how often each label is in the decided sets,
 * and how often members ticked it. Counted per label, not per set: a distribution of the
 * sets would list label combinations, up to 2^labels of them.
 */
export interface LabelReport {
  /** Regular tasks with a decided set (status final). */
  decidedTasks: number;
  /** Decided sets that hold no label ("none apply"). */
  decidedNone: number;
  answers: number;
  /** Answers that ticked no label. */
  answeredNone: number;
  /** In the campaign's option order. */
  labels: LabelFigure[];
}

/** How many times one stored set occurs (decided tasks, or answers). */
export interface SetCount {
  choice: string;
  n: number;
}

/**
 * Sums counted sets into per-label figures. A stored text that is not a set of the options
 * (none should be: answers and decisions are checked when written) is left out. Pure.
 */
export function labelReport(options: readonly CampaignOption[], decided: readonly SetCount[], answers: readonly SetCount[]): LabelReport {
  const labels = options.map((o): LabelFigure => ({ id: o.id, label: o.label, decided: 0, ticked: 0 }));
  const sum = (counts: readonly SetCount[], field: 'decided' | 'ticked'): { total: number; none: number } => {
    let total = 0;
    let none = 0;
    for (const { choice, n } of counts) {
      const ticked = parseLabelSet(options, choice);
      if (!ticked) continue;
      total += n;
      if (ticked.length === 0) none += n;
      for (const i of ticked) labels[i]![field] += n;
    }
    return { total, none };
  };
  const d = sum(decided, 'decided');
  const a = sum(answers, 'ticked');
  return { decidedTasks: d.total, decidedNone: d.none, answers: a.total, answeredNone: a.none, labels };
}

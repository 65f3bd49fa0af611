import type { CampaignOption } from '../domain/campaign-types';
import { LABEL_MATCH_OVERLAP, LABEL_MATCH_SHARE, parseLabelSet } from '../campaigns/label-set';
import type { ExportRecord } from './export-record';
import type { CardContents, HfColumn, HfRow } from './hf-dataset';

/**
 * A multilabel campaign as a Hugging Face dataset: the decided set as a Sequence of
 * ClassLabel (class indices into the label names, the shape `datasets` gives multi-label
 * classification), and beside it a Sequence of float64 with each label's probability, in
 * the names' order. Lists of numbers keep one type on every line; null marks "no set".
 */
export const MULTILABEL_HF_COLUMNS: readonly HfColumn[] = [
  { name: 'labels', dtype: 'int64', sequence: true, classLabel: true, meaning: 'the decided set: class indices into the label names, in their order; [] when none apply; null while undecided' },
  {
    name: 'label_confidence',
    dtype: 'float64',
    sequence: true,
    meaning: 'per label name, in their order, the probability that it applies (its posterior, or its share of ticks in majority mode); null while undecided',
  },
  { name: 'confidence', dtype: 'float64', meaning: "the task's confidence: that of its least sure label, 0.5..1; null while undecided" },
  { name: 'answers', dtype: 'int64', meaning: 'answers the task received' },
  { name: 'status', dtype: 'string', meaning: 'open, final or final_uncertain' },
  { name: 'uncertain', dtype: 'bool', meaning: 'true when the task reached its maximum answers with some label short of the target confidence' },
  { name: 'gold_labels', dtype: 'int64', sequence: true, classLabel: true, meaning: 'the known set of a gold task, as class indices; null otherwise' },
];

/** A stored set as class indices; null for none (or text that is not a set of the options). */
const indices = (options: readonly CampaignOption[], choice: string | null): number[] | null => (choice === null ? null : (parseLabelSet(options, choice) ?? null));

/** The multilabel columns of one task's row. */
export function multilabelFields(options: readonly CampaignOption[], r: ExportRecord): HfRow {
  const presence = r.labelPresence;
  return {
    labels: indices(options, r.consensusLabel),
    label_confidence: presence && presence.length === options.length ? presence : null,
    confidence: r.confidence,
    answers: r.answers,
    status: r.status,
    uncertain: r.status === 'final_uncertain',
    gold_labels: indices(options, r.goldLabel),
  };
}

/** How often each label is in the decided sets the dataset holds. */
export interface LabelCounts {
  /** Rows with a decided set. */
  decided: number;
  /** Per label, in option order: decided sets that hold it. */
  present: number[];
}

/** Adds one row's decided set to the counts. */
export function countLabels(counts: LabelCounts, row: HfRow): void {
  const labels = row.labels;
  if (!Array.isArray(labels)) return;
  counts.decided += 1;
  for (const i of labels as number[]) counts.present[i] = (counts.present[i] ?? 0) + 1;
}

const percent = (x: number): string => `${Math.round(x * 1000) / 10}%`;

/** Markdown table cell text: no line breaks, pipes escaped. */
const cell = (s: string): string => s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

/** The card's Labels section of a multilabel campaign: the names, and how often each is in a decided set. */
export function multilabelLabelLines(options: readonly CampaignOption[], contents: CardContents): string[] {
  const counts = contents.labelCounts;
  const share = (i: number): string => {
    if (!counts || counts.decided === 0) return '–';
    const n = counts.present[i] ?? 0;
    return `${n} of ${counts.decided} (${percent(n / counts.decided)})`;
  };
  return [
    '## Labels',
    '',
    'Each item may have any number of these labels, none included. `labels` and `gold_labels` hold class indices into these names; ' +
      '`label_confidence` holds one probability per name, in this order.',
    '',
    '| index | id | label | in decided sets |',
    '|---|---|---|---|',
    ...options.map((o, i) => `| ${i} | ${cell(o.id)} | ${cell(o.label)} | ${share(i)} |`),
    '',
  ];
}

/** The card's Agreement sentence for a multilabel campaign. */
export function multilabelAgreement(agreement: number): string {
  return (
    `${percent(agreement)} of the scored answers matched their task's decided set: an answer matches when it agrees with the set ` +
    `(ticked where the set has the label, left out where it has not) on at least ${percent(LABEL_MATCH_SHARE)} of the labels and, ` +
    `unless both are empty, at least ${percent(LABEL_MATCH_OVERLAP)} of the labels either ticks are in both.`
  );
}

/** How a multilabel task's set was decided, for the card (decide-label-set.ts). */
export function multilabelConsensusWords(consensus: string, mode: string, answersPerTask: number, targetConfidence: number, maxAnswers: number): string {
  const head =
    `Each label of a task is its own yes/no question, decided by ${consensus} (consensus mode \`${mode}\`); the task's set holds the labels ` +
    'more likely present than not, and its confidence is that of its least sure label. ';
  if (mode === 'majority') {
    return (
      head +
      `A task is final once it has at least ${answersPerTask} answers and every label has a strict majority either way; a label ticked by ` +
      `exactly half waits for more answers, and a task still tied at ${maxAnswers} answers is final but uncertain (\`uncertain: true\`), with no set.`
    );
  }
  return (
    head +
    `A task is final once it has at least ${answersPerTask} answers and every label reaches a confidence of ${targetConfidence}; a task that ` +
    `reaches ${maxAnswers} answers without it is final but uncertain (\`uncertain: true\`), its set the likelier side of each label.`
  );
}

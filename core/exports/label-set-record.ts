import type { CampaignOption } from '../domain/campaign-types';
import { LABEL_SEPARATOR, parseLabelSet } from '../campaigns/label-set';
import { csvRow } from './csv-row';
import { EXPORT_COLUMNS, type ExportRecord } from './export-record';

/**
 * A multilabel campaign's CSV and JSONL rows: the other kinds' columns, a set where they
 * hold one label, and `label_confidence` after `confidence`.
 *
 * - `consensus_label` and `gold_label`: JSONL writes the set as an array of ids in the
 *   campaign's order (`[]`: none apply); CSV as the ids joined by '|', and the empty set
 *   as `[]`, so "none apply" differs from an empty cell (undecided, or not gold). That is
 *   the text the CSV import reads as a gold set (item-gold.ts).
 * - `label_confidence`: per label, the probability that it applies (its posterior, or its
 *   share of ticks in majority mode) as an object id -> number, in the campaign's order;
 *   CSV holds that object's JSON text in one cell, as it does the item. Null (an empty
 *   cell) while the task is undecided.
 * - `confidence` is the task's: that of its least sure label.
 */
export const MULTILABEL_EXPORT_COLUMNS = [...EXPORT_COLUMNS.slice(0, 5), 'label_confidence', ...EXPORT_COLUMNS.slice(5)] as const;

/** A stored set's ids in the campaign's order; null for none or for text that is not a set of the options. */
export function labelList(options: readonly CampaignOption[], choice: string | null): string[] | null {
  if (choice === null) return null;
  const ticked = parseLabelSet(options, choice);
  return ticked ? ticked.map((i) => options[i]!.id) : null;
}

/** Per label id, the probability that it applies; null without one per option. */
export function labelConfidence(options: readonly CampaignOption[], presence: readonly number[] | null | undefined): Record<string, number> | null {
  if (!presence || presence.length !== options.length || !presence.every((p) => typeof p === 'number')) return null;
  return Object.fromEntries(options.map((o, i) => [o.id, presence[i]!]));
}

/** A set as one CSV cell: ids joined by '|', `[]` for the empty set, empty for none. */
const setCell = (ids: string[] | null): string | null => (ids === null ? null : ids.length === 0 ? '[]' : ids.join(LABEL_SEPARATOR));

/** The CSV header line (CRLF) of a multilabel export. */
export const multilabelCsvHeader = (): string => csvRow(MULTILABEL_EXPORT_COLUMNS);

/** One CSV line (CRLF) of a multilabel task. */
export function multilabelCsvLine(options: readonly CampaignOption[], r: ExportRecord): string {
  const confidence = labelConfidence(options, r.labelPresence);
  return csvRow([
    r.taskId,
    r.itemKey,
    r.itemJson,
    setCell(labelList(options, r.consensusLabel)),
    r.confidence,
    confidence === null ? null : JSON.stringify(confidence),
    r.answers,
    r.baselineLabel,
    r.baselineProbability,
    r.status === 'final_uncertain',
    r.status,
    setCell(labelList(options, r.goldLabel)),
    r.modelVerified,
  ]);
}

/** One JSONL line (LF) of a multilabel task, the item embedded as the JSON object it is. */
export function multilabelJsonLine(options: readonly CampaignOption[], r: ExportRecord): string {
  const head = JSON.stringify({ task_id: r.taskId, item_key: r.itemKey });
  const tail = JSON.stringify({
    consensus_label: labelList(options, r.consensusLabel),
    confidence: r.confidence,
    label_confidence: labelConfidence(options, r.labelPresence),
    answers: r.answers,
    baseline_label: r.baselineLabel,
    baseline_probability: r.baselineProbability,
    uncertain: r.status === 'final_uncertain',
    status: r.status,
    gold_label: labelList(options, r.goldLabel),
    model_verified: r.modelVerified,
  });
  return `${head.slice(0, -1)},"item":${r.itemJson},${tail.slice(1)}\n`;
}

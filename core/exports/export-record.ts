import type { TaskStatus } from '../domain/task-status';
import { csvRow } from './csv-row';

export type ExportFormat = 'csv' | 'jsonl';

/** One task of a campaign export, as read from the task row. */
export interface ExportRecord {
  taskId: number;
  itemKey: string;
  /** The item's payload as JSON text, exactly as stored. */
  itemJson: string;
  consensusLabel: string | null;
  /** Posterior of the consensus label, 0..1. */
  confidence: number | null;
  answers: number;
  baselineLabel: string | null;
  /** The baseline model's probability of its label, 0..1. */
  baselineProbability: number | null;
  status: TaskStatus;
  goldLabel: string | null;
  /** The members' verdict on the baseline's prediction (yes, no, unsure) from a confident check task; null without one. */
  modelVerified: string | null;
}

/**
 * The columns of a CSV export, in order; JSONL lines use the same names as keys.
 * `uncertain` is true for a task that reached its maximum answers without the target
 * confidence (status final_uncertain).
 */
export const EXPORT_COLUMNS = [
  'task_id',
  'item_key',
  'item',
  'consensus_label',
  'confidence',
  'answers',
  'baseline_label',
  'baseline_probability',
  'uncertain',
  'status',
  'gold_label',
  'model_verified',
] as const;

/** The CSV header line (CRLF). */
export const csvHeader = (): string => csvRow(EXPORT_COLUMNS);

/** One CSV line (CRLF): the item is its JSON text in one cell; user text is neutralised. */
export function csvLine(r: ExportRecord): string {
  return csvRow([
    r.taskId,
    r.itemKey,
    r.itemJson,
    r.consensusLabel,
    r.confidence,
    r.answers,
    r.baselineLabel,
    r.baselineProbability,
    r.status === 'final_uncertain',
    r.status,
    r.goldLabel,
    r.modelVerified,
  ]);
}

/** One JSONL line (LF): the item is embedded as the JSON object it is. */
export function jsonLine(r: ExportRecord): string {
  // The stored JSON text goes in verbatim instead of being parsed and written again.
  const head = JSON.stringify({ task_id: r.taskId, item_key: r.itemKey });
  const tail = JSON.stringify({
    consensus_label: r.consensusLabel,
    confidence: r.confidence,
    answers: r.answers,
    baseline_label: r.baselineLabel,
    baseline_probability: r.baselineProbability,
    uncertain: r.status === 'final_uncertain',
    status: r.status,
    gold_label: r.goldLabel,
    model_verified: r.modelVerified,
  });
  return `${head.slice(0, -1)},"item":${r.itemJson},${tail.slice(1)}\n`;
}

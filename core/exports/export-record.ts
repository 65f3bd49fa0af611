import type { TaskStatus } from '../domain/task-status';
import { csvRow } from './csv-row';

/**
 * csv and jsonl: one row per task, for every kind. dpo (pairwise campaigns): the decided
 * preferences as the JSONL DPO trainers read. ranking (pairwise): the models' Bradley-Terry
 * ranking as CSV.
 */
export type ExportFormat = 'csv' | 'jsonl' | 'dpo' | 'ranking';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'jsonl', 'dpo', 'ranking'];
/** The file name a campaign's export goes by. */
export const exportFileName = (campaignId: number, format: ExportFormat): string =>
  `campaign-${campaignId}.${{ csv: 'csv', jsonl: 'jsonl', dpo: 'dpo.jsonl', ranking: 'ranking.csv' }[format]}`;

/** The formats only a pairwise campaign has. */
export const PAIRWISE_FORMATS: ReadonlySet<ExportFormat> = new Set(['dpo', 'ranking']);

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
  /** A decided multilabel task's probability that each label applies, in option order; null or absent otherwise. */
  labelPresence?: number[] | null;
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

/** The CSV header line (CRLF); a multilabel export's adds a column (label-set-record.ts). */
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

/**
 * One DPO line (LF) for a pairwise task whose consensus chose a side, in the shape DPO
 * trainers read ({"prompt", "chosen", "rejected"}); '' for any other task: a tie, both bad,
 * a task without a sure consensus (final_uncertain), an open one, or a gold task (its label
 * was given, not found). A line holds nothing else, so a trainer reads it as it is.
 */
export function dpoLine(r: ExportRecord): string {
  if (r.status !== 'final' || r.goldLabel !== null || (r.consensusLabel !== 'a' && r.consensusLabel !== 'b')) return '';
  const item = JSON.parse(r.itemJson) as Record<string, unknown>;
  const [chosen, rejected] = r.consensusLabel === 'a' ? [item.a, item.b] : [item.b, item.a];
  if (typeof item.prompt !== 'string' || typeof chosen !== 'string' || typeof rejected !== 'string') return '';
  return JSON.stringify({ prompt: item.prompt, chosen, rejected }) + '\n';
}

/** The columns of a ranking export. */
export const RANKING_COLUMNS = ['rank', 'model', 'score', 'low_95', 'high_95', 'pairs'] as const;

/** A ranking export: its header and one line per model, best first; scores to one decimal. */
export function rankingCsv(ranking: readonly { model: string; score: number; low: number; high: number; pairs: number }[]): string {
  const round = (x: number) => Math.round(x * 10) / 10;
  return csvRow(RANKING_COLUMNS) + ranking.map((m, i) => csvRow([i + 1, m.model, round(m.score), round(m.low), round(m.high), m.pairs])).join('');
}

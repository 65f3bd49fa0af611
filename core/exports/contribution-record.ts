import { csvRow } from './csv-row';

/**
 * A contribute campaign's export: one row per contribution its checkers accept as its
 * check stands now (once payment decided it; a re-scored check moves it in or out, paid or
 * not for the budget), with its verification: how many members checked it, how
 * many said it is good, the check's consensus and its confidence.
 */
export interface ContributionRecord {
  contributionId: string;
  taskId: number;
  itemKey: string;
  /** The item's payload as JSON text, exactly as stored. */
  itemJson: string;
  /** What the member wrote. */
  text: string;
  checkTaskId: number;
  /** Answers on the check task. */
  checks: number;
  /** Of them, those that accepted it. */
  accepts: number;
  consensusLabel: string;
  /** Posterior of the check's consensus, 0..1. */
  confidence: number | null;
  /** The check closed at its maximum without the target confidence (final_uncertain). */
  uncertain: boolean;
}

/** The columns of a contribution CSV export, in order; JSONL lines use the same names as keys. */
export const CONTRIBUTION_COLUMNS = ['contribution_id', 'task_id', 'item_key', 'item', 'contribution', 'check_task_id', 'checks', 'accepts', 'consensus_label', 'confidence', 'uncertain'] as const;

export const contributionCsvHeader = (): string => csvRow(CONTRIBUTION_COLUMNS);

/** One CSV line (CRLF); user text is neutralised (csvCell). */
export function contributionCsvLine(r: ContributionRecord): string {
  return csvRow([r.contributionId, r.taskId, r.itemKey, r.itemJson, r.text, r.checkTaskId, r.checks, r.accepts, r.consensusLabel, r.confidence, r.uncertain]);
}

/** One JSONL line (LF): the item embedded as the JSON object it is. */
export function contributionJsonLine(r: ContributionRecord): string {
  const head = JSON.stringify({ contribution_id: r.contributionId, task_id: r.taskId, item_key: r.itemKey });
  const tail = JSON.stringify({
    contribution: r.text,
    check_task_id: r.checkTaskId,
    checks: r.checks,
    accepts: r.accepts,
    consensus_label: r.consensusLabel,
    confidence: r.confidence,
    uncertain: r.uncertain,
  });
  return `${head.slice(0, -1)},"item":${r.itemJson},${tail.slice(1)}\n`;
}

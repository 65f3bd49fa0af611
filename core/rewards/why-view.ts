import type { TaskStatus } from '../domain/task-status';
import { LABEL_SEPARATOR } from '../campaigns/label-set';

/**
 * What /why may show of one answer: the decision that keeps gold secret (issue 14). Until
 * its campaign settles, a gold answer reads exactly like a regular answer whose task is not
 * decided yet: no votes, no consensus, no ledger rows, the same stage. Votes are never shown
 * for an undecided task either, since a gold task's count grows past any target and its
 * split would tell its label.
 */

/** One ledger row of the answer as /why shows it (a mint, when there is one, is attached by the service). */
export interface WhyLedgerFact {
  ledgerId: string;
  rule: string;
  /** Base units, signed (a correction may be negative). */
  amount: bigint;
  status: string;
  /** A correcting row (corrects an earlier one). */
  correction: boolean;
}

/** Everything known about the answer and its task, hidden parts included. */
export interface WhyFacts {
  kind: string;
  /** The campaign's option ids, in its order. */
  options: readonly string[];
  gold: boolean;
  goldLabel: string | null;
  /** Whether the campaign is settled (campaign_model.settled_at). */
  settled: boolean;
  taskStatus: TaskStatus;
  consensusLabel: string | null;
  consensusConfidence: number | null;
  /** Every counted answer's choice on the task, with how many gave it. */
  choices: readonly { choice: string; n: number }[];
  rows: readonly WhyLedgerFact[];
}

/**
 * - `waiting`: the task is not decided (or it is gold and the campaign not settled);
 * - `decided`: a regular task with its consensus;
 * - `gold`: a gold task once the campaign settled, with its known label.
 */
export type WhyStage = 'waiting' | 'decided' | 'gold';

export interface WhyView {
  stage: WhyStage;
  /** Answers per option in the campaign's order (a multi-label campaign: ticks per label); null while waiting. */
  votes: { option: string; count: number }[] | null;
  /** The decided label (null: none) and its confidence; null unless decided. */
  consensus: { label: string | null; confidence: number | null } | null;
  /** A gold task's known label, once settled. */
  knownLabel: string | null;
  rows: WhyLedgerFact[];
  /** Sum of the rows in base units; null while nothing was judged. */
  net: bigint | null;
}

/** Answers per option (ticks per label for a multi-label campaign), in the campaign's order, zeros included. */
export function countVotes(kind: string, options: readonly string[], choices: readonly { choice: string; n: number }[]): { option: string; count: number }[] {
  const counts = new Map(options.map((o) => [o, 0]));
  for (const { choice, n } of choices) {
    const ids = kind === 'multilabel' ? (choice === '' ? [] : choice.split(LABEL_SEPARATOR)) : [choice];
    for (const id of ids) if (counts.has(id)) counts.set(id, counts.get(id)! + n);
  }
  return options.map((option) => ({ option, count: counts.get(option)! }));
}

const net = (rows: readonly WhyLedgerFact[]): bigint | null => (rows.length === 0 ? null : rows.reduce((s, r) => s + r.amount, 0n));

/** The trace's visible part: see the module comment for why each field is hidden when. */
export function whyView(f: WhyFacts): WhyView {
  const waiting: WhyView = { stage: 'waiting', votes: null, consensus: null, knownLabel: null, rows: [], net: null };
  if (f.gold) {
    // Everything about a gold task stays hidden until settlement: its count, split, label and rows.
    if (!f.settled) return waiting;
    return { stage: 'gold', votes: countVotes(f.kind, f.options, f.choices), consensus: null, knownLabel: f.goldLabel, rows: [...f.rows], net: net(f.rows) };
  }
  if (f.taskStatus === 'open') return waiting;
  return {
    stage: 'decided',
    votes: countVotes(f.kind, f.options, f.choices),
    consensus: { label: f.consensusLabel, confidence: f.consensusConfidence },
    knownLabel: null,
    rows: [...f.rows],
    net: net(f.rows),
  };
}

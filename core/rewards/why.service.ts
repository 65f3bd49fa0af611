import type { DataSource } from 'typeorm';
import { keccakHex } from '../chain/chain-client';
import type { CampaignOption } from '../domain/campaign-types';
import { decodeManifest, encodeManifest } from '../mint/manifest';
import { whyView, type WhyLedgerFact, type WhyStage } from './why-view';
import {
  selectAnswerLedger,
  selectChoiceCounts,
  selectLatestAnswer,
  selectOwnAnswer,
  selectOwnBatchRows,
  selectOwnBatches,
  type WhyAnswerRow,
  type WhyBatchRow,
} from './why.statements';

/** A mint batch as a trace names it: anyone can check the manifest's hash against the batch id and the transaction. */
export interface WhyMint {
  batchId: string;
  state: string;
  txHash: string | null;
  /** keccak256 of the stored manifest's canonical text; equal to `batchId` for an intact manifest. */
  manifestHash: string;
}

export interface WhyLedgerStep extends WhyLedgerFact {
  mint: WhyMint | null;
}

/** One answer's trace: the answer, what the task decided, the rule that paid or withheld it, and the mint. */
export interface AnswerTrace {
  taskId: number;
  campaignId: number;
  campaignName: string;
  kind: string;
  options: CampaignOption[];
  choice: string;
  /** A pairwise answer's card order (a shown first as b), for naming its side as the member saw it. */
  swapped: boolean;
  answeredAt: Date;
  stage: WhyStage;
  votes: { option: string; count: number }[] | null;
  consensus: { label: string | null; confidence: number | null } | null;
  knownLabel: string | null;
  steps: WhyLedgerStep[];
  /** Base units, the rows together (corrections included); null while nothing was judged. */
  net: bigint | null;
}

/** The member's rows in one mint batch. */
export interface BatchTrace {
  mint: WhyMint;
  rows: { ledgerId: string; taskId: number; campaignId: number; campaignName: string; rule: string; amount: bigint; correction: boolean }[];
  /** The member's rows in the batch, all of them (`rows` holds at most the first BATCH_TRACE_ROWS). */
  count: number;
  /** Base units, the member's rows together. */
  total: bigint;
}

/** What /why asks about: a task, a batch (its id or a unique prefix of it), or the latest answer. */
export type WhyTarget = { kind: 'task'; taskId: number } | { kind: 'batch'; prefix: string } | { kind: 'latest' };

export type WhyResult =
  | { kind: 'answer'; trace: AnswerTrace }
  | { kind: 'batch'; trace: BatchTrace }
  /**
   * `no_answers`: the member never answered; `not_yours`: no answer of theirs on that task
   * (a task they skipped, another community's, a forged id: all alike); `no_batch`: no batch
   * with their rows starts so; `ambiguous`: several of theirs do.
   */
  | { kind: 'refused'; reason: 'no_answers' | 'not_yours' | 'no_batch' | 'ambiguous' };

/** Rows a batch trace lists at most: a member may have thousands in one batch. */
export const BATCH_TRACE_ROWS = 20;

const mintOf = (b: { batch_id: string; state: string; tx_hash: string | null; manifest: object }): WhyMint => ({
  batchId: b.batch_id,
  state: b.state,
  txHash: b.tx_hash,
  manifestHash: keccakHex(new TextEncoder().encode(encodeManifest(decodeManifest(b.manifest)))),
});

/**
 * /why: the trace a member can follow from an answer to a mint. Read-only, and only ever
 * about the asking member's own answers and rows; what a gold task shows is why-view.ts's.
 */
export class WhyService {
  constructor(private readonly ds: DataSource) {}

  async why(memberId: number, target: WhyTarget): Promise<WhyResult> {
    if (target.kind === 'batch') return this.batch(memberId, target.prefix);
    const row = target.kind === 'task' ? await selectOwnAnswer(this.ds, memberId, target.taskId) : await selectLatestAnswer(this.ds, memberId);
    if (!row) return { kind: 'refused', reason: target.kind === 'task' ? 'not_yours' : 'no_answers' };
    return { kind: 'answer', trace: await this.answer(memberId, row) };
  }

  private async answer(memberId: number, a: WhyAnswerRow): Promise<AnswerTrace> {
    const gold = a.gold_label !== null;
    // Nothing of a hidden gold task is read beyond what the view needs to decide it shows nothing.
    const concealed = gold && !a.settled;
    const choices = concealed ? [] : await selectChoiceCounts(this.ds, a.task_id);
    const ledger = concealed ? [] : await selectAnswerLedger(this.ds, memberId, a.answer_id);
    const view = whyView({
      kind: a.kind,
      options: a.options.map((o) => o.id),
      gold,
      goldLabel: a.gold_label,
      settled: a.settled,
      taskStatus: a.status,
      consensusLabel: a.consensus_label,
      consensusConfidence: a.consensus_confidence,
      choices,
      rows: ledger.map((r) => ({ ledgerId: r.ledger_id, rule: r.rule, amount: BigInt(r.amount), status: r.status, correction: r.correction })),
    });
    const byId = new Map(ledger.map((r) => [r.ledger_id, r]));
    return {
      taskId: a.task_id,
      campaignId: a.campaign_id,
      campaignName: a.campaign_name,
      kind: a.kind,
      options: a.options,
      choice: a.choice,
      swapped: a.swapped === true,
      answeredAt: new Date(a.created_at),
      stage: view.stage,
      votes: view.votes,
      consensus: view.consensus,
      knownLabel: view.knownLabel,
      steps: view.rows.map((r) => {
        const b = byId.get(r.ledgerId);
        return { ...r, mint: b?.batch_id ? mintOf({ batch_id: b.batch_id, state: b.batch_state!, tx_hash: b.tx_hash, manifest: b.manifest! }) : null };
      }),
      net: view.net,
    };
  }

  private async batch(memberId: number, prefix: string): Promise<WhyResult> {
    const found: WhyBatchRow[] = await selectOwnBatches(this.ds, memberId, prefix.toLowerCase());
    if (found.length === 0) return { kind: 'refused', reason: 'no_batch' };
    if (found.length > 1) return { kind: 'refused', reason: 'ambiguous' };
    const b = found[0]!;
    const { rows, count, total } = await selectOwnBatchRows(this.ds, memberId, b.id, BATCH_TRACE_ROWS);
    return {
      kind: 'batch',
      trace: {
        mint: mintOf(b),
        rows: rows.map((r) => ({ ledgerId: r.ledger_id, taskId: r.task_id, campaignId: r.campaign_id, campaignName: r.campaign_name, rule: r.rule, amount: BigInt(r.amount), correction: r.correction })),
        count,
        total: BigInt(total),
      },
    };
  }
}

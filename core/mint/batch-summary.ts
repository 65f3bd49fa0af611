import type { Manifest } from './manifest';

/** A mint batch as a chat shows it: its totals and its first payouts, never the whole manifest. */
export interface BatchSummary {
  batchId: string;
  state: string;
  txHash: string | null;
  rows: number;
  wallets: number;
  /** Base units, all payouts together. */
  gross: bigint;
  /** The first `maxPayouts` payouts (wallet order, as in the manifest). */
  payouts: { wallet: string; gross: bigint }[];
  /** Payouts left out of `payouts`. */
  morePayouts: number;
}

/**
 * The totals of a manifest and at most `maxPayouts` of its payouts: a batch can pay 200,000
 * rows, which a chat must never receive whole.
 */
export function summarizeBatch(b: { batchId: string; state: string; txHash: string | null; manifest: Manifest }, maxPayouts: number): BatchSummary {
  const shown = Math.max(0, Math.min(Math.trunc(maxPayouts), b.manifest.payouts.length));
  return {
    batchId: b.batchId,
    state: b.state,
    txHash: b.txHash,
    rows: b.manifest.rows.length,
    wallets: b.manifest.payouts.length,
    gross: b.manifest.payouts.reduce((s, p) => s + p.gross, 0n),
    payouts: b.manifest.payouts.slice(0, shown),
    morePayouts: b.manifest.payouts.length - shown,
  };
}

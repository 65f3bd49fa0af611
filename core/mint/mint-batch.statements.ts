/**
 * The mint's statements on mint_batch and reward_ledger, one function each. Decisions
 * (which state a batch moves to) live in mint-rules.ts; these only carry them out.
 */

import type { PendingRow } from './cut-batches';
import type { Queryable } from '../db/queryable';

/** An unfinished batch as the mint reads it. */
export interface BatchRow {
  id: number;
  batch_id: string;
  state: 'prepared' | 'submitted';
  manifest: object;
  tx_hash: string | null;
  tx_nonce: number | null;
  /** Wei, as text. */
  tx_max_fee: string | null;
  tx_priority_fee: string | null;
  tx_sent_at: Date | null;
  search_from_block: string | number | null;
}

const BATCH_COLUMNS = `id, batch_id, state, manifest, tx_hash, tx_nonce, tx_max_fee::text AS tx_max_fee, tx_priority_fee::text AS tx_priority_fee, tx_sent_at, search_from_block`;

/**
 * Pending rows of members with a wallet, not yet in a batch; at most 200,000 a run.
 * Correcting rows (negative when they take back) come along and net out per wallet.
 * With an emission pace, only rows of settled epochs (`cutoff`: the end of the last settled
 * epoch; a correction belongs to the epoch of the row it corrects). `lock` takes them for
 * a batch (FOR UPDATE SKIP LOCKED, inside the caller's transaction); without it, a preview.
 */
export const pendingRows = (q: Queryable, cutoff: Date | null, lock: boolean): Promise<PendingRow[]> =>
  q.query(
    `SELECT r.id, r.amount::text AS amount, w.address FROM reward_ledger r JOIN wallet w ON w.member_id = r.member_id
     LEFT JOIN reward_ledger o ON o.id = r.corrects_id
     WHERE r.status = 'pending' AND r.mint_batch_id IS NULL AND r.amount <> 0
       AND ($1::timestamptz IS NULL OR coalesce(o.created_at, r.created_at) < $1::timestamptz)
     ORDER BY r.id LIMIT 200000${lock ? ' FOR UPDATE OF r SKIP LOCKED' : ''}`,
    [cutoff],
  );

/** The gross of the confirmed batches, and of the unfinished (prepared or submitted) ones, as bigint base units. */
export async function batchTotals(q: Queryable): Promise<{ confirmed: bigint; unfinished: bigint }> {
  const [r]: { confirmed: string; unfinished: string }[] = await q.query(
    `SELECT COALESCE(SUM(gross_total) FILTER (WHERE state = 'confirmed'), 0)::text AS confirmed,
            COALESCE(SUM(gross_total) FILTER (WHERE state IN ('prepared', 'submitted')), 0)::text AS unfinished
       FROM mint_batch`,
  );
  return { confirmed: BigInt(r!.confirmed), unfinished: BigInt(r!.unfinished) };
}

/** Batches a run left prepared or submitted, oldest first. */
export const unfinishedBatches = (q: Queryable): Promise<BatchRow[]> =>
  q.query(`SELECT ${BATCH_COLUMNS} FROM mint_batch WHERE state IN ('prepared', 'submitted') ORDER BY id`);

/**
 * A new prepared batch; undefined when its id exists already (a failed batch of the same
 * rows: the caller counts the attempt up).
 */
export async function insertBatch(q: Queryable, b: { batchId: string; manifestText: string; gross: bigint; searchFromBlock: number }): Promise<number | undefined> {
  const rows: { id: number }[] = await q.query(
    `INSERT INTO mint_batch (batch_id, state, manifest, gross_total, foundation_total, search_from_block) VALUES ($1, 'prepared', $2::jsonb, $3, 0, $4)
     ON CONFLICT (batch_id) DO NOTHING RETURNING id`,
    [b.batchId, b.manifestText, b.gross.toString(), b.searchFromBlock],
  );
  return rows[0]?.id;
}

/** Puts ledger rows into a batch. */
export const assignRows = (q: Queryable, batchRowId: number, ledgerIds: string[]): Promise<unknown> =>
  q.query(`UPDATE reward_ledger SET mint_batch_id = $1 WHERE id = ANY($2::bigint[])`, [batchRowId, ledgerIds]);

/**
 * Records the nonce and fees a batch is about to be sent with, before it is sent. A batch
 * keeps its first nonce for good: false when it already holds another one (a second run
 * got there first), and then nothing may be sent at this nonce.
 */
export async function recordSending(q: Queryable, id: number, nonce: number, maxFee: bigint, tip: bigint): Promise<boolean> {
  const [rows] = await q.query(
    `UPDATE mint_batch SET tx_nonce = $2, tx_max_fee = $3, tx_priority_fee = $4, updated_at = now()
     WHERE id = $1 AND (tx_nonce IS NULL OR tx_nonce = $2) RETURNING id`,
    [id, nonce, maxFee.toString(), tip.toString()],
  );
  return (rows as unknown[]).length === 1;
}

/** Records a sent transaction's hash and when it was sent (the mint's clock: the replacement delay runs from it). */
export const recordSent = (q: Queryable, id: number, txHash: string, sentAt: Date): Promise<unknown> =>
  q.query(`UPDATE mint_batch SET state = 'submitted', tx_hash = $2, tx_sent_at = $3, updated_at = now() WHERE id = $1`, [id, txHash, sentAt]);

/** Marks a batch confirmed with its transaction; returns its gross (text), or undefined when it already was. */
export async function markConfirmed(q: Queryable, id: number, txHash: string, blockNumber: number, foundationTotal: bigint): Promise<string | undefined> {
  const [rows] = await q.query(
    `UPDATE mint_batch SET state = 'confirmed', tx_hash = $2, block_number = $3, foundation_total = $4, error = NULL, updated_at = now()
     WHERE id = $1 AND state <> 'confirmed' RETURNING gross_total::text AS gross`,
    [id, txHash, blockNumber, foundationTotal.toString()],
  );
  return (rows as { gross: string }[])[0]?.gross;
}

/** The pending rows of a confirmed batch become minted. */
export const markRowsMinted = (q: Queryable, id: number): Promise<unknown> =>
  q.query(`UPDATE reward_ledger SET status = 'minted' WHERE mint_batch_id = $1 AND status = 'pending'`, [id]);

/** Marks a batch failed (proven unminted). */
export const markFailed = (q: Queryable, id: number, reason: string): Promise<unknown> =>
  q.query(`UPDATE mint_batch SET state = 'failed', error = $2, updated_at = now() WHERE id = $1 AND state IN ('prepared', 'submitted')`, [id, reason.slice(0, 500)]);

/** Releases a failed batch's rows for the next batch. */
export const releaseRows = (q: Queryable, id: number): Promise<unknown> =>
  q.query(`UPDATE reward_ledger SET mint_batch_id = NULL WHERE mint_batch_id = $1 AND status = 'pending'`, [id]);

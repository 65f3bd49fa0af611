import type { Queryable } from '../db/queryable';
import type { MintTotals } from './figures';

/**
 * Gross and foundation totals of the confirmed batches, and the gross of those confirmed
 * since each date. A confirmed batch is not updated again, so its updated_at is the time
 * it was confirmed.
 */
export async function selectMintTotals(q: Queryable, since7: Date, since30: Date): Promise<MintTotals> {
  const [r]: { minted: string; foundation: string; last7: string; last30: string; n: number }[] = await q.query(
    `SELECT coalesce(sum(gross_total), 0)::text AS minted,
            coalesce(sum(foundation_total), 0)::text AS foundation,
            coalesce(sum(gross_total) FILTER (WHERE updated_at >= $1), 0)::text AS last7,
            coalesce(sum(gross_total) FILTER (WHERE updated_at >= $2), 0)::text AS last30,
            count(*)::int AS n
       FROM mint_batch WHERE state = 'confirmed'`,
    [since7, since30],
  );
  return { minted: BigInt(r!.minted), foundation: BigInt(r!.foundation), last7: BigInt(r!.last7), last30: BigInt(r!.last30), confirmedBatches: r!.n };
}

/** A community's public emission figures: no platform ids, no one who registered it. */
export interface CommunityEmissionRow {
  id: number;
  title: string;
  allowance: bigint;
  reserved: bigint;
  spent: bigint;
}

/** Communities by id, at most `limit` after `afterId`, with what their campaigns spent. */
export async function selectCommunityEmission(q: Queryable, afterId: number, limit: number): Promise<CommunityEmissionRow[]> {
  const rows: { id: number; title: string; allowance: string; reserved: string; spent: string }[] = await q.query(
    `SELECT c.id, c.title, c.allowance::text AS allowance, c.reserved::text AS reserved,
            coalesce((SELECT sum(b.spent) FROM campaign k JOIN campaign_budget b ON b.campaign_id = k.id WHERE k.community_id = c.id), 0)::text AS spent
       FROM community c WHERE c.id > $1 ORDER BY c.id LIMIT $2`,
    [afterId, limit],
  );
  return rows.map((r) => ({ id: r.id, title: r.title, allowance: BigInt(r.allowance), reserved: BigInt(r.reserved), spent: BigInt(r.spent) }));
}

export async function countCommunities(q: Queryable): Promise<number> {
  const [r]: { n: number }[] = await q.query(`SELECT count(*)::int AS n FROM community`);
  return r!.n;
}

/** A mint batch as the public list shows it (never its error text: that is the operator's). */
export interface PublicBatchRow {
  /** The row's serial: the list's page cursor. */
  seq: number;
  batchId: string;
  state: 'prepared' | 'submitted' | 'confirmed' | 'failed';
  txHash: string | null;
  blockNumber: number | null;
  createdAt: Date;
  updatedAt: Date;
  gross: bigint;
  foundation: bigint;
  recipients: number;
}

interface BatchRow {
  id: number;
  batch_id: string;
  state: PublicBatchRow['state'];
  tx_hash: string | null;
  block_number: string | null;
  created_at: Date | string;
  updated_at: Date | string;
  gross: string;
  foundation: string;
  recipients: number;
}

const toBatch = (r: BatchRow): PublicBatchRow => ({
  seq: r.id,
  batchId: r.batch_id,
  state: r.state,
  txHash: r.tx_hash,
  blockNumber: r.block_number === null ? null : Number(r.block_number),
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
  gross: BigInt(r.gross),
  foundation: BigInt(r.foundation),
  recipients: r.recipients,
});

const BATCH_COLUMNS = `id, batch_id, state, tx_hash, block_number::text AS block_number, created_at, updated_at,
  gross_total::text AS gross, foundation_total::text AS foundation, jsonb_array_length(manifest->'payouts') AS recipients`;

/** Newest first, at most `limit` older than the serial `before` (all when undefined): a page of the list. */
export async function selectBatchPage(q: Queryable, before: number | undefined, limit: number): Promise<PublicBatchRow[]> {
  const rows: BatchRow[] = await q.query(`SELECT ${BATCH_COLUMNS} FROM mint_batch WHERE $1::int IS NULL OR id < $1 ORDER BY id DESC LIMIT $2`, [before ?? null, limit]);
  return rows.map(toBatch);
}

/** The batches with these ids (lower-case hex) that exist. */
export async function selectBatchesByIds(q: Queryable, batchIds: string[]): Promise<PublicBatchRow[]> {
  const rows: BatchRow[] = await q.query(`SELECT ${BATCH_COLUMNS} FROM mint_batch WHERE batch_id = ANY($1::text[])`, [batchIds]);
  return rows.map(toBatch);
}

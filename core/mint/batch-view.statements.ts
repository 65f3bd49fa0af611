import type { Queryable } from '../db/queryable';

/** A batch as anyone may see it: its state, its transaction and its manifest (jsonb as parsed). */
export interface BatchViewRow {
  state: string;
  tx_hash: string | null;
  manifest: object;
}

/** One batch by its id (lower-case hex); undefined for an unknown id. */
export async function selectBatchView(q: Queryable, batchId: string): Promise<BatchViewRow | undefined> {
  const [row] = await q.query(`SELECT state, tx_hash, manifest FROM mint_batch WHERE batch_id = $1`, [batchId]);
  return row;
}

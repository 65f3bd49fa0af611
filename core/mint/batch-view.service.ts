import type { DataSource } from 'typeorm';
import { summarizeBatch, type BatchSummary } from './batch-summary';
import { selectBatchView } from './batch-view.statements';
import { decodeManifest, encodeManifest } from './manifest';

/**
 * Mint batches as members and operators look them up (/batch, `tnet batch`): read-only,
 * and present without a chain, since the batches are in the database.
 */
export class BatchViewService {
  constructor(private readonly ds: DataSource) {}

  /** A batch's totals and its first `maxPayouts` payouts; undefined for an unknown id. */
  async summary(batchId: string, maxPayouts: number): Promise<BatchSummary | undefined> {
    const row = await selectBatchView(this.ds, batchId.toLowerCase());
    return row && summarizeBatch({ batchId: batchId.toLowerCase(), state: row.state, txHash: row.tx_hash, manifest: decodeManifest(row.manifest) }, maxPayouts);
  }

  /** The whole manifest in its canonical text (what the batch id hashes); undefined for an unknown id. */
  async manifestText(batchId: string): Promise<string | undefined> {
    const row = await selectBatchView(this.ds, batchId.toLowerCase());
    return row && encodeManifest(decodeManifest(row.manifest));
  }
}

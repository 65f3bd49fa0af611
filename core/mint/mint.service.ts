import type { DataSource } from 'typeorm';
import { ChainError, keccakHex, type ChainClient } from '../chain/chain-client';
import type { Logger } from '../logger';
import { buildManifest, decodeManifest, encodeManifest, type Manifest } from './manifest';

/** Moments of a mint run an observer may watch (the fault tests kill the process there). */
export type MintStep = 'batch-persisted' | 'tx-sent' | 'receipt-seen';

export interface MintOptions {
  /** Most wallets one batch pays; must stay below what fits the 16,777,216 gas cap. */
  maxRecipients: number;
  /** Blocks on top of the mint's block before its rows count as minted. */
  confirmations: number;
  /** How long one run waits for a receipt before leaving the batch to the next run. */
  confirmTimeoutMs: number;
  /** Attempts of a retryable chain call within a run, with doubling backoff. */
  retries: number;
  retryBaseMs: number;
  onStep?: (step: MintStep, batchId: string) => void | Promise<void>;
  /** With an emission pace: the end of the last settled epoch (rows created before it may mint). */
  mintableBefore?: () => Promise<Date | null>;
}

export interface MintRunSummary {
  reconciled: number;
  prepared: number;
  confirmed: number;
  failed: number;
  /** Base units confirmed on-chain by this run, gross. */
  mintedGross: bigint;
}

/** One wallet of a previewed batch; amounts in base units. */
export interface MintPreviewPayout {
  wallet: string;
  /** Ledger rows it pays. */
  rows: number;
  gross: bigint;
  /** gross * bps / 10000, rounded down, as the contract computes it. */
  foundation: bigint;
  /** What the wallet receives: gross minus the foundation's part. */
  net: bigint;
}

/** What the next mint run would send, computed without locking or writing anything. */
export interface MintPreview {
  foundation: { address: string; bps: number };
  /** Batches an earlier run left (prepared or submitted): the next run settles them first. */
  unfinishedBatches: number;
  batches: { payouts: MintPreviewPayout[]; gross: bigint; foundation: bigint }[];
}

interface BatchRow {
  id: number;
  batch_id: string;
  state: 'prepared' | 'submitted';
  manifest: object;
  tx_hash: string | null;
}

/**
 * Moves pending rewards of members with a verified wallet onto the chain, exactly once.
 * Every run first reconciles the batches a previous run left (prepared or submitted) with
 * the chain, then cuts new batches, persists each before sending, persists the transaction
 * hash, waits for confirmations and marks the rows minted. The contract refuses a batch id
 * twice, so even a resend after a crash cannot mint twice; rows are only released from a
 * batch when the chain proves that batch was not minted.
 */
export class MintService {
  constructor(
    private readonly ds: DataSource,
    private readonly chain: ChainClient,
    private readonly chainId: number,
    private readonly logger: Logger,
    private readonly opts: MintOptions,
  ) {}

  /** One run of the mint job. @throws ChainError when the node stays unreachable. */
  async run(): Promise<MintRunSummary> {
    const summary: MintRunSummary = { reconciled: 0, prepared: 0, confirmed: 0, failed: 0, mintedGross: 0n };
    for (const b of await this.unfinished()) {
      summary.reconciled += 1;
      await this.settle(b, summary);
    }
    const fresh = await this.prepare();
    summary.prepared = fresh.length;
    for (const b of fresh) await this.settle(b, summary);
    return summary;
  }

  /**
   * A batch's manifest in its canonical text (what its id hashes), for anyone who wants to
   * check what each wei paid for; undefined for an unknown batch id.
   */
  async manifestText(batchId: string): Promise<string | undefined> {
    const [row] = await this.ds.query(`SELECT manifest FROM mint_batch WHERE batch_id = $1`, [batchId.toLowerCase()]);
    return row && encodeManifest(decodeManifest(row.manifest));
  }

  /**
   * What the next run would send, per batch and wallet, with the foundation's part (read
   * from the contract). Read-only: no row is locked or put in a batch, nothing is sent.
   * @throws ChainError when the node stays unreachable
   */
  async preview(): Promise<MintPreview> {
    const foundation = await this.retry(() => this.chain.foundation());
    const rows = await this.ds.query(MintService.PENDING_SQL.replace(/ FOR UPDATE OF r SKIP LOCKED$/, ''), [await this.cutoff()]);
    const [{ n }] = await this.ds.query(`SELECT count(*)::int AS n FROM mint_batch WHERE state IN ('prepared', 'submitted')`);
    const batches = this.cut(rows).map((m) => {
      const rowsOf = new Map<string, number>();
      for (const r of m.rows) rowsOf.set(r.wallet, (rowsOf.get(r.wallet) ?? 0) + 1);
      const payouts = m.payouts.map((p) => {
        const share = (p.gross * BigInt(foundation.bps)) / 10000n;
        return { wallet: p.wallet, rows: rowsOf.get(p.wallet) ?? 0, gross: p.gross, foundation: share, net: p.gross - share };
      });
      return { payouts, gross: payouts.reduce((s, p) => s + p.gross, 0n), foundation: payouts.reduce((s, p) => s + p.foundation, 0n) };
    });
    return { foundation, unfinishedBatches: n, batches };
  }

  /**
   * Pending rows of members with a wallet, not yet in a batch; at most 200,000 a run.
   * Correcting rows (negative when they take back) come along and net out per wallet.
   * With an emission pace, only rows of settled epochs ($1: the end of the last settled
   * epoch; a correction belongs to the epoch of the row it corrects).
   */
  private static readonly PENDING_SQL = `SELECT r.id, r.amount::text AS amount, w.address FROM reward_ledger r JOIN wallet w ON w.member_id = r.member_id
    LEFT JOIN reward_ledger o ON o.id = r.corrects_id
    WHERE r.status = 'pending' AND r.mint_batch_id IS NULL AND r.amount <> 0
      AND ($1::timestamptz IS NULL OR coalesce(o.created_at, r.created_at) < $1::timestamptz)
    ORDER BY r.id LIMIT 200000 FOR UPDATE OF r SKIP LOCKED`;

  /** The end of the last settled emission epoch when a pace applies, else null (no limit). */
  private async cutoff(): Promise<Date | null> {
    return this.opts.mintableBefore ? this.opts.mintableBefore() : null;
  }

  private cut(rows: { id: string | number; amount: string; address: string }[]): Manifest[] {
    const byWallet = new Map<string, { ledgerId: string; wallet: string; amount: bigint }[]>();
    for (const r of rows) {
      const list = byWallet.get(r.address) ?? [];
      list.push({ ledgerId: String(r.id), wallet: r.address, amount: BigInt(r.amount) });
      byWallet.set(r.address, list);
    }
    // A wallet whose corrections outweigh its earnings waits (its rows stay pending) until
    // new rewards cover them: the contract mints positive amounts only.
    const wallets = [...byWallet.keys()].filter((w) => byWallet.get(w)!.reduce((s, r) => s + r.amount, 0n) > 0n).sort();
    const manifests: Manifest[] = [];
    for (let i = 0; i < wallets.length; i += this.opts.maxRecipients) {
      const chunk = wallets.slice(i, i + this.opts.maxRecipients).flatMap((w) => byWallet.get(w)!);
      manifests.push(buildManifest(this.chainId, this.chain.tokenAddress, chunk));
    }
    return manifests;
  }

  /** Cuts pending rows into batches and persists them (state prepared) before any send. */
  private async prepare(): Promise<BatchRow[]> {
    const cutoff = await this.cutoff();
    const created = await this.ds.transaction(async (m) => {
      const rows = await m.query(MintService.PENDING_SQL, [cutoff]);
      const out: BatchRow[] = [];
      for (const manifest of this.cut(rows)) {
        const text = encodeManifest(manifest);
        const batchId = keccakHex(Buffer.from(text, 'utf8'));
        const gross = manifest.payouts.reduce((s, p) => s + p.gross, 0n);
        const [b] = await m.query(
          `INSERT INTO mint_batch (batch_id, state, manifest, gross_total, foundation_total) VALUES ($1, 'prepared', $2::jsonb, $3, 0) RETURNING id`,
          [batchId, text, gross.toString()],
        );
        await m.query(`UPDATE reward_ledger SET mint_batch_id = $1 WHERE id = ANY($2::bigint[])`, [b.id, manifest.rows.map((r) => r.ledgerId)]);
        out.push({ id: b.id, batch_id: batchId, state: 'prepared', manifest: JSON.parse(text), tx_hash: null });
      }
      return out;
    });
    for (const b of created) {
      this.logger.info('mint batch prepared', { batch: b.batch_id, recipients: decodeManifest(b.manifest).payouts.length });
      await this.opts.onStep?.('batch-persisted', b.batch_id);
    }
    return created;
  }

  private async unfinished(): Promise<BatchRow[]> {
    return this.ds.query(`SELECT id, batch_id, state, manifest, tx_hash FROM mint_batch WHERE state IN ('prepared', 'submitted') ORDER BY id`);
  }

  /** Brings one batch as far as the chain allows in this run. */
  private async settle(b: BatchRow, summary: MintRunSummary): Promise<void> {
    // Already minted (by a transaction whose hash a crash kept us from saving, or by a
    // resend): take the facts from the contract's event.
    if (await this.retry(() => this.chain.batchMinted(b.batch_id))) {
      const mint = await this.retry(() => this.chain.findBatchMint(b.batch_id));
      // Minted but its event not found (a node that pruned logs): never send again; an
      // operator looks at it.
      if (!mint) {
        this.logger.error('batch minted on-chain but its event was not found; leaving it for an operator', { batch: b.batch_id });
        return;
      }
      const head = await this.retry(() => this.chain.blockNumber());
      if (head - mint.blockNumber + 1 < this.opts.confirmations) {
        this.logger.info('mint batch waits for confirmations', { batch: b.batch_id, block: mint.blockNumber, head });
        return;
      }
      await this.opts.onStep?.('receipt-seen', b.batch_id);
      await this.confirm(b, mint.txHash, mint.blockNumber, mint.foundationTotal, summary);
      return;
    }
    const txHash = b.tx_hash;
    if (txHash !== null) {
      const r = await this.retry(() => this.chain.receipt(txHash!));
      if (r === undefined && (await this.retry(() => this.chain.knowsTransaction(txHash!)))) {
        await this.waitOrLeave(b, txHash, summary);
        return;
      }
      if (r && r.status === 0) {
        // Reverted, and the check above saw the batch unminted: the rows go back to pending.
        await this.fail(b, `transaction ${txHash} reverted`, summary);
        return;
      }
      if (r && r.status === 1) {
        await this.waitOrLeave(b, txHash, summary);
        return;
      }
      // Dropped by the node: send again, same batch id.
      this.logger.warn('mint transaction dropped; sending again', { batch: b.batch_id, tx: txHash });
    }
    // Our own earlier transactions still pending may carry this batch: let them land first.
    if (await this.retry(() => this.chain.hasPendingTransactions())) {
      this.logger.info('mint batch waits: the minter has transactions pending', { batch: b.batch_id });
      return;
    }
    const manifest = decodeManifest(b.manifest);
    let sent;
    try {
      sent = await this.retry(() =>
        this.chain.sendMintBatch(
          b.batch_id,
          manifest.payouts.map((p) => p.wallet),
          manifest.payouts.map((p) => p.gross),
        ),
      );
    } catch (e) {
      if (e instanceof ChainError && e.code === 'chain.fees_too_high') {
        this.logger.warn('mint batch waits: fees are above the configured cap', { batch: b.batch_id, reason: e.message });
        return;
      }
      // Refused by the contract: fail the batch only when the chain proves it unminted
      // (TNETBatchAlreadyMinted means a transaction of ours already minted it).
      if (e instanceof ChainError && e.code === 'chain.rejected') {
        if (!(await this.retry(() => this.chain.batchMinted(b.batch_id)))) await this.fail(b, e.message, summary);
        return;
      }
      throw e;
    }
    await this.opts.onStep?.('tx-sent', b.batch_id);
    await this.ds.query(`UPDATE mint_batch SET state = 'submitted', tx_hash = $2, tx_nonce = $3, updated_at = now() WHERE id = $1`, [b.id, sent.txHash, sent.nonce]);
    this.logger.info('mint batch submitted', { batch: b.batch_id, tx: sent.txHash, nonce: sent.nonce });
    await this.waitOrLeave(b, sent.txHash, summary);
  }

  /** Waits for the receipt and its confirmations; on timeout the next run reconciles. */
  private async waitOrLeave(b: BatchRow, txHash: string, summary: MintRunSummary): Promise<void> {
    const r = await this.chain.waitForReceipt(txHash, this.opts.confirmations, this.opts.confirmTimeoutMs).catch((e: unknown) => {
      this.logger.warn('waiting for a mint receipt failed; the next run reconciles', { batch: b.batch_id, error: e });
      return undefined;
    });
    if (!r || (r.status === 1 && r.confirmations < this.opts.confirmations)) return;
    if (r.status === 0) {
      // A revert with the batch minted means another of our transactions minted it; the
      // next run confirms that one from the contract's event.
      if (!(await this.retry(() => this.chain.batchMinted(b.batch_id)))) await this.fail(b, `transaction ${txHash} reverted`, summary);
      return;
    }
    await this.opts.onStep?.('receipt-seen', b.batch_id);
    const mint = await this.retry(() => this.chain.findBatchMint(b.batch_id, r.blockNumber));
    await this.confirm(b, txHash, r.blockNumber, mint?.foundationTotal ?? 0n, summary);
  }

  private async confirm(b: BatchRow, txHash: string, blockNumber: number, foundationTotal: bigint, summary: MintRunSummary): Promise<void> {
    const gross = await this.ds.transaction(async (m) => {
      const [[row]] = await m.query(
        `UPDATE mint_batch SET state = 'confirmed', tx_hash = $2, block_number = $3, foundation_total = $4, error = NULL, updated_at = now()
         WHERE id = $1 AND state <> 'confirmed' RETURNING gross_total::text AS gross`,
        [b.id, txHash, blockNumber, foundationTotal.toString()],
      );
      if (!row) return 0n;
      await m.query(`UPDATE reward_ledger SET status = 'minted' WHERE mint_batch_id = $1 AND status = 'pending'`, [b.id]);
      return BigInt(row.gross);
    });
    if (gross === 0n) return;
    summary.confirmed += 1;
    summary.mintedGross += gross;
    this.logger.info('mint batch confirmed', { batch: b.batch_id, tx: txHash, block: blockNumber, gross });
  }

  /** Marks a batch failed and releases its rows, which the chain proved unminted. */
  private async fail(b: BatchRow, reason: string, summary: MintRunSummary): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.query(`UPDATE mint_batch SET state = 'failed', error = $2, updated_at = now() WHERE id = $1`, [b.id, reason.slice(0, 500)]);
      await m.query(`UPDATE reward_ledger SET mint_batch_id = NULL WHERE mint_batch_id = $1 AND status = 'pending'`, [b.id]);
    });
    summary.failed += 1;
    this.logger.error('mint batch failed; its rows wait for the next batch', { batch: b.batch_id, reason });
  }

  /** Retries retryable chain errors with doubling backoff, one log line per failure. */
  private async retry<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (e) {
        if (!(e instanceof ChainError) || !e.retryable || e.code === 'chain.fees_too_high' || attempt >= this.opts.retries) throw e;
        const delay = this.opts.retryBaseMs * 2 ** (attempt - 1);
        this.logger.warn('chain call failed; retrying', { attempt, retryInMs: delay, error: e.message });
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }
}

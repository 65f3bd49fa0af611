import type { DataSource } from 'typeorm';
import { keccakHex, type ChainClient } from '../chain/chain-client';
import { ChainError } from '../chain/chain-error';
import type { Logger } from '../logger';
import { cutBatches, type PendingRow } from './cut-batches';
import { decodeManifest, encodeManifest, type Manifest } from './manifest';
import { assignRows, batchTotals, insertBatch, pendingRows, markConfirmed, markFailed, markRowsMinted, recordSending, recordSent, releaseRows, unfinishedBatches, type BatchRow } from './mint-batch.statements';
import { batchVerdict, chainHoldsUnknownMints, replacementFees, type BatchFacts, type Fees } from './mint-rules';
import { MINT_PROBLEMS, MintState, type MintProblem } from './mint-state';

/** Moments of a mint run an observer may watch (the fault tests kill the process there). */
export type MintStep = 'batch-persisted' | 'tx-sent' | 'receipt-seen';

export interface MintOptions {
  /** Most wallets one batch pays; must stay below what fits the 16,777,216 gas cap. */
  maxRecipients: number;
  /** Blocks on top of the mint's block before its rows count as minted (mint-rules confirmationDepth). */
  confirmations: number;
  /** Highest max fee per gas a mint or its replacement pays, wei. */
  maxFeePerGasWei: bigint;
  /** A transaction pending longer than this is replaced at the same nonce with higher fees. */
  replaceAfterMs: number;
  /** Backoff of the mint job while degraded: first wait and longest wait, ms (defaults 30 s, 10 min). */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** The time backoff and the replacement delay are measured in, ms (default the process clock; tests set their own). */
  now?: () => number;
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
  /** Set when the run stopped early: the node does not answer, or the key lacks MINTER_ROLE. */
  degraded?: MintProblem;
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

/**
 * Moves pending rewards of members with a verified wallet onto the chain, exactly once.
 * Every run first reconciles the batches a previous run left (prepared or submitted) with
 * the chain, then cuts new batches, persists each before sending, persists the nonce and
 * fees before the transaction and its hash after, waits for confirmations and marks the
 * rows minted. Every transaction of a batch uses one nonce (a resend or a replacement at
 * higher fees keeps it), and the contract refuses a batch id twice, so nothing is minted
 * twice; rows are only released from a batch when that nonce was used at a safe depth
 * without minting it (mint-rules.ts), and their next batch gets a new id (an attempt
 * counter in the manifest). A dead node or a key without MINTER_ROLE makes the run
 * degraded (MintState: /healthz, backoff), never stuck.
 */
export class MintService {
  /** Whether the mint works now, and when the job should try again. */
  readonly state: MintState;

  constructor(
    private readonly ds: DataSource,
    private readonly chain: ChainClient,
    private readonly chainId: number,
    private readonly logger: Logger,
    private readonly opts: MintOptions,
  ) {
    this.state = new MintState(logger, { baseMs: opts.backoffBaseMs ?? 30_000, maxMs: opts.backoffMaxMs ?? 600_000 }, opts.now ?? Date.now);
  }

  /**
   * One run of the mint job. A node that stays unreachable or a key without MINTER_ROLE
   * ends the run early as `degraded` (nothing lost: what was persisted is reconciled next
   * time); it does not throw for them.
   */
  async run(): Promise<MintRunSummary> {
    const summary: MintRunSummary = { reconciled: 0, prepared: 0, confirmed: 0, failed: 0, mintedGross: 0n };
    try {
      // The whole start-up check on every run, against the chain id learnt at start: a
      // batch's facts (nonce used, minted or not) are only true of the chain it was sent to.
      const { chainId } = await this.retry(() => this.chain.check());
      if (chainId !== this.chainId) throw new ChainError('chain.wrong_chain_id', `the node at RPC_URL is now chain ${chainId}, not ${this.chainId}`, false);
      this.state.ok();
      for (const b of await unfinishedBatches(this.ds)) {
        summary.reconciled += 1;
        await this.settle(b, summary);
      }
      await this.refuseUnknownMints();
      const fresh = await this.prepare();
      summary.prepared = fresh.length;
      for (const b of fresh) await this.settle(b, summary);
    } catch (e) {
      if (!(e instanceof ChainError) || !(MINT_PROBLEMS as readonly string[]).includes(e.code)) throw e;
      this.state.degraded(e.code as MintProblem, e.message);
      summary.degraded = e.code as MintProblem;
    }
    return summary;
  }

  /**
   * What the next run would send, per batch and wallet, with the foundation's part (read
   * from the contract). Read-only: no row is locked or put in a batch, nothing is sent.
   * @throws ChainError when the node stays unreachable
   */
  async preview(): Promise<MintPreview> {
    const foundation = await this.retry(() => this.chain.foundation());
    const rows = await pendingRows(this.ds, await this.cutoff(), false);
    const n = (await unfinishedBatches(this.ds)).length;
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
   * Stops the run (degraded, chain.unknown_mints) when the token's supply is more than this
   * database's batches account for: new batches could then pay rows a forgotten batch paid.
   */
  private async refuseUnknownMints(): Promise<void> {
    const supply = await this.retry(() => this.chain.totalSupply());
    const books = await batchTotals(this.ds);
    if (!chainHoldsUnknownMints(supply, books.confirmed, books.unfinished)) return;
    throw new ChainError(
      'chain.unknown_mints',
      `the token's supply ${supply} is above the ${books.confirmed} confirmed and ${books.unfinished} unfinished base units of this database's batches`,
      false,
    );
  }

  /** The end of the last settled emission epoch when a pace applies, else null (no limit). */
  private async cutoff(): Promise<Date | null> {
    return this.opts.mintableBefore ? this.opts.mintableBefore() : null;
  }

  private cut(rows: PendingRow[]): Manifest[] {
    return cutBatches(rows, this.opts.maxRecipients, this.chainId, this.chain.tokenAddress);
  }

  /**
   * Cuts pending rows into batches and persists them (state prepared) before any send. The
   * same rows as a failed batch make the same manifest: its attempt counts up until the id
   * is new (the unique batch id decides, not a check first).
   */
  private async prepare(): Promise<BatchRow[]> {
    const cutoff = await this.cutoff();
    // A mint of these batches lands after this head; the margin covers a reorg below it.
    const head = await this.retry(() => this.chain.blockNumber());
    const searchFromBlock = Math.max(0, head - this.opts.confirmations);
    const created = await this.ds.transaction(async (m) => {
      const rows = await pendingRows(m, cutoff, true);
      const out: BatchRow[] = [];
      for (const first of this.cut(rows)) {
        for (let attempt = 0; ; attempt++) {
          const manifest = { ...first, attempt };
          const text = encodeManifest(manifest);
          const batchId = keccakHex(Buffer.from(text, 'utf8'));
          const gross = manifest.payouts.reduce((sum, p) => sum + p.gross, 0n);
          const id = await insertBatch(m, { batchId, manifestText: text, gross, searchFromBlock });
          if (id === undefined) continue;
          await assignRows(m, id, manifest.rows.map((r) => r.ledgerId));
          out.push({ id, batch_id: batchId, state: 'prepared', manifest: JSON.parse(text), tx_hash: null, tx_nonce: null, tx_max_fee: null, tx_priority_fee: null, tx_sent_at: null, search_from_block: searchFromBlock });
          break;
        }
      }
      return out;
    });
    for (const b of created) {
      const manifest = decodeManifest(b.manifest);
      this.logger.info('mint batch prepared', { batch: b.batch_id, recipients: manifest.payouts.length, attempt: manifest.attempt });
      await this.opts.onStep?.('batch-persisted', b.batch_id);
    }
    return created;
  }

  /** What the chain says about a batch now, and the safe block it was read at. */
  private async facts(b: BatchRow): Promise<{ facts: BatchFacts; safeBlock: number }> {
    const head = await this.retry(() => this.chain.blockNumber());
    const safeBlock = Math.max(0, head - this.opts.confirmations + 1);
    const [mintedAtHead, mintedAtSafe, safeNonce, latestNonce, pendingNonce] = await Promise.all([
      this.retry(() => this.chain.batchMintedAt(b.batch_id, head)),
      this.retry(() => this.chain.batchMintedAt(b.batch_id, safeBlock)),
      this.retry(() => this.chain.minterNonce(safeBlock)),
      this.retry(() => this.chain.minterNonce(head)),
      this.retry(() => this.chain.minterNonce('pending')),
    ]);
    const sentAt = b.tx_sent_at === null ? undefined : new Date(b.tx_sent_at).getTime();
    const overdue = sentAt !== undefined && (this.opts.now ?? Date.now)() - sentAt >= this.opts.replaceAfterMs;
    return { facts: { mintedAtHead, mintedAtSafe, nonce: b.tx_nonce, safeNonce, latestNonce, pendingNonce, overdue }, safeBlock };
  }

  /** Brings one batch as far as the chain allows in this run. */
  private async settle(b: BatchRow, summary: MintRunSummary, sending = true): Promise<void> {
    const { facts, safeBlock } = await this.facts(b);
    const verdict = batchVerdict(facts);
    switch (verdict) {
      case 'confirm': {
        const from = b.search_from_block === null ? 0 : Number(b.search_from_block);
        const mint = await this.retry(() => this.chain.findBatchMint(b.batch_id, from, safeBlock));
        // Minted but its event not found (a node that pruned logs): never send again; an
        // operator looks at it.
        if (!mint) {
          this.logger.error('batch minted on-chain but its event was not found; leaving it for an operator', { batch: b.batch_id });
          return;
        }
        await this.opts.onStep?.('receipt-seen', b.batch_id);
        await this.confirm(b, mint.txHash, mint.blockNumber, mint.foundationTotal, summary);
        return;
      }
      case 'fail':
        await this.fail(b, `nonce ${b.tx_nonce} was used without minting the batch${b.tx_hash ? ` (last transaction ${b.tx_hash})` : ''}`, summary);
        return;
      case 'wait':
        this.logger.debug('mint batch waits for the chain', { batch: b.batch_id, nonce: b.tx_nonce });
        return;
      default:
        if (!sending) return;
        if (verdict === 'resend' && b.tx_hash !== null) this.logger.warn('mint transaction dropped; sending again', { batch: b.batch_id, tx: b.tx_hash });
        await this.send(b, verdict, summary);
    }
  }

  /**
   * Sends a batch: at a fresh nonce (`send`), again at its nonce (`resend`), or at its
   * nonce with higher fees (`replace`). The nonce and fees are persisted before the send,
   * the hash after.
   */
  private async send(b: BatchRow, how: 'send' | 'resend' | 'replace', summary: MintRunSummary): Promise<void> {
    const manifest = decodeManifest(b.manifest);
    const recipients = manifest.payouts.map((p) => p.wallet);
    const amounts = manifest.payouts.map((p) => p.gross);
    const ceiling = this.opts.maxFeePerGasWei;
    const market = await this.retry(() => this.chain.marketFees());
    let fees: Fees | undefined;
    if (how === 'replace') {
      const previous = b.tx_max_fee !== null && b.tx_priority_fee !== null ? { maxFeePerGas: BigInt(b.tx_max_fee), maxPriorityFeePerGas: BigInt(b.tx_priority_fee) } : market.fees;
      fees = replacementFees(previous, market.fees, ceiling);
      if (!fees) {
        this.logger.warn('stuck mint transaction not replaced: MINT_MAX_FEE_GWEI leaves no room for higher fees', { batch: b.batch_id, nonce: b.tx_nonce });
        return;
      }
    } else {
      if (market.baseFee > ceiling) {
        this.logger.warn('mint batch waits: fees are above the configured cap', { batch: b.batch_id, baseFee: market.baseFee });
        return;
      }
      const maxFeePerGas = market.fees.maxFeePerGas > ceiling ? ceiling : market.fees.maxFeePerGas;
      const resent = how === 'resend' && b.tx_max_fee !== null && b.tx_priority_fee !== null;
      // A resend of a dropped transaction keeps its fees (the same transaction, once more).
      fees = resent ? { maxFeePerGas: BigInt(b.tx_max_fee!), maxPriorityFeePerGas: BigInt(b.tx_priority_fee!) } : { maxFeePerGas, maxPriorityFeePerGas: market.fees.maxPriorityFeePerGas < maxFeePerGas ? market.fees.maxPriorityFeePerGas : maxFeePerGas };
    }
    const nonce = b.tx_nonce ?? (await this.retry(() => this.chain.pendingNonce()));
    let gasLimit: bigint;
    try {
      gasLimit = await this.retry(() => this.chain.estimateMint(b.batch_id, recipients, amounts, nonce));
    } catch (e) {
      if (!(e instanceof ChainError) || e.code !== 'chain.rejected') throw e;
      // Refused by the contract before anything was sent. A batch never sent (no nonce yet)
      // is proven unminted: fail it, its rows go into a new batch. One with a nonce may have
      // a transaction out there: the nonce rule fails it once that nonce is used.
      if (b.tx_nonce === null && !(await this.retry(() => this.chain.batchMinted(b.batch_id)))) await this.fail(b, e.message, summary);
      else this.logger.warn('mint batch refused by the contract; waiting for its nonce to settle', { batch: b.batch_id, reason: e.message });
      if (/AccessControlUnauthorizedAccount/.test(e.message)) throw new ChainError('chain.not_minter', e.message, false);
      return;
    }
    if (!(await recordSending(this.ds, b.id, nonce, fees.maxFeePerGas, fees.maxPriorityFeePerGas))) {
      this.logger.warn('mint batch holds another nonce already (a concurrent run); the next run reconciles it', { batch: b.batch_id, nonce });
      return;
    }
    let txHash: string;
    try {
      txHash = await this.retry(() => this.chain.sendMint(b.batch_id, recipients, amounts, { nonce, gasLimit, fees: fees! }));
    } catch (e) {
      if (e instanceof ChainError && (e.code === 'chain.nonce_used' || e.code === 'chain.underpriced')) {
        // Another transaction holds or used the nonce: the next run's facts decide.
        this.logger.info('mint batch waits: its nonce is taken', { batch: b.batch_id, nonce, reason: e.code });
        return;
      }
      throw e;
    }
    await this.opts.onStep?.('tx-sent', b.batch_id);
    const sentAt = new Date((this.opts.now ?? Date.now)());
    await recordSent(this.ds, b.id, txHash, sentAt);
    const sent: BatchRow = { ...b, tx_hash: txHash, tx_nonce: nonce, tx_max_fee: fees.maxFeePerGas.toString(), tx_priority_fee: fees.maxPriorityFeePerGas.toString(), tx_sent_at: sentAt };
    if (how === 'replace') this.logger.info('stuck mint transaction replaced with higher fees', { batch: b.batch_id, tx: txHash, nonce, maxFeePerGas: fees.maxFeePerGas, replaced: b.tx_hash });
    else this.logger.info('mint batch submitted', { batch: b.batch_id, tx: txHash, nonce });
    await this.waitOrLeave(sent, txHash, summary);
  }

  /** Waits for the receipt and its confirmations; then confirms or fails from the chain's facts. On timeout the next run reconciles. */
  private async waitOrLeave(b: BatchRow, txHash: string, summary: MintRunSummary): Promise<void> {
    const r = await this.chain.waitForReceipt(txHash, this.opts.confirmations, this.opts.confirmTimeoutMs).catch((e: unknown) => {
      this.logger.warn('waiting for a mint receipt failed; the next run reconciles', { batch: b.batch_id, error: e });
      return undefined;
    });
    if (!r || (r.status === 1 && r.confirmations < this.opts.confirmations)) return;
    await this.settle(b, summary, false);
  }

  private async confirm(b: BatchRow, txHash: string, blockNumber: number, foundationTotal: bigint, summary: MintRunSummary): Promise<void> {
    const gross = await this.ds.transaction(async (m) => {
      const row = await markConfirmed(m, b.id, txHash, blockNumber, foundationTotal);
      if (row === undefined) return 0n;
      await markRowsMinted(m, b.id);
      return BigInt(row);
    });
    if (gross === 0n) return;
    summary.confirmed += 1;
    summary.mintedGross += gross;
    this.logger.info('mint batch confirmed', { batch: b.batch_id, tx: txHash, block: blockNumber, gross });
  }

  /** Marks a batch failed and releases its rows, which the chain proved unminted. */
  private async fail(b: BatchRow, reason: string, summary: MintRunSummary): Promise<void> {
    await this.ds.transaction(async (m) => {
      await markFailed(m, b.id, reason);
      await releaseRows(m, b.id);
    });
    summary.failed += 1;
    this.logger.error('mint batch failed; its rows wait for the next batch', { batch: b.batch_id, reason });
  }

  /** Retries retryable chain errors with doubling backoff within a run (a debug line each; MintState logs the outcome). */
  private async retry<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (e) {
        if (!(e instanceof ChainError) || !e.retryable || e.code === 'chain.fees_too_high' || attempt >= this.opts.retries) throw e;
        const delay = this.opts.retryBaseMs * 2 ** (attempt - 1);
        this.logger.debug('chain call failed; retrying', { attempt, retryInMs: delay, error: e.message });
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }
}

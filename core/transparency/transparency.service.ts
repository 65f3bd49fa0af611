import type { DataSource } from 'typeorm';
import type { ChainReader } from '../chain/chain-reader';
import { systemClock, type Clock } from '../clock';
import { decodeManifest, encodeManifest } from '../mint/manifest';
import { selectBatchView } from '../mint/batch-view.statements';
import { TNET_CAP } from '../money';
import { checkFromBatchMinted, checkFromReceipt, type ChainCheck } from './chain-check';
import { communityFigures, DAY_MS, isBatchId, supplyFigures, type CommunityFigures, type SupplyFigures } from './figures';
import { countCommunities, selectBatchesByIds, selectBatchPage, selectCommunityEmission, selectMintTotals, type PublicBatchRow } from './transparency.statements';

/** Most batches one page of the list (and one chain check) holds. */
export const BATCH_PAGE = 50;
/** Most communities the page lists (they are few; a bound all the same). */
export const COMMUNITY_LIMIT = 500;
/**
 * Confirmed batches' on-chain ids are remembered a minute (at most this many, the oldest
 * go first): visitors reloading the page do not each cost the RPC a page of receipts, and
 * a chain that went away shows within the minute.
 */
const CACHE_LIMIT = 10_000;
const CACHE_MS = 60_000;

export interface TransparencyOverview {
  supply: SupplyFigures;
  communities: CommunityFigures[];
  /** All communities, when more exist than the page lists. */
  communityCount: number;
}

export interface BatchPage {
  batches: PublicBatchRow[];
  /** The cursor of the next (older) page; undefined on the last one. */
  olderBefore: number | undefined;
}

export interface TransparencyOptions {
  /** Milliseconds one chain check (a page of batches) may take in all. */
  chainTimeoutMs?: number;
}

/**
 * The public transparency figures (no login): supply against the cap, pace, the foundation's
 * share, each community's allowance and spending, and the mint batches with their manifests.
 * Nothing it returns names a member or a platform id. The chain is asked only by checkOnChain,
 * with a bounded wait, so a dead RPC never holds the page.
 */
export class TransparencyService {
  private readonly cache = new Map<string, { check: ChainCheck; until: number }>();
  private readonly chainTimeoutMs: number;

  constructor(
    private readonly ds: DataSource,
    private readonly chain: ChainReader | undefined,
    private readonly clock: Clock = systemClock,
    opts: TransparencyOptions = {},
  ) {
    this.chainTimeoutMs = opts.chainTimeoutMs ?? 8_000;
  }

  async overview(): Promise<TransparencyOverview> {
    const now = this.clock();
    const [totals, communities, communityCount] = await Promise.all([
      selectMintTotals(this.ds, new Date(now.getTime() - 7 * DAY_MS), new Date(now.getTime() - 30 * DAY_MS)),
      selectCommunityEmission(this.ds, 0, COMMUNITY_LIMIT),
      countCommunities(this.ds),
    ]);
    return { supply: supplyFigures(totals, TNET_CAP, now), communities: communities.map(communityFigures), communityCount };
  }

  /** Newest first, BATCH_PAGE at a time; `before` is the cursor a previous page gave. */
  async batches(before?: number): Promise<BatchPage> {
    const rows = await selectBatchPage(this.ds, before, BATCH_PAGE + 1);
    const batches = rows.slice(0, BATCH_PAGE);
    return { batches, olderBefore: rows.length > BATCH_PAGE ? batches[batches.length - 1]!.seq : undefined };
  }

  /** A batch's manifest in its canonical text (what its id hashes); undefined for an unknown or malformed id. */
  async manifestText(batchId: string): Promise<string | undefined> {
    if (!isBatchId(batchId)) return undefined;
    const row = await selectBatchView(this.ds, batchId.toLowerCase());
    return row && encodeManifest(decodeManifest(row.manifest));
  }

  /**
   * What the chain says of each known batch among `batchIds` (at most BATCH_PAGE; malformed
   * and unknown ids are left out). Never throws for the chain: a failure or the time limit
   * reads as `unchecked` with its reason.
   */
  async checkOnChain(batchIds: readonly string[]): Promise<Map<string, ChainCheck>> {
    const ids = [...new Set(batchIds.filter(isBatchId).map((id) => id.toLowerCase()))].slice(0, BATCH_PAGE);
    const out = new Map<string, ChainCheck>();
    if (ids.length === 0) return out;
    const rows = await selectBatchesByIds(this.ds, ids);
    const chain = this.chain;
    if (!chain) {
      for (const r of rows) out.set(r.batchId, { status: 'unchecked', reason: 'no-chain' });
      return out;
    }
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.chainTimeoutMs);
    });
    try {
      await Promise.all(
        rows.map(async (r) => {
          const got = await Promise.race([this.checkOne(chain, r), deadline]);
          out.set(r.batchId, got === 'timeout' ? { status: 'unchecked', reason: 'timeout' } : got);
        }),
      );
    } finally {
      clearTimeout(timer);
    }
    return out;
  }

  private async checkOne(chain: ChainReader, r: PublicBatchRow): Promise<ChainCheck> {
    const now = this.clock().getTime();
    // By batch and transaction: the answer is about the transaction the database names now.
    const key = `${r.batchId}:${r.txHash ?? ''}`;
    const cached = this.cache.get(key);
    if (cached && cached.until > now) return cached.check;
    this.cache.delete(key);
    let check: ChainCheck;
    try {
      check = (r.txHash ? checkFromReceipt(r.batchId, await chain.batchMintedEventsOf(r.txHash)) : undefined) ?? checkFromBatchMinted(r.batchId, await chain.batchMinted(r.batchId));
    } catch {
      // The ChainError's text may carry the RPC URL (and a provider key in it): the page gets the reason only.
      return { status: 'unchecked', reason: 'unreachable' };
    }
    if (check.status === 'minted' && r.state === 'confirmed') {
      if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, { check, until: now + CACHE_MS });
    }
    return check;
  }
}

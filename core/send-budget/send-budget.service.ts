import type { DataSource } from 'typeorm';
import { cellRate, type BucketRule } from './send-budget';
import { pruneBuckets, seedBuckets, takeTokens } from './send-budget.statements';

/** A bucket of a send budget: its key (shared by every replica) and its rule. */
export interface BudgetBucket {
  key: string;
  rule: BucketRule;
}

/**
 * Send budgets every replica shares (Telegram's bot-wide and per-chat limits), kept in
 * PostgreSQL: one statement per take, on the database's clock. Rows of buckets full for a
 * minute are pruned now and then, so the table follows the chats active lately.
 */
export class SendBudgetService {
  private lastPrune = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly opts: { pruneEveryMs?: number; now?: () => number } = {},
  ) {}

  /**
   * Takes a token from every bucket, all or nothing. Returns 0 when taken, else the
   * milliseconds to wait before asking again (nothing taken).
   */
  async take(buckets: readonly BudgetBucket[], now: number | null = null): Promise<number> {
    const keys = buckets.map((b) => b.key);
    const rates = buckets.map((b) => cellRate(b.rule));
    const intervals = rates.map((r) => r.intervalMs);
    const tolerances = rates.map((r) => r.toleranceMs);
    await this.pruneNowAndThen();
    for (let attempt = 0; ; attempt++) {
      const r = await takeTokens(this.ds, keys, intervals, tolerances, now);
      if (r.missing === 0) return r.wait_ms;
      // A bucket seen for the first time (or pruned meanwhile): add it full, then take again.
      if (attempt >= 3) throw new Error(`send budget rows keep disappearing: ${keys.join(', ')}`);
      await seedBuckets(this.ds, keys);
    }
  }

  private async pruneNowAndThen(): Promise<void> {
    const now = (this.opts.now ?? Date.now)();
    if (now - this.lastPrune < (this.opts.pruneEveryMs ?? 60_000)) return;
    this.lastPrune = now;
    await pruneBuckets(this.ds, 60_000);
  }
}

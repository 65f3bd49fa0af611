/** A token bucket: `capacity` calls at once, refilled at `perSecond`. */
export interface BucketRule {
  capacity: number;
  perSecond: number;
}

/**
 * The same bucket as a cell rate (GCRA): one timestamp per bucket, the "theoretical arrival
 * time" (tat, ms), instead of a token count and its refill time. A take is allowed when
 * tat - tolerance <= now, and moves tat to max(tat, now) + interval. A bucket with no state
 * (tat 0) is full. One number per bucket is what lets PostgreSQL keep it in one row that one
 * statement reads and writes.
 */
export interface CellRate {
  intervalMs: number;
  toleranceMs: number;
}

export const cellRate = (rule: BucketRule): CellRate => ({
  intervalMs: 1000 / rule.perSecond,
  toleranceMs: ((rule.capacity - 1) * 1000) / rule.perSecond,
});

export interface TakeDecision {
  /** 0: taken from every bucket; else milliseconds until every bucket has a token (nothing taken). */
  waitMs: number;
  /** The buckets' new tats (the old ones when nothing was taken). */
  tats: number[];
}

/**
 * One call's take from all its buckets (the global one and its chat's), all or nothing at
 * `now` (ms): what send-budget.statements.ts does in SQL, row by row.
 */
export function takeAll(buckets: readonly { tat: number; rate: CellRate }[], now: number): TakeDecision {
  // A hair of float error (20/60 a second) must not cost a wait.
  const edge = Math.max(...buckets.map((b) => b.tat - b.rate.toleranceMs));
  const waitMs = edge - now > 1e-6 ? edge - now : 0;
  if (waitMs > 0) return { waitMs, tats: buckets.map((b) => b.tat) };
  return { waitMs: 0, tats: buckets.map((b) => Math.max(b.tat, now) + b.rate.intervalMs) };
}

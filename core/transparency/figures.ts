/**
 * The public figures of the transparency page, from totals the database holds: what was
 * minted against the cap, at what pace, what the foundation received. Amounts are bigint
 * base units; only the shares shown as percentages become numbers, at the last step.
 */

export const DAY_MS = 86_400_000;
/** Beyond this many days a projection says "more than 1,000 years" instead of a date. */
export const FAR_DAYS = 365_250n;

/** Totals of the confirmed batches (base units). */
export interface MintTotals {
  /** Gross minted: what the miners received plus the foundation's share (the supply it added). */
  minted: bigint;
  foundation: bigint;
  /** Gross minted by batches confirmed in the last 7 and 30 days. */
  last7: bigint;
  last30: bigint;
  confirmedBatches: number;
}

/** When the cap would be reached at one window's pace. */
export type CapProjection =
  | { kind: 'reached' }
  /** Nothing minted in the window: no pace to project. */
  | { kind: 'no-pace' }
  | { kind: 'date'; days: bigint; at: Date }
  | { kind: 'far'; days: bigint };

/**
 * At the pace of `mintedInWindow` per `windowDays`, the days until `remaining` is minted
 * (rounded up: the cap is reached on that day, not before) and that day's date.
 */
export function projectCap(remaining: bigint, mintedInWindow: bigint, windowDays: number, now: Date): CapProjection {
  if (remaining <= 0n) return { kind: 'reached' };
  if (mintedInWindow <= 0n) return { kind: 'no-pace' };
  const window = BigInt(windowDays);
  const days = (remaining * window + mintedInWindow - 1n) / mintedInWindow;
  if (days > FAR_DAYS) return { kind: 'far', days };
  return { kind: 'date', days, at: new Date(now.getTime() + Number(days) * DAY_MS) };
}

/** `part` of `whole` in basis points (hundredths of a percent), rounded down; 0 of nothing. */
export function basisPoints(part: bigint, whole: bigint): bigint {
  return whole > 0n ? (part * 10_000n) / whole : 0n;
}

export interface SupplyFigures {
  cap: bigint;
  minted: bigint;
  /** What the cap still allows (never below zero). */
  remaining: bigint;
  /** Minted of the cap, in millionths (a percentage of 6 billion needs the precision). */
  mintedPpm: bigint;
  last7: bigint;
  last30: bigint;
  at7: CapProjection;
  at30: CapProjection;
  foundation: bigint;
  /** The foundation's share of the gross minted, basis points (each mint rounds its share down). */
  foundationBps: bigint;
  minersTotal: bigint;
  confirmedBatches: number;
}

export function supplyFigures(totals: MintTotals, cap: bigint, now: Date): SupplyFigures {
  const remaining = cap > totals.minted ? cap - totals.minted : 0n;
  return {
    cap,
    minted: totals.minted,
    remaining,
    mintedPpm: cap > 0n ? (totals.minted * 1_000_000n) / cap : 0n,
    last7: totals.last7,
    last30: totals.last30,
    at7: projectCap(remaining, totals.last7, 7, now),
    at30: projectCap(remaining, totals.last30, 30, now),
    foundation: totals.foundation,
    foundationBps: basisPoints(totals.foundation, totals.minted),
    minersTotal: totals.minted - totals.foundation,
    confirmedBatches: totals.confirmedBatches,
  };
}

/** A community's emission as the page shows it (base units). */
export interface CommunityFigures {
  id: number;
  title: string;
  allowance: bigint;
  reserved: bigint;
  /** What its campaigns paid out of their budgets. */
  spent: bigint;
  /** What it may still promise to new campaigns. */
  left: bigint;
}

export function communityFigures(c: { id: number; title: string; allowance: bigint; reserved: bigint; spent: bigint }): CommunityFigures {
  return { ...c, left: c.allowance > c.reserved ? c.allowance - c.reserved : 0n };
}

/** The batch id format: 0x and 64 lower- or upper-case hex digits (a keccak256). */
export const BATCH_ID = /^0x[0-9a-fA-F]{64}$/;

export const isBatchId = (text: unknown): text is string => typeof text === 'string' && BATCH_ID.test(text);

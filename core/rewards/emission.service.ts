import type { DataSource, EntityManager } from 'typeorm';
import { refundBudget } from '../scoring/scoring.statements';
import { insertEpoch, insertPaceCuts, lockEmission, selectEpochRewards, selectFirstRewardSince, selectLastEpochEnd } from './emission.statements';
import { paceCuts } from './pace-cut';

/**
 * How long after its end an epoch waits before settling: a scoring transaction that began
 * inside the epoch stamps its rows with its start time, so it must have committed by then.
 */
export const SETTLE_GRACE_MS = 30_000;

export interface EmissionOptions {
  /** Most base units all rewards of one epoch may pay; undefined = no pace. */
  pace: bigint | undefined;
  epochSeconds: number;
}

/** One epoch the settlement closed. Amounts in base units. */
export interface SettledEpoch {
  startsAt: Date;
  earned: bigint;
  paid: bigint;
}

/**
 * The emission pace. Rewards are written at full value as answers are scored; when an
 * epoch (aligned to multiples of `epochSeconds` since 1970) is over, its settlement
 * compares what it earned with the pace and, when over, pays each reward pro-rata: a
 * correcting row takes back `amount - floor(amount * pace / earned)` and the campaign's
 * budget gets it back. Rounding down keeps the epoch's total at or below the pace. Until
 * its epoch is settled a row is not minted (the mint job asks `mintableBefore`).
 */
export class EmissionService {
  constructor(
    private readonly ds: DataSource,
    private readonly opts: EmissionOptions,
  ) {}

  get paced(): boolean {
    return this.opts.pace !== undefined;
  }

  /** Rows created before this instant belong to settled epochs; null when no pace applies. */
  async mintableBefore(): Promise<Date | null> {
    if (!this.paced) return null;
    return (await selectLastEpochEnd(this.ds)) ?? new Date(0);
  }

  /**
   * Settles every epoch that ended at least SETTLE_GRACE_MS before `now` and holds rewards.
   * Idempotent and safe on replicas: one advisory lock orders settlements, and an epoch is
   * settled once.
   */
  async settle(now: Date = new Date()): Promise<SettledEpoch[]> {
    const pace = this.opts.pace;
    if (pace === undefined) return [];
    const len = this.opts.epochSeconds * 1000;
    return this.ds.transaction(async (m) => {
      await lockEmission(m);
      const settled: SettledEpoch[] = [];
      let from = await selectLastEpochEnd(m);
      for (;;) {
        // The next epoch with rewards to settle, skipping empty ones.
        const next = await selectFirstRewardSince(m, from);
        if (next === null) break;
        const startsAt = new Date(Math.floor(next.getTime() / len) * len);
        const endsAt = new Date(startsAt.getTime() + len);
        if (endsAt.getTime() > now.getTime() - SETTLE_GRACE_MS) break;
        settled.push(await this.settleEpoch(m, startsAt, endsAt, pace));
        from = endsAt;
      }
      return settled;
    });
  }

  private async settleEpoch(m: EntityManager, startsAt: Date, endsAt: Date, pace: bigint): Promise<SettledEpoch> {
    const rows = await selectEpochRewards(m, startsAt, endsAt);
    const earned = rows.reduce((s, r) => s + BigInt(r.amount), 0n);
    let paid = earned;
    if (earned > pace) {
      const cut = paceCuts(rows.map((r) => BigInt(r.amount)), pace);
      const cuts = rows.map((reward, i) => ({ reward, cut: cut[i]! })).filter((c) => c.cut > 0n);
      paid = earned - cuts.reduce((s, c) => s + c.cut, 0n);
      await insertPaceCuts(m, cuts);
      const refunds = new Map<number, bigint>();
      for (const c of cuts) refunds.set(c.reward.campaign_id, (refunds.get(c.reward.campaign_id) ?? 0n) + c.cut);
      for (const [campaignId, refund] of refunds) await refundBudget(m, campaignId, refund);
    }
    await insertEpoch(m, { startsAt, endsAt, pace, earned, paid });
    return { startsAt, earned, paid };
  }
}

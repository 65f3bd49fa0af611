import type { DataSource, EntityManager } from 'typeorm';

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
    const [r] = await this.ds.query(`SELECT max(ends_at) AS t FROM emission_epoch`);
    return r.t === null ? new Date(0) : new Date(r.t);
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
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('tnet.emission'))`);
      const settled: SettledEpoch[] = [];
      const [last] = await m.query(`SELECT max(ends_at) AS t FROM emission_epoch`);
      let from: Date | null = last.t === null ? null : new Date(last.t);
      for (;;) {
        // The next epoch with rewards to settle, skipping empty ones.
        const [next] = await m.query(
          `SELECT min(created_at) AS t FROM reward_ledger WHERE corrects_id IS NULL AND amount > 0 AND ($1::timestamptz IS NULL OR created_at >= $1)`,
          [from],
        );
        if (next.t === null) break;
        const startsAt = new Date(Math.floor(new Date(next.t).getTime() / len) * len);
        const endsAt = new Date(startsAt.getTime() + len);
        if (endsAt.getTime() > now.getTime() - SETTLE_GRACE_MS) break;
        settled.push(await this.settleEpoch(m, startsAt, endsAt, pace));
        from = endsAt;
      }
      return settled;
    });
  }

  private async settleEpoch(m: EntityManager, startsAt: Date, endsAt: Date, pace: bigint): Promise<SettledEpoch> {
    const rows: { id: string; member_id: number; campaign_id: number; task_id: number; answer_id: string; amount: string; consensus_label: string | null }[] = await m.query(
      `SELECT id::text, member_id, campaign_id, task_id, answer_id::text, amount::text, consensus_label FROM reward_ledger
       WHERE created_at >= $1 AND created_at < $2 AND amount > 0 AND status <> 'withheld' AND rule <> 'pace.pro_rata'
       ORDER BY id`,
      [startsAt, endsAt],
    );
    const earned = rows.reduce((s, r) => s + BigInt(r.amount), 0n);
    let paid = earned;
    if (earned > pace) {
      const cuts = rows.map((r) => {
        const a = BigInt(r.amount);
        return { r, cut: a - (a * pace) / earned };
      }).filter((c) => c.cut > 0n);
      paid = earned - cuts.reduce((s, c) => s + c.cut, 0n);
      await m.query(
        `INSERT INTO reward_ledger (member_id, campaign_id, task_id, answer_id, amount, status, rule, consensus_label, corrects_id)
         SELECT mem, cam, tid, aid, -amt, 'pending', 'pace.pro_rata', lbl, orig
         FROM unnest($1::int[], $2::int[], $3::int[], $4::bigint[], $5::numeric[], $6::text[], $7::bigint[]) AS x(mem, cam, tid, aid, amt, lbl, orig)`,
        [
          cuts.map((c) => c.r.member_id),
          cuts.map((c) => c.r.campaign_id),
          cuts.map((c) => c.r.task_id),
          cuts.map((c) => c.r.answer_id),
          cuts.map((c) => c.cut.toString()),
          cuts.map((c) => c.r.consensus_label),
          cuts.map((c) => c.r.id),
        ],
      );
      const refunds = new Map<number, bigint>();
      for (const c of cuts) refunds.set(c.r.campaign_id, (refunds.get(c.r.campaign_id) ?? 0n) + c.cut);
      for (const [campaignId, refund] of refunds) {
        await m.query(`UPDATE campaign_budget SET spent = spent - $2 WHERE campaign_id = $1`, [campaignId, refund.toString()]);
      }
    }
    await m.query(`INSERT INTO emission_epoch (starts_at, ends_at, pace, earned, paid) VALUES ($1, $2, $3, $4, $5)`, [
      startsAt,
      endsAt,
      pace.toString(),
      earned.toString(),
      paid.toString(),
    ]);
    return { startsAt, earned, paid };
  }
}

import type { DataSource } from 'typeorm';

export interface Balance {
  /** Base units earned and waiting for a mint batch. */
  pending: bigint;
  /** Base units already minted on-chain. */
  minted: bigint;
  accepted: number;
  withheld: number;
  /** Answers still waiting for their task to finish. */
  awaiting: number;
}

export interface LeaderboardRow {
  rank: number;
  memberId: number;
  displayName: string;
  /** Base units, pending and minted together. */
  earned: bigint;
  accepted: number;
}

export class RewardService {
  constructor(private readonly ds: DataSource) {}

  /** A member's earnings in base units, and how their answers were scored. */
  async balance(memberId: number): Promise<Balance> {
    const [l] = await this.ds.query(
      `SELECT coalesce(sum(amount) FILTER (WHERE status = 'pending'), 0)::text AS pending,
              coalesce(sum(amount) FILTER (WHERE status = 'minted'), 0)::text AS minted,
              count(*) FILTER (WHERE status <> 'withheld')::int AS accepted,
              count(*) FILTER (WHERE status = 'withheld')::int AS withheld
       FROM reward_ledger WHERE member_id = $1`,
      [memberId],
    );
    const [a] = await this.ds.query(
      `SELECT count(*)::int AS n FROM answer a
       WHERE a.member_id = $1 AND NOT EXISTS (SELECT 1 FROM reward_ledger r WHERE r.answer_id = a.id)`,
      [memberId],
    );
    return { pending: BigInt(l.pending), minted: BigInt(l.minted), accepted: l.accepted, withheld: l.withheld, awaiting: a.n };
  }

  /** Top earners (pending and minted), optionally within one campaign. */
  async leaderboard(limit = 10, campaignId?: number): Promise<LeaderboardRow[]> {
    const rows = await this.ds.query(
      `SELECT r.member_id, m.display_name, sum(r.amount)::text AS earned, count(*)::int AS accepted
       FROM reward_ledger r JOIN member m ON m.id = r.member_id
       WHERE r.status <> 'withheld' AND ($2::int IS NULL OR r.campaign_id = $2)
       GROUP BY r.member_id, m.display_name
       ORDER BY sum(r.amount) DESC, count(*) DESC, r.member_id
       LIMIT $1`,
      [Math.max(1, Math.min(limit, 100)), campaignId ?? null],
    );
    return rows.map((r: { member_id: number; display_name: string; earned: string; accepted: number }, i: number) => ({
      rank: i + 1,
      memberId: r.member_id,
      displayName: r.display_name,
      earned: BigInt(r.earned),
      accepted: r.accepted,
    }));
  }
}

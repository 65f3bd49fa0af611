import { defaultMinAccuracy } from '../consensus/reward-rules';
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

/** A member's standing in one campaign, as the last scoring round estimated it. */
export interface CampaignStanding {
  campaignId: number;
  campaignName: string;
  answers: number;
  /** Estimated (balanced) accuracy 0..1. */
  accuracy: number | null;
  /** The campaign's accuracy floor for rewards. */
  floor: number;
  /** Check questions answered and answered right: 0 until the campaign settles (gold stays secret, issue 14). */
  goldAnswers: number;
  goldCorrect: number;
  /** Whether the gold check currently withholds this member's matches. */
  goldFailed: boolean;
}

/** Why a member earned what they earned. */
export interface MemberStats {
  answers: number;
  /** Answers with their (original) ledger row. */
  scored: number;
  accepted: number;
  /** Withheld answers per rule. */
  withheld: { rule: string; count: number }[];
  /** Correcting rows per rule, with their sum in base units (negative: taken back). */
  corrections: { rule: string; count: number; amount: bigint }[];
  /** The campaigns the member answered most recently (at most five). */
  campaigns: CampaignStanding[];
}

export class RewardService {
  constructor(private readonly ds: DataSource) {}

  /** A member's earnings in base units, and how their answers were scored. */
  async balance(memberId: number): Promise<Balance> {
    const [l] = await this.ds.query(
      `SELECT coalesce(sum(amount) FILTER (WHERE status = 'pending'), 0)::text AS pending,
              coalesce(sum(amount) FILTER (WHERE status = 'minted'), 0)::text AS minted,
              count(*) FILTER (WHERE status <> 'withheld' AND corrects_id IS NULL)::int AS accepted,
              count(*) FILTER (WHERE status = 'withheld' AND corrects_id IS NULL)::int AS withheld
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

  /** A member's answers, how they were judged and why, and their estimated skill. */
  async stats(memberId: number): Promise<MemberStats> {
    const [a] = await this.ds.query(`SELECT count(*)::int AS n FROM answer WHERE member_id = $1`, [memberId]);
    const rules: { rule: string; status: string; corrects: boolean; n: number; amount: string }[] = await this.ds.query(
      `SELECT rule, status, corrects_id IS NOT NULL AS corrects, count(*)::int AS n, sum(amount)::text AS amount
       FROM reward_ledger WHERE member_id = $1 GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1`,
      [memberId],
    );
    const skills: {
      campaign_id: number;
      name: string;
      answers: number;
      accuracy: number | null;
      gold_answers: number;
      gold_correct: number;
      min_accuracy: number | null;
      classes: number;
      gold_min_answers: number;
      gold_max_failure: number;
      settled: boolean;
    }[] = await this.ds.query(
      `SELECT s.campaign_id, c.name, s.answers, s.accuracy, s.gold_answers, s.gold_correct, c.min_accuracy,
              jsonb_array_length(c.options) AS classes, c.gold_min_answers, c.gold_max_failure, p.settled_at IS NOT NULL AS settled
       FROM member_skill s JOIN campaign c ON c.id = s.campaign_id LEFT JOIN campaign_model p ON p.campaign_id = c.id
       WHERE s.member_id = $1 ORDER BY s.updated_at DESC, s.campaign_id DESC LIMIT 5`,
      [memberId],
    );
    const originals = rules.filter((r) => !r.corrects);
    return {
      answers: a.n,
      scored: originals.reduce((s, r) => s + r.n, 0),
      accepted: originals.filter((r) => r.status !== 'withheld').reduce((s, r) => s + r.n, 0),
      withheld: originals.filter((r) => r.status === 'withheld').map((r) => ({ rule: r.rule, count: r.n })),
      corrections: rules.filter((r) => r.corrects).map((r) => ({ rule: r.rule, count: r.n, amount: BigInt(r.amount) })),
      campaigns: skills.map((s) => ({
        campaignId: s.campaign_id,
        campaignName: s.name,
        answers: s.answers,
        accuracy: s.accuracy,
        floor: s.min_accuracy ?? defaultMinAccuracy(s.classes),
        // Counts that move after one answer would tie the member's gold record to a task.
        goldAnswers: s.settled ? s.gold_answers : 0,
        goldCorrect: s.settled ? s.gold_correct : 0,
        goldFailed: s.settled && s.gold_answers >= s.gold_min_answers && (s.gold_answers - s.gold_correct) / s.gold_answers > s.gold_max_failure,
      })),
    };
  }

  /** Top earners (pending and minted), optionally within one campaign. */
  async leaderboard(limit = 10, campaignId?: number): Promise<LeaderboardRow[]> {
    const rows = await this.ds.query(
      `SELECT r.member_id, m.display_name, sum(r.amount)::text AS earned, count(*) FILTER (WHERE r.corrects_id IS NULL)::int AS accepted
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

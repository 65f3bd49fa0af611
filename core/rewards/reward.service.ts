import { defaultMinAccuracy } from '../consensus/reward-rules';
import type { DataSource } from 'typeorm';
import { countAwaitingAnswers, countMemberAnswers, selectLedgerTotals, selectRecentSkills, selectRuleCounts, selectTopEarners } from './reward.statements';

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
    const l = await selectLedgerTotals(this.ds, memberId);
    const awaiting = await countAwaitingAnswers(this.ds, memberId);
    return { pending: BigInt(l.pending), minted: BigInt(l.minted), accepted: l.accepted, withheld: l.withheld, awaiting };
  }

  /** A member's answers, how they were judged and why, and their estimated skill. */
  async stats(memberId: number): Promise<MemberStats> {
    const answers = await countMemberAnswers(this.ds, memberId);
    const rules = await selectRuleCounts(this.ds, memberId);
    const skills = await selectRecentSkills(this.ds, memberId);
    const originals = rules.filter((r) => !r.corrects);
    return {
      answers,
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
    const rows = await selectTopEarners(this.ds, Math.max(1, Math.min(limit, 100)), campaignId ?? null);
    return rows.map((r, i) => ({
      rank: i + 1,
      memberId: r.member_id,
      displayName: r.display_name,
      earned: BigInt(r.earned),
      accepted: r.accepted,
    }));
  }
}

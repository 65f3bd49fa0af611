import type { DataSource } from 'typeorm';
import type { BaselineService } from '../models/baseline.service';
import type { VerifiedAccuracy } from '../models/inference-check.service';
import {
  selectAnswerSetCounts,
  selectAnswersPerDay,
  selectDecidedPairs,
  selectDecidedSetCounts,
  selectPairAnswerCounts,
  selectToday,
  selectTopMiners,
} from './campaign-report.statements';
import { labelReport, type LabelReport } from './label-report';
import { pairwiseReport, type PairwiseReport } from './pairwise-report';
import type { CampaignService, CampaignStats } from './campaign.service';

/** Answers given on one UTC day. */
export interface DailyAnswers {
  /** "YYYY-MM-DD", UTC. */
  day: string;
  answers: number;
}

/** A member's share of one campaign. */
export interface CampaignMiner {
  memberId: number;
  displayName: string;
  answers: number;
  /** Answers whose reward was accepted (pending or minted). */
  accepted: number;
  /** Base units earned in this campaign (corrections included). */
  earned: bigint;
}

/** Everything a moderator's campaign chart shows. */
export interface CampaignReport {
  stats: CampaignStats;
  /** The last `days` UTC days, oldest first, zero days included. */
  answersPerDay: DailyAnswers[];
  /** Most answers first. */
  topMiners: CampaignMiner[];
  /** The baseline model's accuracy as check campaigns verified it; null when there is none. */
  verifiedAccuracy: VerifiedAccuracy | null;
  /** A pairwise campaign's position bias and model ranking; null for other kinds. */
  pairwise: PairwiseReport | null;
  /** A multilabel campaign's figures per label; null for other kinds. */
  labels: LabelReport | null;
}

export interface ReportOptions {
  /** Days of the answers-per-day series, today included; default 14. */
  days?: number;
  /** How many miners; default 5. */
  top?: number;
}

const DAY_MS = 86_400_000;

/** A campaign's figures over time and per member, for the moderators' stats chart. */
export class CampaignReportService {
  constructor(
    private readonly ds: DataSource,
    private readonly campaigns: CampaignService,
    private readonly baselines: BaselineService,
  ) {}

  /** @throws DomainError campaign.not_found */
  async report(campaignId: number, opts: ReportOptions = {}): Promise<CampaignReport> {
    const days = Math.min(Math.max(Math.trunc(opts.days ?? 14), 1), 366);
    const top = Math.min(Math.max(Math.trunc(opts.top ?? 5), 1), 50);
    const stats = await this.campaigns.stats(campaignId);
    // The database's clock decides "today", so every replica draws the same days.
    const today = await selectToday(this.ds);
    const first = new Date(Date.parse(`${today}T00:00:00Z`) - (days - 1) * DAY_MS).toISOString().slice(0, 10);
    const perDay = await selectAnswersPerDay(this.ds, campaignId, first);
    const byDay = new Map(perDay.map((r) => [r.day, r.n]));
    const answersPerDay: DailyAnswers[] = [];
    for (let i = 0; i < days; i++) {
      const day = new Date(Date.parse(`${first}T00:00:00Z`) + i * DAY_MS).toISOString().slice(0, 10);
      answersPerDay.push({ day, answers: byDay.get(day) ?? 0 });
    }
    const miners = await selectTopMiners(this.ds, campaignId, top);
    return {
      stats,
      answersPerDay,
      topMiners: miners.map((r) => ({ memberId: r.member_id, displayName: r.display_name, answers: r.answers, accepted: r.accepted, earned: BigInt(r.earned) })),
      verifiedAccuracy: await this.baselines.verifiedAccuracy(campaignId),
      pairwise: await this.pairwise(campaignId),
      labels: await this.labels(campaignId),
    };
  }

  /** A pairwise campaign's position bias and Bradley-Terry ranking of its models; null for other kinds. @throws DomainError campaign.not_found */
  async pairwise(campaignId: number): Promise<PairwiseReport | null> {
    const c = await this.campaigns.get(campaignId);
    if (c.kind !== 'pairwise') return null;
    const counts = await selectPairAnswerCounts(this.ds, campaignId);
    return pairwiseReport(counts, await selectDecidedPairs(this.ds, campaignId));
  }

  /**
   * A multilabel campaign's figures per label: in how many decided sets each label is, and
   * how many answers ticked it; null for other kinds. @throws DomainError campaign.not_found
   */
  async labels(campaignId: number): Promise<LabelReport | null> {
    const c = await this.campaigns.get(campaignId);
    if (c.kind !== 'multilabel') return null;
    return labelReport(c.options, await selectDecidedSetCounts(this.ds, campaignId), await selectAnswerSetCounts(this.ds, campaignId));
  }
}

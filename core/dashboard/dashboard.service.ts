import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { CampaignService, CampaignStats, CampaignView } from '../campaigns/campaign.service';
import type { Clock } from '../clock';
import { selectCommunity, type Community } from '../communities/community.statements';
import { confusionMatrix, krippendorffAlpha } from '../consensus/krippendorff-alpha';
import { DomainError } from '../errors';
import { csrfTokenOf, hashSecret, LOGIN_LINK_TTL_MS, loginLinkState, mayShowGold, SESSION_TTL_MS, sessionLive } from './dashboard-rules';
import {
  deleteExpired,
  deleteSession,
  insertLoginLink,
  insertSession,
  selectCampaignPlace,
  selectIdentityId,
  selectLoginLink,
  selectMemberFigures,
  selectRegularAnswers,
  selectSession,
  selectWithheld,
  spendLoginLink,
} from './dashboard.statements';

/** Who the dashboard serves in one session; rights are checked again from `platform` and `platformUserId`. */
export interface DashboardSession {
  memberId: number;
  platform: string;
  platformUserId: string;
  community: Community;
  lang: string;
  /** The synchronizer token every form of this session carries. */
  csrf: string;
  expiresAt: Date;
}

export interface CampaignOverview {
  campaign: CampaignView;
  stats: CampaignStats;
}

export interface MemberAnalytics {
  memberId: number;
  displayName: string;
  answers: number;
  skill: number | null;
  /** Absent until the campaign settles (gold stays secret before). */
  gold?: { answers: number; correct: number };
  medianThinkMs: number | null;
  /** Withheld answers by reason (the ledger rule). */
  withheld: Record<string, number>;
}

export interface CampaignAnalytics extends CampaignOverview {
  settled: boolean;
  /** Krippendorff's α (nominal) over the regular tasks' answers; null when undefined or not a one-choice kind. */
  alpha: number | null;
  /** Members' answers (columns) against the decision (rows) on decided regular tasks, by option id. */
  confusion: { labels: string[]; counts: number[][] } | null;
  members: MemberAnalytics[];
}

/** The kinds whose answer is one option id (α and the confusion matrix are about those). */
const ONE_CHOICE = new Set(['label', 'vote', 'check', 'pairwise']);

/**
 * The moderator dashboard's core: one-time login links (sent by the bot in private), the
 * sessions they open, and a community's campaign figures. Secrets are kept hashed; a
 * campaign of another community is reported as unknown (campaign.not_found).
 */
export class DashboardService {
  constructor(
    private readonly ds: DataSource,
    private readonly campaigns: CampaignService,
    private readonly opts: { publicUrl: string; clock: Clock },
  ) {}

  readonly linkTtlMs = LOGIN_LINK_TTL_MS;

  /**
   * A one-time login URL for this moderator and community, valid LOGIN_LINK_TTL_MS. The
   * caller has checked the right (the /dashboard command through core's moderation).
   */
  async issueLink(memberId: number, user: { platform: string; platformUserId: string }, communityId: number, lang: string): Promise<{ url: string; expiresAt: Date }> {
    const identityId = await selectIdentityId(this.ds.manager, user.platform, user.platformUserId);
    if (identityId === undefined) throw new DomainError('community.not_found', { communityId });
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.opts.clock().getTime() + LOGIN_LINK_TTL_MS);
    await insertLoginLink(this.ds.manager, hashSecret(token), { memberId, identityId, communityId, lang, expiresAt });
    const url = new URL('/dashboard/login', this.opts.publicUrl);
    url.searchParams.set('token', token);
    return { url: url.toString(), expiresAt };
  }

  /** Whether a login token is still good (reading it spends nothing: a link preview or a scanner may GET it). */
  async linkOpen(token: string): Promise<boolean> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
    return loginLinkState(await selectLoginLink(this.ds.manager, hashSecret(token)), this.opts.clock()) === 'open';
  }

  /** Spends a login token for a new session (its id returned once, never stored); why not when it fails. */
  async login(token: string): Promise<{ sessionId: string; expiresAt: Date } | { refused: 'unknown' | 'used' | 'expired' }> {
    const now = this.opts.clock();
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { refused: 'unknown' };
    const hash = hashSecret(token);
    const grant = await spendLoginLink(this.ds.manager, hash, now);
    if (!grant) {
      const state = loginLinkState(await selectLoginLink(this.ds.manager, hash), now);
      return { refused: state === 'open' ? 'used' : state };
    }
    const sessionId = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await insertSession(this.ds.manager, hashSecret(sessionId), { ...grant, expiresAt });
    await deleteExpired(this.ds.manager, now);
    return { sessionId, expiresAt };
  }

  /** The live session of a cookie's id, or undefined. */
  async session(sessionId: string): Promise<DashboardSession | undefined> {
    const row = await selectSession(this.ds.manager, hashSecret(sessionId));
    if (!row || !sessionLive(row, this.opts.clock())) return undefined;
    const community = await selectCommunity(this.ds.manager, row.communityId);
    if (!community) return undefined;
    return { memberId: row.memberId, platform: row.platform, platformUserId: row.platformUserId, community, lang: row.lang, csrf: csrfTokenOf(sessionId), expiresAt: row.expiresAt };
  }

  async logout(sessionId: string): Promise<void> {
    await deleteSession(this.ds.manager, hashSecret(sessionId));
  }

  /** The community's campaigns with their progress and budget, newest first. */
  async overview(communityId: number): Promise<CampaignOverview[]> {
    const list = await this.campaigns.list(undefined, { communityId });
    const out: CampaignOverview[] = [];
    for (const campaign of list) out.push({ campaign, stats: await this.campaigns.stats(campaign.id) });
    return out;
  }

  /** @throws DomainError campaign.not_found when the campaign is not this community's (the same as an unknown id). */
  async inCommunity(communityId: number, campaignId: number): Promise<{ settled: boolean }> {
    const place = await selectCampaignPlace(this.ds.manager, campaignId);
    if (!place || place.communityId !== communityId) throw new DomainError('campaign.not_found', { campaignId });
    return { settled: place.settled };
  }

  /**
   * One campaign's agreement and per-member figures (the 200 busiest members).
   * @throws DomainError campaign.not_found
   */
  async analytics(communityId: number, campaignId: number): Promise<CampaignAnalytics> {
    const { settled } = await this.inCommunity(communityId, campaignId);
    const campaign = await this.campaigns.get(campaignId);
    const stats = await this.campaigns.stats(campaignId);
    let alpha: number | null = null;
    let confusion: CampaignAnalytics['confusion'] = null;
    if (ONE_CHOICE.has(campaign.kind)) {
      const answers = await selectRegularAnswers(this.ds.manager, campaignId);
      const units = new Map<number, string[]>();
      for (const a of answers) units.set(a.taskId, [...(units.get(a.taskId) ?? []), a.choice]);
      alpha = krippendorffAlpha([...units.values()]);
      const labels = campaign.options.map((o) => o.id);
      confusion = { labels, counts: confusionMatrix(labels, answers.filter((a) => a.decided && a.consensus !== null).map((a) => ({ answer: a.choice, consensus: a.consensus! }))) };
    }
    const showGold = mayShowGold({ settled });
    const withheld = await selectWithheld(this.ds.manager, campaignId);
    const members = (await selectMemberFigures(this.ds.manager, campaignId, 200)).map(
      (m): MemberAnalytics => ({
        memberId: m.memberId,
        displayName: m.displayName,
        answers: m.answers,
        skill: m.skill,
        ...(showGold ? { gold: { answers: m.goldAnswers, correct: m.goldCorrect } } : {}),
        medianThinkMs: m.medianThinkMs,
        withheld: Object.fromEntries(withheld.filter((w) => w.memberId === m.memberId).map((w) => [w.rule, w.count])),
      }),
    );
    return { campaign, stats, settled, alpha, confusion, members };
  }
}

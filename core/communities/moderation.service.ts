import type { DataSource } from 'typeorm';
import { insertAuditEntry, selectAuditEntries, type AuditRecord } from '../audit/audit.statements';
import type { CampaignService, CampaignTransition, CampaignView, AuditedBy } from '../campaigns/campaign.service';
import { DomainError } from '../errors';
import { problem } from '../domain/problem';
import { TNET_CAP } from '../money';
import type { CampaignExport, CampaignExportService, ExportOptions } from '../exports/campaign-export.service';
import type { Actor } from './actor';
import { selectCampaignCommunity, selectCommunity, selectCommunityByChat, updateDailyCap, type Community } from './community.statements';
import { mayModerate, mayPostHere } from './may-moderate';
import { maySeeStats } from './may-see-stats';

const by = (actor: Actor): AuditedBy => ({ actorMemberId: actor.memberId, actor: actor.identity });

/**
 * The moderators' campaign work as the chats reach it: every lookup is scoped to what the
 * actor moderates (mayModerate), and a campaign outside it is reported exactly like an
 * unknown id (campaign.not_found). Each change is written to the audit log in its own
 * transaction. The platform is asked (a network call) before any transaction opens.
 */
export class ModerationService {
  constructor(
    private readonly ds: DataSource,
    private readonly campaigns: CampaignService,
    private readonly exports: CampaignExportService,
  ) {}

  /** Whether the actor moderates this community (null: the platform's own campaigns). */
  private async moderatesCommunity(actor: Actor, community: Community | null): Promise<boolean> {
    const place = community && { platform: community.platform, id: community.platformChatId };
    const answer = mayModerate({ platformAdmin: actor.platformAdmin, community: place, here: actor.here });
    if (answer === 'ask_platform') return actor.moderates(community!.platformChatId);
    return answer === 'yes';
  }

  /** The campaign's community, once the actor may moderate the campaign. @throws DomainError campaign.not_found */
  private async scope(actor: Actor, campaignId: number): Promise<Community | null> {
    const communityId = await selectCampaignCommunity(this.ds.manager, campaignId);
    if (communityId === undefined) throw new DomainError('campaign.not_found', { campaignId });
    const community = communityId === null ? null : ((await selectCommunity(this.ds.manager, communityId)) ?? null);
    if (!(await this.moderatesCommunity(actor, community))) throw new DomainError('campaign.not_found', { campaignId });
    return community;
  }

  /**
   * The campaigns this actor moderates from here: all of them for a platform admin, the
   * community's in its own chat or server; undefined for anyone else (they see what members see).
   */
  async list(actor: Actor): Promise<CampaignView[] | undefined> {
    if (actor.platformAdmin) return this.campaigns.list();
    const community = await this.communityHere(actor);
    return community && this.campaigns.list(undefined, { communityId: community.id });
  }

  /** The community registered for where the actor speaks, if they moderate it. */
  async communityHere(actor: Actor): Promise<Community | undefined> {
    if (actor.here.place === null) return undefined;
    const community = await selectCommunityByChat(this.ds.manager, actor.here.platform, actor.here.place);
    return community && (await this.moderatesCommunity(actor, community)) ? community : undefined;
  }

  /**
   * Sets (or, with null, lifts) the daily earning cap per member of the community spoken in:
   * what one member may be paid from its campaigns in a UTC day (core/scoring/daily-cap.ts).
   * Its moderators and platform admins, in its chat or server only. Audited.
   * @throws DomainError community.forbidden (not a moderator here, or not a community), community.invalid
   */
  async setDailyCap(actor: Actor, cap: bigint | null): Promise<Community> {
    const community = await this.communityHere(actor);
    if (!community) throw new DomainError('community.forbidden', {});
    if (cap !== null && (cap <= 0n || cap > TNET_CAP)) throw new DomainError('community.invalid', { reason: problem('amount', 'grant_amount') });
    return this.ds.transaction(async (m) => {
      const c = (await updateDailyCap(m, community.id, cap))!;
      await insertAuditEntry(m, {
        ...by(actor),
        communityId: c.id,
        action: 'community.daily_cap',
        subject: `community:${c.id}`,
        details: { previous_cap: community.dailyCap?.toString() ?? 'none', cap: cap?.toString() ?? 'none' },
      });
      return c;
    });
  }

  /**
   * The community the actor moderates for the dashboard: the one named (from a private chat;
   * any platform admin, or its moderators as the platform tells), else the one spoken in.
   */
  async moderatedCommunity(actor: Actor, communityId?: number): Promise<Community | undefined> {
    if (communityId === undefined) return this.communityHere(actor);
    const community = await selectCommunity(this.ds.manager, communityId);
    return community && (await this.moderatesCommunity(actor, community)) ? community : undefined;
  }

  /** @throws DomainError campaign.not_found, campaign.invalid_transition, campaign.no_items */
  async transition(actor: Actor, campaignId: number, action: CampaignTransition): Promise<CampaignView> {
    await this.scope(actor, campaignId);
    return this.campaigns.transition(campaignId, action, by(actor));
  }

  /**
   * Posts the campaign's cards in the chat spoken in ("platform:chatId"). A community's
   * campaign: by those who moderate it, only in its own chat or server. A platform
   * campaign: by platform admins anywhere, and by a group's or server's moderators there
   * (posting only shows cards; running it stays with platform admins).
   * @throws DomainError campaign.not_found, campaign.post_elsewhere
   */
  async postHere(actor: Actor, campaignId: number, chatKey: string): Promise<CampaignView> {
    const communityId = await selectCampaignCommunity(this.ds.manager, campaignId);
    if (communityId === undefined) throw new DomainError('campaign.not_found', { campaignId });
    if (communityId === null) {
      const place = actor.here.place;
      if (!actor.platformAdmin && !(place !== null && (await actor.moderates(place)))) throw new DomainError('campaign.not_found', { campaignId });
    } else {
      const community = await this.scope(actor, campaignId);
      const place = community && { platform: community.platform, id: community.platformChatId };
      if (!mayPostHere(place, actor.here)) throw new DomainError('campaign.post_elsewhere', { campaignId });
    }
    return this.campaigns.postTo(campaignId, chatKey, by(actor));
  }

  /**
   * Checks that the actor may see the campaign's stats (mayModerate for a draft; anyone
   * for one that has run). @throws DomainError campaign.not_found, the same as an unknown id
   */
  async statsVisible(actor: Actor, campaignId: number): Promise<void> {
    const c = await this.campaigns.get(campaignId);
    if (maySeeStats(c.status) === 'moderators') await this.scope(actor, campaignId);
  }

  /**
   * Opens the campaign's export, audited once it opened (a refused format leaves no entry;
   * nothing is read from the tasks before the caller consumes it).
   * @throws DomainError campaign.not_found, campaign.export_format
   */
  async openExport(actor: Actor, campaignId: number, opts: ExportOptions): Promise<CampaignExport> {
    const community = await this.scope(actor, campaignId);
    const opened = await this.exports.open(campaignId, opts);
    await insertAuditEntry(this.ds.manager, {
      ...by(actor),
      communityId: community?.id ?? null,
      action: 'campaign.export',
      subject: `campaign:${campaignId}`,
      details: opts.as === undefined ? { format: opts.format } : { format: opts.format, as: opts.as },
    });
    return opened;
  }

  /**
   * Which community a new campaign of this actor belongs to: the given one (its moderators
   * and platform admins), else the registered chat or server spoken in, else the platform
   * (platform admins). A community the actor does not moderate is reported as unknown.
   * @throws DomainError campaign.forbidden, community.not_registered, community.not_found
   */
  async creationTarget(actor: Actor, communityId?: number): Promise<number | null> {
    if (communityId !== undefined) {
      const community = await selectCommunity(this.ds.manager, communityId);
      if (!community || !(await this.moderatesCommunity(actor, community))) throw new DomainError('community.not_found', { communityId });
      return community.id;
    }
    if (actor.here.place !== null) {
      const community = await selectCommunityByChat(this.ds.manager, actor.here.platform, actor.here.place);
      if (community) {
        if (!(await this.moderatesCommunity(actor, community))) throw new DomainError('campaign.forbidden', {});
        return community.id;
      }
      if (!actor.platformAdmin) throw new DomainError('community.not_registered', {});
      return null;
    }
    if (!actor.platformAdmin) throw new DomainError('campaign.forbidden', {});
    return null;
  }

  /**
   * Creates a draft campaign in a community (its budget reserved from the allowance) or for
   * the platform, audited; the actor's right to it is checked again here.
   * @throws DomainError campaign.forbidden, community.not_found, community.allowance_exceeded,
   *   campaign.invalid_definition, campaign.over_cap
   */
  async create(actor: Actor, definition: unknown, communityId: number | null): Promise<CampaignView> {
    const community = communityId === null ? null : ((await selectCommunity(this.ds.manager, communityId)) ?? null);
    if (communityId !== null && !community) throw new DomainError('community.not_found', { communityId });
    if (!(await this.moderatesCommunity(actor, community))) {
      throw communityId === null ? new DomainError('campaign.forbidden', {}) : new DomainError('community.not_found', { communityId });
    }
    return this.campaigns.create(definition, actor.memberId, { communityId, by: by(actor) });
  }

  /**
   * The audit log as this actor may read it: everything (or one community's) for a platform
   * admin, a community's own part for its moderators.
   * @throws DomainError community.not_found, community.not_registered
   */
  async audit(actor: Actor, communityId?: number, limit = 20): Promise<AuditRecord[]> {
    if (communityId === undefined) {
      if (actor.platformAdmin) return selectAuditEntries(this.ds.manager, { limit });
      const here = await this.communityHere(actor);
      if (!here) throw new DomainError('community.not_registered', {});
      return selectAuditEntries(this.ds.manager, { communityId: here.id, limit });
    }
    const community = await selectCommunity(this.ds.manager, communityId);
    if (!community || !(await this.moderatesCommunity(actor, community))) throw new DomainError('community.not_found', { communityId });
    return selectAuditEntries(this.ds.manager, { communityId, limit });
  }
}

import type { DataSource } from 'typeorm';
import { insertAuditEntry } from '../audit/audit.statements';
import type { Platform } from '../domain/platform';
import { DomainError } from '../errors';
import { TNET_CAP } from '../money';
import type { Actor } from './actor';
import { systemClock, type Clock } from '../clock';
import { closeChatCards, moveCampaignChat, moveChatPace, moveCommunityChat } from './chat-move.statements';
import { addAllowance, insertCommunity, selectCommunities, selectCommunity, selectCommunityByChat, type Community } from './community.statements';
import { problem } from '../domain/problem';

const COMMUNITY_PLATFORMS: readonly Platform[] = ['telegram', 'discord'];

/** What a chat's move to a new id changed. */
export interface ChatMove {
  /** The community that now lives at the new id; null when the old chat was none (or the new one is registered already). */
  communityId: number | null;
  /** Campaigns now posted to the new chat. */
  campaigns: number;
  /** Whether the chat's card pace moved. */
  pace: boolean;
  /** The old chat's open cards, closed: their messages stay behind there. */
  cardsClosed: number;
}

/** Registering communities and granting them emission allowances: platform admins only, each change audited. */
export class CommunityService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock = systemClock,
  ) {}

  /**
   * Registers a Telegram chat or a Discord server (by its id) as a community.
   * @throws DomainError community.forbidden (not a platform admin), community.already_registered,
   *   community.invalid (a platform without communities, an empty id)
   */
  async register(actor: Actor, input: { platform: Platform; platformChatId: string; title: string }): Promise<Community> {
    if (!actor.platformAdmin) throw new DomainError('community.forbidden', {});
    const platformChatId = input.platformChatId.trim();
    if (!COMMUNITY_PLATFORMS.includes(input.platform) || !/^-?\d{1,20}$/.test(platformChatId)) {
      throw new DomainError('community.invalid', { reason: problem('community', 'community_id') });
    }
    const title = [...input.title.trim()].slice(0, 120).join('') || platformChatId;
    return this.ds.transaction(async (m) => {
      const c = await insertCommunity(m, { platform: input.platform, platformChatId, title, registeredBy: actor.identity });
      if (!c) {
        const existing = await selectCommunityByChat(m, input.platform, platformChatId);
        throw new DomainError('community.already_registered', { communityId: existing!.id });
      }
      await insertAuditEntry(m, {
        actorMemberId: actor.memberId,
        actor: actor.identity,
        communityId: c.id,
        action: 'community.register',
        subject: `community:${c.id}`,
        details: { platform: c.platform, platformChatId: c.platformChatId, title: c.title },
      });
      return c;
    });
  }

  /**
   * Adds `amount` base units (1 .. the cap) to a community's emission allowance.
   * @throws DomainError community.forbidden, community.not_found, community.invalid
   */
  async grant(actor: Actor, communityId: number, amount: bigint): Promise<Community> {
    if (!actor.platformAdmin) throw new DomainError('community.forbidden', {});
    if (amount <= 0n || amount > TNET_CAP) throw new DomainError('community.invalid', { reason: problem('amount', 'grant_amount') });
    return this.ds.transaction(async (m) => {
      const c = await addAllowance(m, communityId, amount);
      if (!c) throw new DomainError('community.not_found', { communityId });
      await insertAuditEntry(m, {
        actorMemberId: actor.memberId,
        actor: actor.identity,
        communityId,
        action: 'community.grant',
        subject: `community:${communityId}`,
        details: { amount: amount.toString(), allowance: c.allowance.toString() },
      });
      return c;
    });
  }

  /**
   * A chat changed its id (a Telegram group upgraded to a supergroup): in one transaction its
   * community, the campaigns posted to it and its card pace move to the new id, and its open
   * cards close (the new chat gets fresh ones). Audited when anything changed, by whoever the
   * platform says did it (`reportedBy`, "telegram:<user id>"). Running it again changes nothing.
   * @throws DomainError community.invalid (ids that are not numeric chat ids, or the same id)
   */
  async moveChat(input: { platform: Platform; from: string; to: string; reportedBy: string }): Promise<ChatMove> {
    const { platform, from, to } = input;
    if (!COMMUNITY_PLATFORMS.includes(platform) || !/^-?\d{1,20}$/.test(from) || !/^-?\d{1,20}$/.test(to) || from === to) {
      throw new DomainError('community.invalid', { reason: problem('chatId', 'chat_move_ids') });
    }
    const fromKey = `${platform}:${from}`;
    const toKey = `${platform}:${to}`;
    return this.ds.transaction(async (m) => {
      const communityId = (await moveCommunityChat(m, platform, from, to)) ?? null;
      const campaigns = await moveCampaignChat(m, fromKey, toKey);
      const pace = (await moveChatPace(m, fromKey, toKey)) > 0;
      const cardsClosed = await closeChatCards(m, fromKey, this.clock());
      const moved: ChatMove = { communityId, campaigns, pace, cardsClosed };
      if (communityId !== null || campaigns > 0 || pace || cardsClosed > 0) {
        await insertAuditEntry(m, {
          actorMemberId: null,
          actor: input.reportedBy,
          communityId,
          action: 'community.move_chat',
          subject: communityId === null ? `chat:${fromKey}` : `community:${communityId}`,
          details: { platform, from, to, campaigns, pace, cardsClosed },
        });
      }
      return moved;
    });
  }

  /** @throws DomainError community.not_found */
  async get(communityId: number): Promise<Community> {
    const c = await selectCommunity(this.ds.manager, communityId);
    if (!c) throw new DomainError('community.not_found', { communityId });
    return c;
  }

  /** The community of a Telegram chat or Discord server, if registered. */
  byPlace(platform: Platform, place: string): Promise<Community | undefined> {
    return selectCommunityByChat(this.ds.manager, platform, place);
  }

  list(): Promise<Community[]> {
    return selectCommunities(this.ds.manager);
  }
}

import type { DataSource } from 'typeorm';
import { insertAuditEntry } from '../audit/audit.statements';
import type { Platform } from '../db/entities';
import { DomainError } from '../errors';
import { TNET_CAP } from '../money';
import type { Actor } from './actor';
import { addAllowance, insertCommunity, selectCommunities, selectCommunity, selectCommunityByChat, type Community } from './community.statements';

const COMMUNITY_PLATFORMS: readonly Platform[] = ['telegram', 'discord'];

/** Registering communities and granting them emission allowances: platform admins only, each change audited. */
export class CommunityService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Registers a Telegram chat or a Discord server (by its id) as a community.
   * @throws DomainError community.forbidden (not a platform admin), community.already_registered,
   *   community.invalid (a platform without communities, an empty id)
   */
  async register(actor: Actor, input: { platform: Platform; platformChatId: string; title: string }): Promise<Community> {
    if (!actor.platformAdmin) throw new DomainError('community.forbidden', {});
    const platformChatId = input.platformChatId.trim();
    if (!COMMUNITY_PLATFORMS.includes(input.platform) || !/^-?\d{1,20}$/.test(platformChatId)) {
      throw new DomainError('community.invalid', { reason: 'a community is a Telegram chat or a Discord server, named by its numeric id' });
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
    if (amount <= 0n || amount > TNET_CAP) throw new DomainError('community.invalid', { reason: 'a grant is a positive TNET amount, at most the 6,000,000,000 cap' });
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

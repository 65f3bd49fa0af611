import type { DataSource } from 'typeorm';
import type { Platform } from '../domain/platform';
import { banMember, deleteMember, insertIdentity, insertMember, selectMemberByIdentity, type IdentityMemberRow } from './identity.statements';

/** How a member reaches core from any chat: never a library object. */
export interface PlatformUser {
  platform: Platform;
  platformUserId: string;
  displayName?: string;
}

export interface MemberRef {
  memberId: number;
  displayName: string;
  banned: boolean;
}

export class IdentityService {
  constructor(private readonly ds: DataSource) {}

  /**
   * The member behind a platform identity, created on first sight. Concurrent first
   * calls for one identity converge on one member: the unique (platform, user id)
   * constraint decides, the loser's member row rolls back with its transaction.
   */
  async resolve(user: PlatformUser): Promise<MemberRef> {
    const found = await this.find(user);
    if (found) return found;
    return this.ds.transaction(async (m) => {
      const name = (user.displayName ?? '').slice(0, 200);
      const memberId = await insertMember(m, name);
      if (await insertIdentity(m, { memberId, platform: user.platform, platformUserId: user.platformUserId, username: name || null })) {
        return { memberId, displayName: name, banned: false };
      }
      // Lost a race: someone created this identity meanwhile. Drop our member, use theirs.
      await deleteMember(m, memberId);
      return toRef((await selectMemberByIdentity(m, user.platform, user.platformUserId))!);
    });
  }

  /** The member behind an identity, or undefined when never seen. */
  async find(user: Pick<PlatformUser, 'platform' | 'platformUserId'>): Promise<MemberRef | undefined> {
    const row = await selectMemberByIdentity(this.ds, user.platform, user.platformUserId);
    return row ? toRef(row) : undefined;
  }

  /** Bans a member: their later answers are refused. */
  async ban(memberId: number, reason: string): Promise<void> {
    await banMember(this.ds, memberId, reason);
  }
}

const toRef = (r: IdentityMemberRow): MemberRef => ({
  memberId: r.id,
  displayName: r.display_name,
  banned: r.banned_at !== null,
});

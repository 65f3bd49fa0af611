import type { DataSource } from 'typeorm';
import type { Platform } from '../db/entities';

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
      const [member] = await m.query(`INSERT INTO member (display_name) VALUES ($1) RETURNING id`, [name]);
      const inserted = await m.query(
        `INSERT INTO identity (member_id, platform, platform_user_id, username)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (platform, platform_user_id) DO NOTHING RETURNING member_id`,
        [member.id, user.platform, user.platformUserId, name || null],
      );
      if (inserted.length === 1) return { memberId: member.id as number, displayName: name, banned: false };
      // Lost a race: someone created this identity meanwhile. Drop our member, use theirs.
      await m.query(`DELETE FROM member WHERE id = $1`, [member.id]);
      const rows = await m.query(
        `SELECT m.id, m.display_name, m.banned_at FROM identity i JOIN member m ON m.id = i.member_id
         WHERE i.platform = $1 AND i.platform_user_id = $2`,
        [user.platform, user.platformUserId],
      );
      return toRef(rows[0]);
    });
  }

  /** The member behind an identity, or undefined when never seen. */
  async find(user: Pick<PlatformUser, 'platform' | 'platformUserId'>): Promise<MemberRef | undefined> {
    const rows = await this.ds.query(
      `SELECT m.id, m.display_name, m.banned_at FROM identity i JOIN member m ON m.id = i.member_id
       WHERE i.platform = $1 AND i.platform_user_id = $2`,
      [user.platform, user.platformUserId],
    );
    return rows.length ? toRef(rows[0]) : undefined;
  }

  /** Bans a member: their later answers are refused. */
  async ban(memberId: number, reason: string): Promise<void> {
    await this.ds.query(`UPDATE member SET banned_at = now(), ban_reason = $2 WHERE id = $1`, [memberId, reason]);
  }
}

const toRef = (r: { id: number; display_name: string; banned_at: Date | null }): MemberRef => ({
  memberId: r.id,
  displayName: r.display_name,
  banned: r.banned_at !== null,
});

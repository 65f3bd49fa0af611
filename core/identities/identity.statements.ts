import type { Platform } from '../domain/platform';
import type { Queryable } from '../db/queryable';

/** A member as an identity resolves to it. */
export interface IdentityMemberRow {
  id: number;
  display_name: string;
  banned_at: Date | null;
}

/** A new member with only a display name; returns its id. */
export async function insertMember(q: Queryable, displayName: string): Promise<number> {
  const [member]: { id: number }[] = await q.query(`INSERT INTO member (display_name) VALUES ($1) RETURNING id`, [displayName]);
  return member.id;
}

/**
 * Attaches a platform identity to a member; false when the identity exists already (the
 * unique (platform, user id) constraint decides a race).
 */
export async function insertIdentity(q: Queryable, i: { memberId: number; platform: Platform; platformUserId: string; username: string | null }): Promise<boolean> {
  const inserted: unknown[] = await q.query(
    `INSERT INTO identity (member_id, platform, platform_user_id, username)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (platform, platform_user_id) DO NOTHING RETURNING member_id`,
    [i.memberId, i.platform, i.platformUserId, i.username],
  );
  return inserted.length === 1;
}

/** Deletes a member row (one that lost the race for its identity, so nothing refers to it). */
export async function deleteMember(q: Queryable, memberId: number): Promise<void> {
  await q.query(`DELETE FROM member WHERE id = $1`, [memberId]);
}

/** The member behind a platform identity, if any. */
export async function selectMemberByIdentity(q: Queryable, platform: Platform, platformUserId: string): Promise<IdentityMemberRow | undefined> {
  const rows: IdentityMemberRow[] = await q.query(
    `SELECT m.id, m.display_name, m.banned_at FROM identity i JOIN member m ON m.id = i.member_id
       WHERE i.platform = $1 AND i.platform_user_id = $2`,
    [platform, platformUserId],
  );
  return rows[0];
}

/** Bans a member, with the reason. */
export async function banMember(q: Queryable, memberId: number, reason: string): Promise<void> {
  await q.query(`UPDATE member SET banned_at = now(), ban_reason = $2 WHERE id = $1`, [memberId, reason]);
}

/** Whether two members have identities on a common platform (then they are two people). */
export async function selectSharePlatform(q: Queryable, memberA: number, memberB: number): Promise<boolean> {
  const [{ shared }]: { shared: boolean }[] = await q.query(
    `SELECT EXISTS (SELECT 1 FROM identity a JOIN identity b ON a.platform = b.platform WHERE a.member_id = $1 AND b.member_id = $2) AS shared`,
    [memberA, memberB],
  );
  return shared;
}

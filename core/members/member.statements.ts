import type { Platform } from '../domain/platform';
import type { Queryable } from '../db/queryable';

/** A member row as an operator's profile reads it. */
export interface MemberRow {
  id: number;
  display_name: string;
  created_at: Date | string;
  banned_at: Date | string | null;
  ban_reason: string | null;
}

export interface MemberIdentityRow {
  platform: Platform;
  platform_user_id: string;
  username: string | null;
}

export interface MemberWalletRow {
  address: string;
  verified_at: Date | string;
}

export async function selectMember(q: Queryable, memberId: number): Promise<MemberRow | undefined> {
  const [m]: MemberRow[] = await q.query(`SELECT id, display_name, created_at, banned_at, ban_reason FROM member WHERE id = $1`, [memberId]);
  return m;
}

/** A member's chat identities, oldest first. */
export async function selectMemberIdentities(q: Queryable, memberId: number): Promise<MemberIdentityRow[]> {
  return q.query(`SELECT platform, platform_user_id, username FROM identity WHERE member_id = $1 ORDER BY id`, [memberId]);
}

/** A member's wallet, if linked. */
export async function selectMemberWallet(q: Queryable, memberId: number): Promise<MemberWalletRow | undefined> {
  const [w]: MemberWalletRow[] = await q.query(`SELECT address, verified_at FROM wallet WHERE member_id = $1`, [memberId]);
  return w;
}

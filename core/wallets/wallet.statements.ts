import type { Platform } from '../domain/platform';
import type { Queryable } from '../db/queryable';

/** A link request (SIWE challenge) as stored. */
export interface ChallengeRow {
  id: number;
  member_id: number;
  identity_id: number;
  nonce: string;
  /** The EIP-4361 text; empty until an address is known. */
  message: string;
  expires_at: Date;
  created_at: Date;
}

/** The id of a platform identity; it must exist (IdentityService.resolve created it). */
export async function selectIdentityId(q: Queryable, platform: Platform, platformUserId: string): Promise<number> {
  const [identity]: { id: number }[] = await q.query(`SELECT id FROM identity WHERE platform = $1 AND platform_user_id = $2`, [platform, platformUserId]);
  return identity.id;
}

/** The platform and user id of an identity. */
export async function selectIdentityUser(q: Queryable, identityId: number): Promise<{ platform: Platform; platform_user_id: string }> {
  const [identity]: { platform: Platform; platform_user_id: string }[] = await q.query(`SELECT platform, platform_user_id FROM identity WHERE id = $1`, [identityId]);
  return identity;
}

/** Spends every open link request of an identity (a new one replaces them). */
export async function closeOpenChallenges(q: Queryable, identityId: number): Promise<void> {
  await q.query(`UPDATE link_challenge SET used_at = now() WHERE identity_id = $1 AND used_at IS NULL`, [identityId]);
}

/** Stores a link request; the page token only as its hash. */
export async function insertChallenge(
  q: Queryable,
  c: { memberId: number; identityId: number; nonce: string; tokenHash: string; message: string; expiresAt: Date; createdAt: Date },
): Promise<void> {
  await q.query(
    `INSERT INTO link_challenge (member_id, identity_id, nonce, token_hash, message, expires_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [c.memberId, c.identityId, c.nonce, c.tokenHash, c.message, c.expiresAt, c.createdAt],
  );
}

/** Replaces a link request's message (the page's wallet chose another address). */
export async function updateChallengeMessage(q: Queryable, id: number, message: string): Promise<void> {
  await q.query(`UPDATE link_challenge SET message = $2 WHERE id = $1`, [id, message]);
}

/** The newest open link request of a platform identity of the member. */
export async function selectOpenChallenge(q: Queryable, platform: Platform, platformUserId: string, memberId: number): Promise<ChallengeRow | undefined> {
  const [challenge]: ChallengeRow[] = await q.query(
    `SELECT c.id, c.member_id, c.identity_id, c.nonce, c.message, c.expires_at, c.created_at FROM link_challenge c JOIN identity i ON i.id = c.identity_id
       WHERE i.platform = $1 AND i.platform_user_id = $2 AND i.member_id = $3 AND c.used_at IS NULL ORDER BY c.id DESC LIMIT 1`,
    [platform, platformUserId, memberId],
  );
  return challenge;
}

/** The open link request of a page token's hash; `lock` holds it (FOR UPDATE) for the caller's transaction. */
export async function selectChallengeByTokenHash(q: Queryable, tokenHash: string, lock: boolean): Promise<ChallengeRow | undefined> {
  const [c]: ChallengeRow[] = await q.query(
    `SELECT id, member_id, identity_id, nonce, message, expires_at, created_at FROM link_challenge
       WHERE token_hash = $1 AND used_at IS NULL${lock ? ' FOR UPDATE' : ''}`,
    [tokenHash],
  );
  return c;
}

/** Spends a link request, unless it was spent or expired at `now`; false then. */
export async function spendChallenge(q: Queryable, id: number, now: Date): Promise<boolean> {
  const [[used]]: [unknown[]] = await q.query(
    `UPDATE link_challenge SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > $2 RETURNING id`,
    [id, now],
  );
  return used !== undefined;
}

/** A member's wallet address (lower-case), if linked. */
export async function selectWalletAddress(q: Queryable, memberId: number): Promise<string | undefined> {
  const [w]: { address: string }[] = await q.query(`SELECT address FROM wallet WHERE member_id = $1`, [memberId]);
  return w?.address;
}

/** The member whose wallet holds an address, if any. */
export async function selectWalletOwner(q: Queryable, address: string): Promise<number | undefined> {
  const [owner]: { member_id: number }[] = await q.query(`SELECT member_id FROM wallet WHERE address = $1`, [address]);
  return owner?.member_id;
}

/** Removes a member's wallet; its address, or undefined when there was none. */
export async function deleteWalletReturning(q: Queryable, memberId: number): Promise<string | undefined> {
  const [rows]: [{ address: string }[]] = await q.query(`DELETE FROM wallet WHERE member_id = $1 RETURNING address`, [memberId]);
  return rows[0]?.address;
}

/**
 * Links an address as the member's wallet, replacing the one it had; the unique address
 * constraint (wallet_address_uq) refuses an address another member holds.
 */
export async function upsertWallet(q: Queryable, memberId: number, address: string): Promise<void> {
  await q.query(
    `INSERT INTO wallet (member_id, address) VALUES ($1, $2)
           ON CONFLICT (member_id) DO UPDATE SET address = EXCLUDED.address, verified_at = now()`,
    [memberId, address],
  );
}

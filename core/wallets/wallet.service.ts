import { createHash, randomBytes } from 'node:crypto';
import { SiweMessage, generateNonce } from 'siwe';
import type { DataSource } from 'typeorm';
import { normalizeAddress, type SignatureVerifier } from '../chain/signature';
import { isUniqueViolation } from '../db/pg-errors';
import { DomainError } from '../errors';
import type { PlatformUser } from '../identities/identity.service';

export interface WalletServiceOptions {
  /** PUBLIC_URL: its host is the SIWE domain, itself the URI. */
  publicUrl: string;
  chainId: number;
  /** Checks an EIP-191 signature (by recovery, or EIP-1271 for contract wallets). */
  verifySignature: SignatureVerifier;
  /** How long a link request stays valid, in milliseconds. */
  ttlMs?: number;
  now?: () => Date;
}

export interface LinkRequest {
  /** The EIP-4361 text the member signs with their wallet. */
  message: string;
  address: string;
  expiresAt: Date;
}

/**
 * Links a member's wallet by Sign-In with Ethereum (EIP-4361): a single-use nonce, the
 * platform's domain, URI and chain id, an expiry, and a statement naming the chat
 * identity. A member has at most one wallet; an address belongs to one member only.
 */
export class WalletService {
  private readonly ttlMs: number;
  private readonly now: () => Date;

  constructor(
    private readonly ds: DataSource,
    private readonly opts: WalletServiceOptions,
  ) {
    this.ttlMs = opts.ttlMs ?? 15 * 60_000;
    this.now = opts.now ?? (() => new Date());
  }

  /**
   * Issues a link request for `addressText`, replacing any earlier open one of this
   * identity. @throws DomainError wallet.invalid_address
   */
  async requestLink(memberId: number, user: PlatformUser, addressText: string): Promise<LinkRequest> {
    const address = normalizeAddress(addressText.trim());
    if (!address) throw new DomainError('wallet.invalid_address', { text: addressText.slice(0, 60) });
    const url = new URL(this.opts.publicUrl);
    const issuedAt = this.now();
    const expiresAt = new Date(issuedAt.getTime() + this.ttlMs);
    const nonce = generateNonce();
    const message = new SiweMessage({
      domain: url.host,
      address,
      statement: `Link this wallet to TNET mining as ${user.platform} user ${user.platformUserId} (member #${memberId}).`,
      uri: url.origin,
      version: '1',
      chainId: this.opts.chainId,
      nonce,
      issuedAt: issuedAt.toISOString(),
      expirationTime: expiresAt.toISOString(),
    }).prepareMessage();
    // The page token is kept as a hash only: whoever holds the token may answer this request.
    const tokenHash = createHash('sha256').update(randomBytes(24)).digest('hex');
    await this.ds.transaction(async (m) => {
      const [identity] = await m.query(`SELECT id FROM identity WHERE platform = $1 AND platform_user_id = $2`, [user.platform, user.platformUserId]);
      await m.query(`UPDATE link_challenge SET used_at = now() WHERE identity_id = $1 AND used_at IS NULL`, [identity.id]);
      await m.query(
        `INSERT INTO link_challenge (member_id, identity_id, nonce, token_hash, message, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [memberId, identity.id, nonce, tokenHash, message, expiresAt],
      );
    });
    return { message, address, expiresAt };
  }

  /**
   * Checks the signature of the identity's open link request and links the address.
   * @throws DomainError wallet.no_challenge, wallet.challenge_expired, wallet.bad_signature,
   *   wallet.address_taken
   */
  async verify(memberId: number, user: PlatformUser, signature: string): Promise<{ address: string }> {
    const [challenge] = await this.ds.query(
      `SELECT c.id, c.message, c.expires_at FROM link_challenge c JOIN identity i ON i.id = c.identity_id
       WHERE i.platform = $1 AND i.platform_user_id = $2 AND c.used_at IS NULL ORDER BY c.id DESC LIMIT 1`,
      [user.platform, user.platformUserId],
    );
    if (!challenge) throw new DomainError('wallet.no_challenge', {});
    if (new Date(challenge.expires_at).getTime() <= this.now().getTime()) throw new DomainError('wallet.challenge_expired', {});
    const parsed = new SiweMessage(challenge.message as string);
    const url = new URL(this.opts.publicUrl);
    // The stored message is ours, but check what matters anyway: a changed PUBLIC_URL or
    // chain must not accept old requests.
    if (parsed.domain !== url.host || parsed.uri !== url.origin || parsed.chainId !== this.opts.chainId) throw new DomainError('wallet.challenge_expired', {});
    const sig = signature.trim();
    if (sig.length > 10_000 || !(await this.opts.verifySignature(challenge.message, sig, parsed.address))) {
      throw new DomainError('wallet.bad_signature', {});
    }
    const address = parsed.address.toLowerCase();
    try {
      await this.ds.transaction(async (m) => {
        // Single use: the nonce is spent by whichever verify gets here first.
        const [[used]] = await m.query(
          `UPDATE link_challenge SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > $2 RETURNING id`,
          [challenge.id, this.now()],
        );
        if (!used) throw new DomainError('wallet.no_challenge', {});
        await m.query(
          `INSERT INTO wallet (member_id, address) VALUES ($1, $2)
           ON CONFLICT (member_id) DO UPDATE SET address = EXCLUDED.address, verified_at = now()`,
          [memberId, address],
        );
      });
    } catch (e) {
      if (isUniqueViolation(e, 'wallet_address_uq')) throw new DomainError('wallet.address_taken', { address });
      throw e;
    }
    return { address };
  }

  /** The member's linked address (lower-case), if any. */
  async get(memberId: number): Promise<string | undefined> {
    const [w] = await this.ds.query(`SELECT address FROM wallet WHERE member_id = $1`, [memberId]);
    return w?.address;
  }

  /**
   * Removes the member's wallet. What was minted stays; pending rewards wait for the next
   * link. @throws DomainError wallet.not_linked
   */
  async unlink(memberId: number): Promise<string> {
    const [rows] = await this.ds.query(`DELETE FROM wallet WHERE member_id = $1 RETURNING address`, [memberId]);
    if (rows.length === 0) throw new DomainError('wallet.not_linked', {});
    return rows[0].address;
  }
}

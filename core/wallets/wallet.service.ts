import { createHash, randomBytes } from 'node:crypto';
import { SiweMessage, generateNonce } from 'siwe';
import type { DataSource, EntityManager } from 'typeorm';
import { normalizeAddress, type SignatureVerifier } from '../chain/signature';
import { isUniqueViolation } from '../db/pg-errors';
import { DomainError } from '../errors';
import { selectSharePlatform } from '../identities/identity.statements';
import type { PlatformUser } from '../identities/identity.service';
import { cancelOpenOffers, insertMergeOffer } from '../members/member-merge.statements';
import {
  closeOpenChallenges,
  deleteWalletReturning,
  insertChallenge,
  selectChallengeByTokenHash,
  selectIdentityId,
  selectIdentityUser,
  selectOpenChallenge,
  selectWalletAddress,
  selectWalletOwner,
  spendChallenge,
  updateChallengeMessage,
  upsertWallet,
  type ChallengeRow,
} from './wallet.statements';

export interface WalletServiceOptions {
  /** PUBLIC_URL: its host is the SIWE domain, its origin the URI, and the link page lives under it. */
  publicUrl: string;
  chainId: number;
  /** Checks an EIP-191 signature (by recovery, or EIP-1271 for contract wallets). */
  verifySignature: SignatureVerifier;
  /** How long a link request (and its page token) stays valid, in milliseconds. */
  ttlMs?: number;
  now?: () => Date;
}

export interface LinkRequest {
  /** The EIP-4361 text the member signs with their wallet; empty until an address is known. */
  message: string;
  /** The checksummed address the message names; undefined when /link came without one. */
  address: string | undefined;
  expiresAt: Date;
  /** PUBLIC_URL/link/<one-time token>: the page that signs with an injected wallet. */
  linkUrl: string;
}

/** What the link page shows for a token. */
export interface LinkPage {
  /** Empty when the member gave no address: the page asks the wallet for one first. */
  message: string;
  address: string | undefined;
  expiresAt: Date;
  chainId: number;
}

/**
 * The outcome of a valid signature: the wallet is linked, or it is already the wallet of
 * another member with identities on other chats (the same person, most likely): then a
 * merge is offered, which this identity confirms with /merge confirm.
 */
export type VerifyResult =
  | { outcome: 'linked'; address: string }
  | { outcome: 'merge_offered'; address: string; otherMemberId: number; expiresAt: Date };

/** Page tokens: 32 random bytes, base64url (43 characters). */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Links a member's wallet by Sign-In with Ethereum (EIP-4361): a single-use nonce, the
 * platform's domain, URI and chain id, an expiry, and a statement naming the chat
 * identity. A member has at most one wallet; an address belongs to one member only.
 * The same check serves both ways of signing: /verify by hand and the link page.
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

  /** How long a link request stays valid, in milliseconds. */
  get ttl(): number {
    return this.ttlMs;
  }

  /**
   * Issues a link request, replacing any earlier open one of this identity: the SIWE
   * message for `addressText` (none without it: the link page asks the wallet) and a
   * one-time page token, stored as its SHA-256 only.
   * @throws DomainError wallet.invalid_address
   */
  async requestLink(memberId: number, user: PlatformUser, addressText?: string): Promise<LinkRequest> {
    let address: string | undefined;
    if (addressText !== undefined) {
      address = normalizeAddress(addressText.trim());
      if (!address) throw new DomainError('wallet.invalid_address', { text: addressText.slice(0, 60) });
    }
    const issuedAt = this.now();
    const expiresAt = new Date(issuedAt.getTime() + this.ttlMs);
    const nonce = generateNonce();
    const token = randomBytes(32).toString('base64url');
    const message = address ? this.message(memberId, user, address, nonce, issuedAt, expiresAt) : '';
    await this.ds.transaction(async (m) => {
      const identityId = await selectIdentityId(m, user.platform, user.platformUserId);
      await closeOpenChallenges(m, identityId);
      await insertChallenge(m, { memberId, identityId, nonce, tokenHash: hashToken(token), message, expiresAt, createdAt: issuedAt });
    });
    return { message, address, expiresAt, linkUrl: new URL(`/link/${token}`, this.opts.publicUrl).toString() };
  }

  /**
   * What the link page shows for a token (reading it spends nothing).
   * @throws DomainError wallet.no_challenge (unknown or used token), wallet.challenge_expired
   */
  async page(token: string): Promise<LinkPage> {
    const c = await this.byToken(this.ds.manager, token, false);
    return { message: c.message, address: c.message ? new SiweMessage(c.message).address : undefined, expiresAt: new Date(c.expires_at), chainId: this.opts.chainId };
  }

  /**
   * The message the page's wallet signs, for the address the wallet chose: the request's
   * own message when it names that address, else a new message for it with the same nonce
   * and expiry (the token's holder is the identity that asked, so it may pick the address).
   * @throws DomainError wallet.no_challenge, wallet.challenge_expired, wallet.invalid_address
   */
  async pageMessage(token: string, addressText: string): Promise<string> {
    const address = typeof addressText === 'string' ? normalizeAddress(addressText.trim()) : undefined;
    if (!address) throw new DomainError('wallet.invalid_address', { text: String(addressText).slice(0, 60) });
    return this.ds.transaction(async (m) => {
      const c = await this.byToken(m, token, true);
      if (c.message && new SiweMessage(c.message).address === address) return c.message;
      const identity = await selectIdentityUser(m, c.identity_id);
      const user: PlatformUser = { platform: identity.platform, platformUserId: identity.platform_user_id };
      const message = this.message(c.member_id, user, address, c.nonce, new Date(c.created_at), new Date(c.expires_at));
      await updateChallengeMessage(m, c.id, message);
      return message;
    });
  }

  /**
   * Verifies the page's signature for the token's request (the /verify path).
   * @throws DomainError wallet.no_challenge, wallet.challenge_expired, wallet.bad_signature,
   *   wallet.address_taken
   */
  async verifyPage(token: string, signature: string): Promise<VerifyResult> {
    const c = await this.byToken(this.ds.manager, token, false);
    return this.complete(c, signature);
  }

  /**
   * Checks the signature of the identity's open link request and links the address.
   * @throws DomainError wallet.no_challenge, wallet.challenge_expired, wallet.bad_signature,
   *   wallet.address_taken
   */
  async verify(memberId: number, user: PlatformUser, signature: string): Promise<VerifyResult> {
    const challenge = await selectOpenChallenge(this.ds, user.platform, user.platformUserId, memberId);
    if (!challenge || !challenge.message) throw new DomainError('wallet.no_challenge', {});
    return this.complete(challenge, signature);
  }

  /** The member's linked address (lower-case), if any. */
  async get(memberId: number): Promise<string | undefined> {
    return selectWalletAddress(this.ds, memberId);
  }

  /**
   * Removes the member's wallet. What was minted stays; pending rewards wait for the next
   * link. @throws DomainError wallet.not_linked
   */
  async unlink(memberId: number): Promise<string> {
    const address = await deleteWalletReturning(this.ds, memberId);
    if (address === undefined) throw new DomainError('wallet.not_linked', {});
    return address;
  }

  private message(memberId: number, user: PlatformUser, address: string, nonce: string, issuedAt: Date, expiresAt: Date): string {
    const url = new URL(this.opts.publicUrl);
    return new SiweMessage({
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
  }

  private async byToken(m: EntityManager, token: string, lock: boolean): Promise<ChallengeRow> {
    if (typeof token !== 'string' || !TOKEN_PATTERN.test(token)) throw new DomainError('wallet.no_challenge', {});
    const c = await selectChallengeByTokenHash(m, hashToken(token), lock);
    if (!c) throw new DomainError('wallet.no_challenge', {});
    if (new Date(c.expires_at).getTime() <= this.now().getTime()) throw new DomainError('wallet.challenge_expired', {});
    return c;
  }

  /**
   * The one check behind both ways of signing. Nothing is written unless the signature
   * is good and the address is free (or offered for a merge): a refusal changes nothing.
   */
  private async complete(challenge: ChallengeRow, signature: string): Promise<VerifyResult> {
    if (!challenge.message) throw new DomainError('wallet.no_challenge', {});
    if (new Date(challenge.expires_at).getTime() <= this.now().getTime()) throw new DomainError('wallet.challenge_expired', {});
    const parsed = new SiweMessage(challenge.message);
    const url = new URL(this.opts.publicUrl);
    // The stored message is ours, but check what matters anyway: a changed PUBLIC_URL or
    // chain must not accept old requests.
    if (parsed.domain !== url.host || parsed.uri !== url.origin || parsed.chainId !== this.opts.chainId || parsed.nonce !== challenge.nonce) {
      throw new DomainError('wallet.challenge_expired', {});
    }
    const sig = typeof signature === 'string' ? signature.trim() : '';
    if (sig.length === 0 || sig.length > 10_000 || !(await this.opts.verifySignature(challenge.message, sig, parsed.address))) {
      throw new DomainError('wallet.bad_signature', {});
    }
    const address = parsed.address.toLowerCase();
    const memberId = challenge.member_id;
    try {
      return await this.ds.transaction(async (m): Promise<VerifyResult> => {
        // Single use: the nonce is spent by whichever verify gets here first.
        if (!(await spendChallenge(m, challenge.id, this.now()))) throw new DomainError('wallet.no_challenge', {});
        const owner = await selectWalletOwner(m, address);
        if (owner !== undefined && owner !== memberId) {
          // The signer holds the key of another member's wallet. Two identities on
          // different chats are one person proving it: offer the merge. Two identities on
          // the same chat stay two members, and the address stays taken.
          if (await selectSharePlatform(m, memberId, owner)) throw new DomainError('wallet.address_taken', { address });
          const expiresAt = new Date(this.now().getTime() + this.ttlMs);
          await cancelOpenOffers(m, memberId);
          await insertMergeOffer(m, { fromMemberId: memberId, intoMemberId: owner, identityId: challenge.identity_id, address, expiresAt });
          return { outcome: 'merge_offered', address, otherMemberId: owner, expiresAt };
        }
        await upsertWallet(m, memberId, address);
        return { outcome: 'linked', address };
      });
    } catch (e) {
      if (isUniqueViolation(e, 'wallet_address_uq')) throw new DomainError('wallet.address_taken', { address });
      throw e;
    }
  }
}

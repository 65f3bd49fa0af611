import type { DataSource } from 'typeorm';
import type { Platform } from '../domain/platform';
import { DomainError } from '../errors';
import { selectMember, selectMemberIdentities, selectMemberWallet } from './member.statements';

export interface MemberIdentity {
  platform: Platform;
  platformUserId: string;
  username: string | null;
}

/** What an operator sees of one member. */
export interface MemberProfile {
  memberId: number;
  displayName: string;
  createdAt: Date;
  bannedAt: Date | null;
  banReason: string | null;
  identities: MemberIdentity[];
  /** The verified wallet (lower-case hex), if any. */
  wallet: { address: string; verifiedAt: Date } | null;
}

/** Read access to members for operators' tools. */
export class MemberService {
  constructor(private readonly ds: DataSource) {}

  /**
   * One member with their chat identities and wallet.
   * @throws DomainError member.not_found
   */
  async profile(memberId: number): Promise<MemberProfile> {
    const m = await selectMember(this.ds, memberId);
    if (!m) throw new DomainError('member.not_found', { memberId });
    const identities = await selectMemberIdentities(this.ds, memberId);
    const w = await selectMemberWallet(this.ds, memberId);
    return {
      memberId: m.id,
      displayName: m.display_name,
      createdAt: new Date(m.created_at),
      bannedAt: m.banned_at === null ? null : new Date(m.banned_at),
      banReason: m.ban_reason,
      identities: identities.map((i) => ({ platform: i.platform, platformUserId: i.platform_user_id, username: i.username })),
      wallet: w ? { address: w.address, verifiedAt: new Date(w.verified_at) } : null,
    };
  }
}

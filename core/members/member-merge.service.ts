import { moveAppeals, refuseDuplicateAppeals } from '../appeals/appeal.statements';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../errors';
import { deleteMember, selectSharePlatform } from '../identities/identity.statements';
import {
  cancelOpenOffer,
  carryBan,
  carryLanguage,
  deleteSharedSkills,
  deleteWallet,
  insertDuplicateCorrection,
  insertMergeDuplicate,
  insertPlaceholderMember,
  lockMembers,
  lockOpenOffer,
  lockWalletAddress,
  markMerged,
  markOfferConfirmed,
  mergeSharedSkills,
  moveAnswers,
  moveAnswersById,
  moveAnswersExcept,
  moveCampaignsCreated,
  moveContributions,
  moveIdentities,
  moveLedgerRows,
  moveLinkChallenges,
  moveSkills,
  returnToBudget,
  selectAnswerEarnings,
  selectDuplicateAnswers,
  selectOpenOffer,
  selectPendingOffer,
  type MergeOfferRow,
} from './member-merge.statements';

/** What a confirmed merge moved into the surviving member. */
export interface MergeResult {
  /** The member both identities now point at (the wallet's owner). */
  memberId: number;
  /** The member that was absorbed: kept as a record holding only withheld duplicates. */
  absorbedMemberId: number;
  address: string;
  identities: number;
  answers: number;
  /** Tasks both had answered: the earlier answer counts, the later is withheld. */
  duplicates: number;
  ledgerRows: number;
  /** Base units taken back (by `merge.duplicate` correcting rows) from withheld duplicates. */
  takenBack: bigint;
}

type Offer = MergeOfferRow;

/**
 * One person, two chats: an identity that proved control of an address another member's
 * wallet holds confirms here, and its member is merged into the wallet's owner in one
 * transaction (what moves, what is kept apart and what is taken back: docs/operator.md).
 * Lock order, the same in every merge: both member rows in id order, then the offer,
 * then the survivor's wallet; every other row is reached through those members.
 */
export class MemberMergeService {
  constructor(
    private readonly ds: DataSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The open merge offer of a member, if any. */
  async pending(memberId: number): Promise<{ otherMemberId: number; address: string; expiresAt: Date } | undefined> {
    const o = await selectPendingOffer(this.ds, memberId, this.now());
    return o ? { otherMemberId: o.into_member_id, address: o.address, expiresAt: new Date(o.expires_at) } : undefined;
  }

  /**
   * Cancels the member's open merge offer.
   * @throws DomainError member.no_merge
   */
  async cancel(memberId: number): Promise<void> {
    if (!(await cancelOpenOffer(this.ds, memberId))) throw new DomainError('member.no_merge', {});
  }

  /**
   * Confirms the member's open merge offer: the member joins the wallet's owner.
   * @throws DomainError member.no_merge, member.merge_expired, member.merge_stale
   *   (the wallet moved since the offer), wallet.address_taken (the two now share a chat)
   */
  async confirm(memberId: number): Promise<MergeResult> {
    const offer = await selectOpenOffer(this.ds, memberId);
    if (!offer) throw new DomainError('member.no_merge', {});
    if (new Date(offer.expires_at).getTime() <= this.now().getTime()) throw new DomainError('member.merge_expired', {});
    return this.ds.transaction((m) => this.merge(m, offer));
  }

  private async merge(m: EntityManager, offer: Offer): Promise<MergeResult> {
    const from = offer.from_member_id;
    const into = offer.into_member_id;
    await lockMembers(m, [from, into]);
    if (!(await lockOpenOffer(m, offer.id))) throw new DomainError('member.no_merge', {});
    if ((await lockWalletAddress(m, into)) !== offer.address) throw new DomainError('member.merge_stale', {});
    if (await selectSharePlatform(m, from, into)) throw new DomainError('wallet.address_taken', { address: offer.address });

    const identities = await moveIdentities(m, from, into);
    await moveLinkChallenges(m, from, into);
    await moveCampaignsCreated(m, from, into);
    await moveContributions(m, from, into);
    await deleteWallet(m, from);

    // Tasks both answered: the earlier answer is kept, the later withheld.
    const dups = await selectDuplicateAnswers(m, from, into);
    // Withheld duplicates end on the absorbed record, the kept answers on the survivor. The
    // unique (task, member) key forbids a direct swap, so the survivor's withheld answers
    // wait on a placeholder member created and dropped inside this transaction.
    const survivorsWithheld = dups.filter((d) => d.withheld_member === into).map((d) => d.withheld);
    const absorbedWithheld = dups.filter((d) => d.withheld_member === from).map((d) => d.withheld);
    let placeholder: number | undefined;
    if (survivorsWithheld.length > 0) {
      placeholder = await insertPlaceholderMember(m);
      await moveAnswersById(m, survivorsWithheld, placeholder);
    }
    const answers = await moveAnswersExcept(m, from, into, absorbedWithheld);
    if (placeholder !== undefined) {
      await moveAnswers(m, placeholder, from);
      await deleteMember(m, placeholder);
    }

    const moved = await moveLedgerRows(m, from, into);
    await moveAppeals(m, from, into);

    // What each withheld duplicate earned (its rows' sum, pending or minted) is taken back.
    let takenBack = 0n;
    for (const d of dups) {
      const e = await selectAnswerEarnings(m, d.withheld);
      const net = BigInt(e.net);
      if (net > 0n) {
        await insertDuplicateCorrection(m, { memberId: into, campaignId: d.campaign_id, taskId: d.task_id, answerId: d.withheld, takenBack: net, label: e.label, correctsId: e.original });
        await returnToBudget(m, d.campaign_id, net);
        takenBack += net;
      }
      await insertMergeDuplicate(m, { mergeId: offer.id, taskId: d.task_id, keptAnswerId: d.kept, withheldAnswerId: d.withheld, takenBack: net > 0n ? net : 0n });
    }
    await refuseDuplicateAppeals(m, dups.map((d) => d.withheld));

    await this.mergeSkills(m, from, into);
    await carryBan(m, from, into);
    await carryLanguage(m, from, into);
    await markMerged(m, from, into);
    const result: MergeResult = {
      memberId: into,
      absorbedMemberId: from,
      address: offer.address,
      identities,
      answers,
      duplicates: dups.length,
      ledgerRows: moved.length,
      takenBack,
    };
    await markOfferConfirmed(m, offer.id, JSON.stringify({ ...result, takenBack: takenBack.toString() }), moved);
    return result;
  }

  private async mergeSkills(m: EntityManager, from: number, into: number): Promise<void> {
    await mergeSharedSkills(m, from, into);
    await deleteSharedSkills(m, from, into);
    await moveSkills(m, from, into);
  }
}

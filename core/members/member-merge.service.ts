import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../errors';

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

interface Offer {
  id: number;
  from_member_id: number;
  into_member_id: number;
  address: string;
  expires_at: Date;
}

/**
 * One person, two chats. An identity that proved control of an address another member's
 * wallet holds (WalletService.verify, outcome merge_offered) confirms here, and its member
 * is merged into the wallet's owner in one transaction:
 *
 * - identities, link challenges (open ones closed: their message names the old member),
 *   campaigns created, and answers move to the survivor;
 * - a task both had answered keeps the earlier answer (by time, then id); the later one is
 *   a withheld duplicate: it stays with the absorbed member record, and whatever it earned
 *   is taken back by a `merge.duplicate` correcting row (the ledger stays append-only;
 *   the budget gets it back). Rows the absorbed record may earn later pend forever: it has
 *   no identity and no wallet, so nothing is paid twice;
 * - ledger rows move to the survivor (member_id only; amounts and states stay), and their
 *   ids are kept in member_merge.moved_ledger_ids, so every row's history can be followed;
 * - member_skill: a campaign only one of them has moves; where both have one, counts are
 *   added and the estimate with more answers stays until the next scoring round re-fits;
 * - the absorbed member's own earlier wallet (another address) is removed: one wallet per
 *   member, and pending rewards go to the survivor's;
 * - a ban on either member carries over.
 *
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
    const [o] = await this.ds.query(
      `SELECT into_member_id, address, expires_at FROM member_merge WHERE from_member_id = $1 AND confirmed_at IS NULL AND cancelled_at IS NULL AND expires_at > $2`,
      [memberId, this.now()],
    );
    return o ? { otherMemberId: o.into_member_id, address: o.address, expiresAt: new Date(o.expires_at) } : undefined;
  }

  /**
   * Cancels the member's open merge offer.
   * @throws DomainError member.no_merge
   */
  async cancel(memberId: number): Promise<void> {
    const [rows] = await this.ds.query(
      `UPDATE member_merge SET cancelled_at = now() WHERE from_member_id = $1 AND confirmed_at IS NULL AND cancelled_at IS NULL RETURNING id`,
      [memberId],
    );
    if (rows.length === 0) throw new DomainError('member.no_merge', {});
  }

  /**
   * Confirms the member's open merge offer: the member joins the wallet's owner.
   * @throws DomainError member.no_merge, member.merge_expired, member.merge_stale
   *   (the wallet moved since the offer), wallet.address_taken (the two now share a chat)
   */
  async confirm(memberId: number): Promise<MergeResult> {
    const [offer]: Offer[] = await this.ds.query(
      `SELECT id, from_member_id, into_member_id, address, expires_at FROM member_merge
       WHERE from_member_id = $1 AND confirmed_at IS NULL AND cancelled_at IS NULL`,
      [memberId],
    );
    if (!offer) throw new DomainError('member.no_merge', {});
    if (new Date(offer.expires_at).getTime() <= this.now().getTime()) throw new DomainError('member.merge_expired', {});
    return this.ds.transaction((m) => this.merge(m, offer));
  }

  private async merge(m: EntityManager, offer: Offer): Promise<MergeResult> {
    const from = offer.from_member_id;
    const into = offer.into_member_id;
    await m.query(`SELECT id FROM member WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE`, [[from, into]]);
    const [open] = await m.query(`SELECT id FROM member_merge WHERE id = $1 AND confirmed_at IS NULL AND cancelled_at IS NULL FOR UPDATE`, [offer.id]);
    if (!open) throw new DomainError('member.no_merge', {});
    const [wallet] = await m.query(`SELECT address FROM wallet WHERE member_id = $1 FOR UPDATE`, [into]);
    if (!wallet || wallet.address !== offer.address) throw new DomainError('member.merge_stale', {});
    const [{ shared }] = await m.query(
      `SELECT EXISTS (SELECT 1 FROM identity a JOIN identity b ON a.platform = b.platform WHERE a.member_id = $1 AND b.member_id = $2) AS shared`,
      [from, into],
    );
    if (shared) throw new DomainError('wallet.address_taken', { address: offer.address });

    const [, identities] = await m.query(`UPDATE identity SET member_id = $2 WHERE member_id = $1`, [from, into]);
    await m.query(`UPDATE link_challenge SET member_id = $2, used_at = coalesce(used_at, now()) WHERE member_id = $1`, [from, into]);
    await m.query(`UPDATE campaign SET created_by = $2 WHERE created_by = $1`, [from, into]);
    await m.query(`DELETE FROM wallet WHERE member_id = $1`, [from]);

    // Tasks both answered: the earlier answer is kept, the later withheld.
    const dups: { task_id: number; campaign_id: number; kept: string; withheld: string; withheld_member: number }[] = await m.query(
      `SELECT a.task_id, a.campaign_id,
              CASE WHEN (a.created_at, a.id) < (b.created_at, b.id) THEN a.id ELSE b.id END AS kept,
              CASE WHEN (a.created_at, a.id) < (b.created_at, b.id) THEN b.id ELSE a.id END AS withheld,
              CASE WHEN (a.created_at, a.id) < (b.created_at, b.id) THEN b.member_id ELSE a.member_id END AS withheld_member
       FROM answer a JOIN answer b ON b.task_id = a.task_id AND b.member_id = $2
       WHERE a.member_id = $1 ORDER BY a.task_id`,
      [from, into],
    );
    // Withheld duplicates end on the absorbed record, the kept answers on the survivor. The
    // unique (task, member) key forbids a direct swap, so the survivor's withheld answers
    // wait on a placeholder member created and dropped inside this transaction.
    const survivorsWithheld = dups.filter((d) => d.withheld_member === into).map((d) => d.withheld);
    const absorbedWithheld = dups.filter((d) => d.withheld_member === from).map((d) => d.withheld);
    let placeholder: number | undefined;
    if (survivorsWithheld.length > 0) {
      [{ id: placeholder }] = await m.query(`INSERT INTO member (display_name) VALUES ('(merge placeholder)') RETURNING id`);
      await m.query(`UPDATE answer SET member_id = $2 WHERE id = ANY($1::bigint[])`, [survivorsWithheld, placeholder]);
    }
    const [, answers] = await m.query(`UPDATE answer SET member_id = $2 WHERE member_id = $1 AND NOT (id = ANY($3::bigint[]))`, [from, into, absorbedWithheld]);
    if (placeholder !== undefined) {
      await m.query(`UPDATE answer SET member_id = $2 WHERE member_id = $1`, [placeholder, from]);
      await m.query(`DELETE FROM member WHERE id = $1`, [placeholder]);
    }

    const moved: { id: string }[] = (await m.query(`UPDATE reward_ledger SET member_id = $2 WHERE member_id = $1 RETURNING id`, [from, into]))[0];

    // What each withheld duplicate earned (its rows' sum, pending or minted) is taken back.
    let takenBack = 0n;
    for (const d of dups) {
      const [e] = await m.query(
        `SELECT coalesce(sum(amount) FILTER (WHERE status <> 'withheld'), 0)::text AS net,
                (SELECT id FROM reward_ledger WHERE answer_id = $1 AND corrects_id IS NULL) AS original,
                (SELECT consensus_label FROM reward_ledger WHERE answer_id = $1 AND corrects_id IS NULL) AS label
         FROM reward_ledger WHERE answer_id = $1`,
        [d.withheld],
      );
      const net = BigInt(e.net);
      if (net > 0n) {
        await m.query(
          `INSERT INTO reward_ledger (member_id, campaign_id, task_id, answer_id, amount, status, rule, consensus_label, corrects_id)
           VALUES ($1, $2, $3, $4, $5, 'pending', 'merge.duplicate', $6, $7)`,
          [into, d.campaign_id, d.task_id, d.withheld, (-net).toString(), e.label, e.original],
        );
        await m.query(`UPDATE campaign_budget SET spent = spent - $2 WHERE campaign_id = $1`, [d.campaign_id, net.toString()]);
        takenBack += net;
      }
      await m.query(
        `INSERT INTO member_merge_duplicate (merge_id, task_id, kept_answer_id, withheld_answer_id, taken_back) VALUES ($1, $2, $3, $4, $5)`,
        [offer.id, d.task_id, d.kept, d.withheld, (net > 0n ? net : 0n).toString()],
      );
    }

    await this.mergeSkills(m, from, into);
    await m.query(
      `UPDATE member s SET banned_at = coalesce(s.banned_at, f.banned_at), ban_reason = coalesce(s.ban_reason, f.ban_reason)
       FROM member f WHERE s.id = $2 AND f.id = $1`,
      [from, into],
    );
    await m.query(`UPDATE member SET merged_into_id = $2 WHERE id = $1`, [from, into]);
    const result: MergeResult = {
      memberId: into,
      absorbedMemberId: from,
      address: offer.address,
      identities: identities as number,
      answers: answers as number,
      duplicates: dups.length,
      ledgerRows: moved.length,
      takenBack,
    };
    await m.query(`UPDATE member_merge SET confirmed_at = now(), moved = $2, moved_ledger_ids = $3::bigint[] WHERE id = $1`, [
      offer.id,
      JSON.stringify({ ...result, takenBack: takenBack.toString() }),
      moved.map((r) => r.id),
    ]);
    return result;
  }

  private async mergeSkills(m: EntityManager, from: number, into: number): Promise<void> {
    // Where both have an estimate, counts add up and the better-evidenced estimate stays;
    // the next scoring round re-fits the survivor from all the answers it now holds.
    await m.query(
      `UPDATE member_skill s SET answers = s.answers + f.answers, accepted = s.accepted + f.accepted,
              gold_answers = s.gold_answers + f.gold_answers, gold_correct = s.gold_correct + f.gold_correct,
              accuracy = CASE WHEN f.answers > s.answers THEN f.accuracy ELSE s.accuracy END,
              confusion = CASE WHEN f.answers > s.answers THEN f.confusion ELSE s.confusion END
       FROM member_skill f WHERE f.member_id = $1 AND s.member_id = $2 AND s.campaign_id = f.campaign_id`,
      [from, into],
    );
    await m.query(
      `DELETE FROM member_skill f USING member_skill s WHERE f.member_id = $1 AND s.member_id = $2 AND s.campaign_id = f.campaign_id`,
      [from, into],
    );
    await m.query(`UPDATE member_skill SET member_id = $2 WHERE member_id = $1`, [from, into]);
  }
}

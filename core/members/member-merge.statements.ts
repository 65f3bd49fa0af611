import type { Queryable } from '../db/queryable';

/**
 * The member merge's statements, one function each; the merge's order and decisions live
 * in member-merge.service.ts.
 */

/** A merge offer as the confirmation reads it. */
export interface MergeOfferRow {
  id: number;
  from_member_id: number;
  into_member_id: number;
  address: string;
  expires_at: Date;
}

/** A member's open offer, as the member is told of it. */
export interface PendingOfferRow {
  into_member_id: number;
  address: string;
  expires_at: Date | string;
}

/** A task both members answered: which answer is kept, which withheld, and whose that is. */
export interface DuplicateAnswerRow {
  task_id: number;
  campaign_id: number;
  kept: string;
  withheld: string;
  withheld_member: number;
}

/** What a withheld answer earned (net of its corrections) and its original ledger row. */
export interface DuplicateEarningsRow {
  /** Base units, as text. */
  net: string;
  original: string | null;
  label: string | null;
}

/** The member's open offer, unexpired at `now`. */
export async function selectPendingOffer(q: Queryable, memberId: number, now: Date): Promise<PendingOfferRow | undefined> {
  const [o]: PendingOfferRow[] = await q.query(
    `SELECT into_member_id, address, expires_at FROM member_merge WHERE from_member_id = $1 AND confirmed_at IS NULL AND cancelled_at IS NULL AND expires_at > $2`,
    [memberId, now],
  );
  return o;
}

/** Cancels the member's open offer; false when there was none. */
export async function cancelOpenOffer(q: Queryable, memberId: number): Promise<boolean> {
  const [rows]: [unknown[]] = await q.query(
    `UPDATE member_merge SET cancelled_at = now() WHERE from_member_id = $1 AND confirmed_at IS NULL AND cancelled_at IS NULL RETURNING id`,
    [memberId],
  );
  return rows.length > 0;
}

/** The member's open offer, expired or not. */
export async function selectOpenOffer(q: Queryable, memberId: number): Promise<MergeOfferRow | undefined> {
  const [offer]: MergeOfferRow[] = await q.query(
    `SELECT id, from_member_id, into_member_id, address, expires_at FROM member_merge
       WHERE from_member_id = $1 AND confirmed_at IS NULL AND cancelled_at IS NULL`,
    [memberId],
  );
  return offer;
}

/** Locks member rows in id order (the first step of the merge's lock order). */
export async function lockMembers(q: Queryable, memberIds: number[]): Promise<void> {
  await q.query(`SELECT id FROM member WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE`, [memberIds]);
}

/** Locks an offer while it is still open; false when it was confirmed or cancelled meanwhile. */
export async function lockOpenOffer(q: Queryable, offerId: number): Promise<boolean> {
  const [open]: unknown[] = await q.query(`SELECT id FROM member_merge WHERE id = $1 AND confirmed_at IS NULL AND cancelled_at IS NULL FOR UPDATE`, [offerId]);
  return open !== undefined;
}

/** Locks a member's wallet; its address, or undefined when there is none. */
export async function lockWalletAddress(q: Queryable, memberId: number): Promise<string | undefined> {
  const [wallet]: { address: string }[] = await q.query(`SELECT address FROM wallet WHERE member_id = $1 FOR UPDATE`, [memberId]);
  return wallet?.address;
}

/** Moves identities to the survivor; returns how many. */
export async function moveIdentities(q: Queryable, from: number, into: number): Promise<number> {
  const [, identities]: [unknown, number] = await q.query(`UPDATE identity SET member_id = $2 WHERE member_id = $1`, [from, into]);
  return identities;
}

/** Moves link challenges to the survivor, closing open ones (their message names the old member). */
export async function moveLinkChallenges(q: Queryable, from: number, into: number): Promise<void> {
  await q.query(`UPDATE link_challenge SET member_id = $2, used_at = coalesce(used_at, now()) WHERE member_id = $1`, [from, into]);
}

/**
 * Contributions the absorbed member wrote become the survivor's (one per task: where both
 * wrote one, the absorbed member's stays theirs), and so do their check tasks' authorship:
 * the survivor never checks what either account wrote (the not_author rule).
 */
export async function moveContributions(q: Queryable, from: number, into: number): Promise<void> {
  await q.query(
    `UPDATE contribution k SET member_id = $2 WHERE k.member_id = $1 AND NOT EXISTS (SELECT 1 FROM contribution x WHERE x.task_id = k.task_id AND x.member_id = $2)`,
    [from, into],
  );
  await q.query(`UPDATE task SET author_id = $2 WHERE author_id = $1`, [from, into]);
}

/** Campaigns created by the absorbed member become the survivor's. */
export async function moveCampaignsCreated(q: Queryable, from: number, into: number): Promise<void> {
  await q.query(`UPDATE campaign SET created_by = $2 WHERE created_by = $1`, [from, into]);
}

/** Removes a member's wallet. */
export async function deleteWallet(q: Queryable, memberId: number): Promise<void> {
  await q.query(`DELETE FROM wallet WHERE member_id = $1`, [memberId]);
}

/** Tasks both answered, in task order: the earlier answer (by time, then id) is kept. */
export async function selectDuplicateAnswers(q: Queryable, from: number, into: number): Promise<DuplicateAnswerRow[]> {
  return q.query(
    `SELECT a.task_id, a.campaign_id,
              CASE WHEN (a.created_at, a.id) < (b.created_at, b.id) THEN a.id ELSE b.id END AS kept,
              CASE WHEN (a.created_at, a.id) < (b.created_at, b.id) THEN b.id ELSE a.id END AS withheld,
              CASE WHEN (a.created_at, a.id) < (b.created_at, b.id) THEN b.member_id ELSE a.member_id END AS withheld_member
       FROM answer a JOIN answer b ON b.task_id = a.task_id AND b.member_id = $2
       WHERE a.member_id = $1 ORDER BY a.task_id`,
    [from, into],
  );
}

/** A member row that holds answers for the length of the merge's transaction; returns its id. */
export async function insertPlaceholderMember(q: Queryable): Promise<number> {
  const [{ id }]: { id: number }[] = await q.query(`INSERT INTO member (display_name) VALUES ('(merge placeholder)') RETURNING id`);
  return id;
}

/** Gives the listed answers to a member. */
export async function moveAnswersById(q: Queryable, answerIds: string[], memberId: number): Promise<void> {
  await q.query(`UPDATE answer SET member_id = $2 WHERE id = ANY($1::bigint[])`, [answerIds, memberId]);
}

/** Moves a member's answers, except the listed ones; returns how many moved. */
export async function moveAnswersExcept(q: Queryable, from: number, into: number, exceptIds: string[]): Promise<number> {
  const [, answers]: [unknown, number] = await q.query(`UPDATE answer SET member_id = $2 WHERE member_id = $1 AND NOT (id = ANY($3::bigint[]))`, [from, into, exceptIds]);
  return answers;
}

/** Moves all of a member's answers. */
export async function moveAnswers(q: Queryable, from: number, into: number): Promise<void> {
  await q.query(`UPDATE answer SET member_id = $2 WHERE member_id = $1`, [from, into]);
}

/** Moves ledger rows to the survivor (member_id only; amounts and states stay); returns their ids. */
export async function moveLedgerRows(q: Queryable, from: number, into: number): Promise<string[]> {
  const moved: { id: string }[] = (await q.query(`UPDATE reward_ledger SET member_id = $2 WHERE member_id = $1 RETURNING id`, [from, into]))[0];
  return moved.map((r) => r.id);
}

/** What an answer's ledger rows add up to (withheld ones aside), with its original row and label. */
export async function selectAnswerEarnings(q: Queryable, answerId: string): Promise<DuplicateEarningsRow> {
  const [e]: DuplicateEarningsRow[] = await q.query(
    `SELECT coalesce(sum(amount) FILTER (WHERE status <> 'withheld'), 0)::text AS net,
                (SELECT id FROM reward_ledger WHERE answer_id = $1 AND corrects_id IS NULL) AS original,
                (SELECT consensus_label FROM reward_ledger WHERE answer_id = $1 AND corrects_id IS NULL) AS label
         FROM reward_ledger WHERE answer_id = $1`,
    [answerId],
  );
  return e;
}

/** The `merge.duplicate` correcting row that takes back what a withheld answer earned. */
export async function insertDuplicateCorrection(
  q: Queryable,
  c: { memberId: number; campaignId: number; taskId: number; answerId: string; takenBack: bigint; label: string | null; correctsId: string | null },
): Promise<void> {
  await q.query(
    `INSERT INTO reward_ledger (member_id, campaign_id, task_id, answer_id, amount, status, rule, consensus_label, corrects_id)
           VALUES ($1, $2, $3, $4, $5, 'pending', 'merge.duplicate', $6, $7)`,
    [c.memberId, c.campaignId, c.taskId, c.answerId, (-c.takenBack).toString(), c.label, c.correctsId],
  );
}

/** Gives an amount (base units) back to a campaign's budget. */
export async function returnToBudget(q: Queryable, campaignId: number, amount: bigint): Promise<void> {
  await q.query(`UPDATE campaign_budget SET spent = spent - $2 WHERE campaign_id = $1`, [campaignId, amount.toString()]);
}

/** Records one withheld duplicate of a merge and what was taken back for it (base units). */
export async function insertMergeDuplicate(q: Queryable, d: { mergeId: number; taskId: number; keptAnswerId: string; withheldAnswerId: string; takenBack: bigint }): Promise<void> {
  await q.query(
    `INSERT INTO member_merge_duplicate (merge_id, task_id, kept_answer_id, withheld_answer_id, taken_back) VALUES ($1, $2, $3, $4, $5)`,
    [d.mergeId, d.taskId, d.keptAnswerId, d.withheldAnswerId, d.takenBack.toString()],
  );
}

/**
 * Where both have an estimate, counts add up and the better-evidenced estimate stays;
 * the next scoring round re-fits the survivor from all the answers it now holds.
 */
export async function mergeSharedSkills(q: Queryable, from: number, into: number): Promise<void> {
  await q.query(
    `UPDATE member_skill s SET answers = s.answers + f.answers, accepted = s.accepted + f.accepted,
              gold_answers = s.gold_answers + f.gold_answers, gold_correct = s.gold_correct + f.gold_correct,
              accuracy = CASE WHEN f.answers > s.answers THEN f.accuracy ELSE s.accuracy END,
              confusion = CASE WHEN f.answers > s.answers THEN f.confusion ELSE s.confusion END
       FROM member_skill f WHERE f.member_id = $1 AND s.member_id = $2 AND s.campaign_id = f.campaign_id`,
    [from, into],
  );
}

/** Drops the absorbed member's estimates for campaigns the survivor has one of (merged above). */
export async function deleteSharedSkills(q: Queryable, from: number, into: number): Promise<void> {
  await q.query(
    `DELETE FROM member_skill f USING member_skill s WHERE f.member_id = $1 AND s.member_id = $2 AND s.campaign_id = f.campaign_id`,
    [from, into],
  );
}

/** Moves the rest of the absorbed member's estimates to the survivor. */
export async function moveSkills(q: Queryable, from: number, into: number): Promise<void> {
  await q.query(`UPDATE member_skill SET member_id = $2 WHERE member_id = $1`, [from, into]);
}

/** A ban on the absorbed member carries over to the survivor (an existing one stays). */
export async function carryBan(q: Queryable, from: number, into: number): Promise<void> {
  await q.query(
    `UPDATE member s SET banned_at = coalesce(s.banned_at, f.banned_at), ban_reason = coalesce(s.ban_reason, f.ban_reason)
       FROM member f WHERE s.id = $2 AND f.id = $1`,
    [from, into],
  );
}

/** The absorbed member's chosen language (/language) carries over when the survivor chose none. */
export async function carryLanguage(q: Queryable, from: number, into: number): Promise<void> {
  await q.query(`UPDATE member s SET language = coalesce(s.language, f.language) FROM member f WHERE s.id = $2 AND f.id = $1`, [from, into]);
}

/** Marks the absorbed member as merged into the survivor. */
export async function markMerged(q: Queryable, from: number, into: number): Promise<void> {
  await q.query(`UPDATE member SET merged_into_id = $2 WHERE id = $1`, [from, into]);
}

/** Confirms an offer with what it moved (JSON text) and the ids of the ledger rows moved. */
export async function markOfferConfirmed(q: Queryable, offerId: number, movedJson: string, movedLedgerIds: string[]): Promise<void> {
  await q.query(`UPDATE member_merge SET confirmed_at = now(), moved = $2, moved_ledger_ids = $3::bigint[] WHERE id = $1`, [offerId, movedJson, movedLedgerIds]);
}

/** Cancels the member's open offer, if any, before a new one replaces it. */
export async function cancelOpenOffers(q: Queryable, memberId: number): Promise<void> {
  await q.query(`UPDATE member_merge SET cancelled_at = now() WHERE from_member_id = $1 AND confirmed_at IS NULL AND cancelled_at IS NULL`, [memberId]);
}

/** Offers to merge a member into the owner of the address its identity proved control of. */
export async function insertMergeOffer(q: Queryable, o: { fromMemberId: number; intoMemberId: number; identityId: number; address: string; expiresAt: Date }): Promise<void> {
  await q.query(
    `INSERT INTO member_merge (from_member_id, into_member_id, identity_id, address, expires_at) VALUES ($1, $2, $3, $4, $5)`,
    [o.fromMemberId, o.intoMemberId, o.identityId, o.address, o.expiresAt],
  );
}

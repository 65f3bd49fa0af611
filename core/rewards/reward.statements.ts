import type { Queryable } from '../db/queryable';

/** A member's ledger totals: sums in base units (as text), counts of original rows. */
export interface LedgerTotalsRow {
  pending: string;
  minted: string;
  accepted: number;
  withheld: number;
}

/** A member's ledger rows of one rule, status and kind (original or correcting). */
export interface RuleCountRow {
  rule: string;
  status: string;
  corrects: boolean;
  n: number;
  /** Base units, signed. */
  amount: string;
}

/** A member's standing in one campaign, with what judging it needs from the campaign. */
export interface MemberSkillRow {
  campaign_id: number;
  name: string;
  answers: number;
  accuracy: number | null;
  gold_answers: number;
  gold_correct: number;
  min_accuracy: number | null;
  classes: number;
  gold_min_answers: number;
  gold_max_failure: number;
  settled: boolean;
}

/** One leaderboard row: base units earned (as text), original rows counted. */
export interface EarnerRow {
  member_id: number;
  display_name: string;
  earned: string;
  accepted: number;
}

/** A member's ledger totals: pending and minted sums, accepted and withheld answers. */
export async function selectLedgerTotals(q: Queryable, memberId: number): Promise<LedgerTotalsRow> {
  const [l]: LedgerTotalsRow[] = await q.query(
    `SELECT coalesce(sum(amount) FILTER (WHERE status = 'pending'), 0)::text AS pending,
              coalesce(sum(amount) FILTER (WHERE status = 'minted'), 0)::text AS minted,
              count(*) FILTER (WHERE status <> 'withheld' AND corrects_id IS NULL)::int AS accepted,
              count(*) FILTER (WHERE status = 'withheld' AND corrects_id IS NULL)::int AS withheld
       FROM reward_ledger WHERE member_id = $1`,
    [memberId],
  );
  return l!;
}

/** A member's answers with no ledger row yet: waiting for their task to finish. */
export async function countAwaitingAnswers(q: Queryable, memberId: number): Promise<number> {
  const [{ n }]: { n: number }[] = await q.query(
    `SELECT count(*)::int AS n FROM answer a
       WHERE a.member_id = $1 AND NOT EXISTS (SELECT 1 FROM reward_ledger r WHERE r.answer_id = a.id)`,
    [memberId],
  );
  return n;
}

/** A member's answers, all campaigns together. */
export async function countMemberAnswers(q: Queryable, memberId: number): Promise<number> {
  const [{ n }]: { n: number }[] = await q.query(`SELECT count(*)::int AS n FROM answer WHERE member_id = $1`, [memberId]);
  return n;
}

/** A member's ledger rows per rule, status and kind, the most frequent first. */
export function selectRuleCounts(q: Queryable, memberId: number): Promise<RuleCountRow[]> {
  return q.query(
    `SELECT rule, status, corrects_id IS NOT NULL AS corrects, count(*)::int AS n, sum(amount)::text AS amount
       FROM reward_ledger WHERE member_id = $1 GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1`,
    [memberId],
  );
}

/** A member's standings in the five campaigns whose scoring round assessed them last. */
export function selectRecentSkills(q: Queryable, memberId: number): Promise<MemberSkillRow[]> {
  return q.query(
    `SELECT s.campaign_id, c.name, s.answers, s.accuracy, s.gold_answers, s.gold_correct, c.min_accuracy,
              jsonb_array_length(c.options) AS classes, c.gold_min_answers, c.gold_max_failure, p.settled_at IS NOT NULL AS settled
       FROM member_skill s JOIN campaign c ON c.id = s.campaign_id LEFT JOIN campaign_model p ON p.campaign_id = c.id
       WHERE s.member_id = $1 ORDER BY s.updated_at DESC, s.campaign_id DESC LIMIT 5`,
    [memberId],
  );
}

/** The `limit` top earners (pending and minted, withheld rows aside), in one campaign or all (null). */
export function selectTopEarners(q: Queryable, limit: number, campaignId: number | null): Promise<EarnerRow[]> {
  return q.query(
    `SELECT r.member_id, m.display_name, sum(r.amount)::text AS earned, count(*) FILTER (WHERE r.corrects_id IS NULL)::int AS accepted
       FROM reward_ledger r JOIN member m ON m.id = r.member_id
       WHERE r.status <> 'withheld' AND ($2::int IS NULL OR r.campaign_id = $2)
       GROUP BY r.member_id, m.display_name
       ORDER BY sum(r.amount) DESC, count(*) DESC, r.member_id
       LIMIT $1`,
    [limit, campaignId],
  );
}

import type { Queryable } from '../db/queryable';
import type { DecidedPair } from './pairwise-report';
import type { SetCount } from './label-report';

/** Answers on one UTC day ("YYYY-MM-DD"); days without answers have no row. */
export interface DayCountRow {
  day: string;
  n: number;
}

/** A member's answers and earnings in one campaign. */
export interface CampaignMinerRow {
  member_id: number;
  display_name: string;
  answers: number;
  accepted: number;
  /** Base units, as text. */
  earned: string;
}

/** Today's date in UTC ("YYYY-MM-DD"), by the database's clock. */
export async function selectToday(q: Queryable): Promise<string> {
  const [{ today }]: { today: string }[] = await q.query(`SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS today`);
  return today;
}

/** A campaign's answers per UTC day, from `first` ("YYYY-MM-DD") on. */
export function selectAnswersPerDay(q: Queryable, campaignId: number, first: string): Promise<DayCountRow[]> {
  return q.query(
    `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS n
       FROM answer WHERE campaign_id = $1 AND created_at >= $2::date::timestamp AT TIME ZONE 'UTC'
       GROUP BY 1`,
    [campaignId, first],
  );
}

/**
 * The `top` members with the most answers in a campaign. Ledger sums per member come from
 * their own subquery: an answer may have correcting rows besides its original one, and a
 * join would count the answer again for each.
 */
export function selectTopMiners(q: Queryable, campaignId: number, top: number): Promise<CampaignMinerRow[]> {
  return q.query(
    `SELECT a.member_id, m.display_name, a.answers, coalesce(l.accepted, 0)::int AS accepted, coalesce(l.earned, 0)::text AS earned
       FROM (SELECT member_id, count(*)::int AS answers FROM answer WHERE campaign_id = $1 GROUP BY member_id) a
       JOIN member m ON m.id = a.member_id
       LEFT JOIN (
         SELECT member_id,
                count(*) FILTER (WHERE corrects_id IS NULL AND status <> 'withheld') AS accepted,
                sum(amount) AS earned
         FROM reward_ledger WHERE campaign_id = $1 GROUP BY member_id
       ) l ON l.member_id = a.member_id
       ORDER BY a.answers DESC, l.earned DESC NULLS LAST, a.member_id
       LIMIT $2`,
    [campaignId, top],
  );
}

/** A campaign's pairwise answers counted by side and by the order their members saw. */
export interface PairAnswerCountRow {
  choice: string;
  swapped: boolean;
  n: number;
}

export function selectPairAnswerCounts(q: Queryable, campaignId: number): Promise<PairAnswerCountRow[]> {
  return q.query(`SELECT choice, swapped, count(*)::int AS n FROM answer WHERE campaign_id = $1 AND swapped IS NOT NULL GROUP BY 1, 2`, [campaignId]);
}

/** Decided regular pairwise tasks of one pair of model names (trimmed) and one consensus. */
export interface DecidedPairCountRow {
  model_a: string;
  model_b: string;
  consensus_label: string;
  n: number;
}

/** The characters String.prototype.trim removes, so the names group as pairModels (kind-rules.ts) reads them. */
const JS_WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * A campaign's decided regular pairwise tasks counted by (model_a, model_b, consensus), the
 * names trimmed, only where both are non-empty text and differ: the ranking's comparisons
 * as a few counted cells instead of a row per task. Ordered by the names' bytes, so every
 * engine gives the same order (and the same seeded intervals).
 */
export function selectDecidedPairCounts(q: Queryable, campaignId: number): Promise<DecidedPairCountRow[]> {
  return q.query(
    `SELECT model_a, model_b, consensus_label, count(*)::int AS n
       FROM (SELECT btrim(payload->>'model_a', $2) AS model_a, btrim(payload->>'model_b', $2) AS model_b, consensus_label
               FROM task
              WHERE campaign_id = $1 AND status = 'final' AND gold_label IS NULL AND consensus_label IS NOT NULL
                AND jsonb_typeof(payload->'model_a') = 'string' AND jsonb_typeof(payload->'model_b') = 'string') t
      WHERE model_a <> '' AND model_b <> '' AND model_a <> model_b
      GROUP BY model_a, model_b, consensus_label
      ORDER BY model_a COLLATE "C", model_b COLLATE "C", consensus_label COLLATE "C"`,
    [campaignId, JS_WHITESPACE],
  );
}

/** The decided pairs as modelRanking takes them: one counted comparison per (model a, model b, consensus) cell. */
export async function selectDecidedPairs(q: Queryable, campaignId: number): Promise<DecidedPair[]> {
  const cells = await selectDecidedPairCounts(q, campaignId);
  return cells.map((d) => ({ payload: { model_a: d.model_a, model_b: d.model_b }, consensus: d.consensus_label, n: d.n }));
}

/** A campaign's decided regular tasks counted by their consensus (a multilabel campaign's: by decided set). */
export function selectDecidedSetCounts(q: Queryable, campaignId: number): Promise<SetCount[]> {
  return q.query(
    `SELECT consensus_label AS choice, count(*)::int AS n FROM task
      WHERE campaign_id = $1 AND status = 'final' AND gold_label IS NULL AND consensus_label IS NOT NULL
      GROUP BY 1`,
    [campaignId],
  );
}

/** A campaign's answers counted by choice (a multilabel campaign's: by ticked set). */
export function selectAnswerSetCounts(q: Queryable, campaignId: number): Promise<SetCount[]> {
  return q.query(`SELECT choice, count(*)::int AS n FROM answer WHERE campaign_id = $1 GROUP BY 1`, [campaignId]);
}

import type { Queryable } from '../db/queryable';

/** The identity of a platform user, by platform and user id. */
export async function selectIdentityId(q: Queryable, platform: string, platformUserId: string): Promise<number | undefined> {
  const rows: { id: number }[] = await q.query(`SELECT id FROM identity WHERE platform = $1 AND platform_user_id = $2`, [platform, platformUserId]);
  return rows[0]?.id;
}

export interface DashboardGrant {
  memberId: number;
  identityId: number;
  communityId: number;
  lang: string;
  expiresAt: Date;
}

export async function insertLoginLink(q: Queryable, tokenHash: string, g: DashboardGrant): Promise<void> {
  await q.query(`INSERT INTO dashboard_link (token_hash, member_id, identity_id, community_id, lang, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
    tokenHash,
    g.memberId,
    g.identityId,
    g.communityId,
    g.lang,
    g.expiresAt,
  ]);
}

interface GrantRow {
  member_id: number;
  identity_id: number;
  community_id: number;
  lang: string;
  expires_at: Date | string;
}
const toGrant = (r: GrantRow): DashboardGrant => ({ memberId: r.member_id, identityId: r.identity_id, communityId: r.community_id, lang: r.lang, expiresAt: new Date(r.expires_at) });

/**
 * Spends a login link in one statement: only an unspent, unexpired row changes, so two
 * requests racing with the same token get it once.
 */
export async function spendLoginLink(q: Queryable, tokenHash: string, now: Date): Promise<DashboardGrant | undefined> {
  // An UPDATE answers [rows, count].
  const [rows]: [GrantRow[]] = await q.query(
    `UPDATE dashboard_link SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
     RETURNING member_id, identity_id, community_id, lang, expires_at`,
    [tokenHash, now],
  );
  return rows[0] && toGrant(rows[0]);
}

export async function selectLoginLink(q: Queryable, tokenHash: string): Promise<{ usedAt: Date | null; expiresAt: Date } | undefined> {
  const rows: { used_at: Date | string | null; expires_at: Date | string }[] = await q.query(`SELECT used_at, expires_at FROM dashboard_link WHERE token_hash = $1`, [tokenHash]);
  return rows[0] && { usedAt: rows[0].used_at === null ? null : new Date(rows[0].used_at), expiresAt: new Date(rows[0].expires_at) };
}

export async function insertSession(q: Queryable, sessionHash: string, g: DashboardGrant): Promise<void> {
  await q.query(`INSERT INTO dashboard_session (session_hash, member_id, identity_id, community_id, lang, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
    sessionHash,
    g.memberId,
    g.identityId,
    g.communityId,
    g.lang,
    g.expiresAt,
  ]);
}

export interface SessionRow extends DashboardGrant {
  platform: string;
  platformUserId: string;
}

export async function selectSession(q: Queryable, sessionHash: string): Promise<SessionRow | undefined> {
  const rows: (GrantRow & { platform: string; platform_user_id: string })[] = await q.query(
    `SELECT s.member_id, s.identity_id, s.community_id, s.lang, s.expires_at, i.platform, i.platform_user_id
       FROM dashboard_session s JOIN identity i ON i.id = s.identity_id AND i.member_id = s.member_id
      WHERE s.session_hash = $1`,
    [sessionHash],
  );
  return rows[0] && { ...toGrant(rows[0]), platform: rows[0].platform, platformUserId: rows[0].platform_user_id };
}

export async function deleteSession(q: Queryable, sessionHash: string): Promise<void> {
  await q.query(`DELETE FROM dashboard_session WHERE session_hash = $1`, [sessionHash]);
}

/** Drops links and sessions past their time (called on each login: the tables stay small). */
export async function deleteExpired(q: Queryable, now: Date): Promise<void> {
  await q.query(`DELETE FROM dashboard_link WHERE expires_at < $1`, [now]);
  await q.query(`DELETE FROM dashboard_session WHERE expires_at < $1`, [now]);
}

/** A campaign's community and whether its last round settled it; undefined: no such campaign. */
export async function selectCampaignPlace(q: Queryable, campaignId: number): Promise<{ communityId: number | null; settled: boolean } | undefined> {
  const rows: { community_id: number | null; settled: boolean }[] = await q.query(
    `SELECT c.community_id, (p.settled_at IS NOT NULL) AS settled FROM campaign c LEFT JOIN campaign_model p ON p.campaign_id = c.id WHERE c.id = $1`,
    [campaignId],
  );
  return rows[0] && { communityId: rows[0].community_id, settled: rows[0].settled };
}

/** Every answer to the campaign's regular (non-gold) tasks, with the task's decision. */
export async function selectRegularAnswers(q: Queryable, campaignId: number): Promise<{ taskId: number; choice: string; consensus: string | null; decided: boolean }[]> {
  const rows: { task_id: number; choice: string; consensus_label: string | null; status: string }[] = await q.query(
    `SELECT a.task_id, a.choice, t.consensus_label, t.status FROM answer a JOIN task t ON t.id = a.task_id
      WHERE a.campaign_id = $1 AND t.gold_label IS NULL ORDER BY a.task_id, a.id`,
    [campaignId],
  );
  return rows.map((r) => ({ taskId: r.task_id, choice: r.choice, consensus: r.consensus_label, decided: r.status !== 'open' }));
}

export interface MemberFiguresRow {
  memberId: number;
  displayName: string;
  answers: number;
  /** member_skill.accuracy: the last round's skill estimate, 0..1. */
  skill: number | null;
  goldAnswers: number;
  goldCorrect: number;
  medianThinkMs: number | null;
}

/** Per member of the campaign: answers, skill, gold record, median think time. */
export async function selectMemberFigures(q: Queryable, campaignId: number, limit: number): Promise<MemberFiguresRow[]> {
  const rows: { member_id: number; display_name: string; answers: number; accuracy: number | null; gold_answers: number | null; gold_correct: number | null; median: number | null }[] =
    await q.query(
      `SELECT a.member_id, m.display_name, count(*)::int AS answers, s.accuracy, s.gold_answers, s.gold_correct,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY a.think_ms) AS median
         FROM answer a JOIN member m ON m.id = a.member_id
         LEFT JOIN member_skill s ON s.campaign_id = a.campaign_id AND s.member_id = a.member_id
        WHERE a.campaign_id = $1
        GROUP BY a.member_id, m.display_name, s.accuracy, s.gold_answers, s.gold_correct
        ORDER BY count(*) DESC, a.member_id LIMIT $2`,
      [campaignId, limit],
    );
  return rows.map((r) => ({
    memberId: r.member_id,
    displayName: r.display_name,
    answers: r.answers,
    skill: r.accuracy === null ? null : Number(r.accuracy),
    goldAnswers: r.gold_answers ?? 0,
    goldCorrect: r.gold_correct ?? 0,
    medianThinkMs: r.median === null ? null : Number(r.median),
  }));
}

/** Withheld answers per member and reason (the ledger's rule), corrections aside. */
export async function selectWithheld(q: Queryable, campaignId: number): Promise<{ memberId: number; rule: string; count: number }[]> {
  const rows: { member_id: number; rule: string; n: number }[] = await q.query(
    `SELECT member_id, rule, count(*)::int AS n FROM reward_ledger WHERE campaign_id = $1 AND status = 'withheld' AND corrects_id IS NULL GROUP BY member_id, rule ORDER BY member_id, rule`,
    [campaignId],
  );
  return rows.map((r) => ({ memberId: r.member_id, rule: r.rule, count: r.n }));
}

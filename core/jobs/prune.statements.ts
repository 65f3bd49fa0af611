import type { Queryable } from '../db/queryable';

/** TypeORM returns [rows, count] for a DELETE on PostgreSQL, the rows on PGlite; we count RETURNING rows. */
const counted = (raw: unknown): number => {
  const rows = Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number' ? raw[0] : (raw as unknown[]);
  return Number((rows[0] as { n?: number } | undefined)?.n ?? 0);
};

/**
 * Deletes up to `limit` job runs started before `before`, never the latest run of a job
 * (so /healthz still shows a job that runs rarely). Returns how many it deleted.
 */
export async function deleteOldJobRuns(db: Queryable, before: Date, limit: number): Promise<number> {
  return counted(
    await db.query(
      `WITH gone AS (
         DELETE FROM job_run WHERE id IN (
           SELECT j.id FROM job_run j
           WHERE j.started_at < $1 AND EXISTS (SELECT 1 FROM job_run n WHERE n.job = j.job AND n.started_at > j.started_at)
           LIMIT $2)
         RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [before, limit],
    ),
  );
}

/**
 * Deletes up to `limit` serve records served before `before` whose task can no longer take
 * an answer: decided, or in a closed campaign (retention.ts serveMayGo, in SQL).
 */
export async function deleteOldServes(db: Queryable, before: Date, limit: number): Promise<number> {
  return counted(
    await db.query(
      `WITH gone AS (
         DELETE FROM task_serve WHERE (task_id, member_id) IN (
           SELECT s.task_id, s.member_id FROM task_serve s
           JOIN task t ON t.id = s.task_id
           JOIN campaign c ON c.id = t.campaign_id
           WHERE s.served_at < $1 AND (t.status <> 'open' OR c.status = 'closed')
           LIMIT $2)
         RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [before, limit],
    ),
  );
}

/** Deletes link challenges that expired before `before` (used or not: none can be used now). */
export async function deleteExpiredChallenges(db: Queryable, before: Date): Promise<number> {
  return counted(
    await db.query(`WITH gone AS (DELETE FROM link_challenge WHERE expires_at < $1 RETURNING 1) SELECT count(*)::int AS n FROM gone`, [before]),
  );
}

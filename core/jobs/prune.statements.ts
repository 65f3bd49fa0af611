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

/**
 * Which answer-limit row is stale, over the row `r` and the keep in seconds `$1`: none of its
 * answer times is within the keep of the database's now(), so the limit's window (a minute
 * back from an answer's now()) holds none of them and a missing row counts the same.
 */
const ANSWER_RATE_STALE_SQL = `NOT EXISTS (SELECT 1 FROM unnest(r.recent) x WHERE x >= now() - make_interval(secs => $1))`;

/**
 * Deletes up to `limit` answer-limit rows whose member's last answer is over `keepSeconds`
 * past (retention.ts ANSWER_RATE_KEEP_SECONDS). The rows are taken FOR UPDATE SKIP LOCKED:
 * a row an answer's statement holds locked is left for the next run, and a row an answer
 * updated since this statement's snapshot is read again as updated, which is not stale. An
 * answer that finds its row gone adds a new one with its own time.
 */
export async function deleteStaleAnswerRates(db: Queryable, keepSeconds: number, limit: number): Promise<number> {
  return counted(
    await db.query(
      `WITH gone AS (
         DELETE FROM answer_rate WHERE member_id IN (
           SELECT r.member_id FROM answer_rate r
           WHERE ${ANSWER_RATE_STALE_SQL}
           LIMIT $2
           FOR UPDATE SKIP LOCKED)
         RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [keepSeconds, limit],
    ),
  );
}

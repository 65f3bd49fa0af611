import type { Queryable } from '../db/queryable';

/** The latest run of one job, as /healthz shows it. */
export interface LatestRun {
  job: string;
  outcome: string;
  startedAt: Date;
  finishedAt: Date | null;
  detail: string | null;
}

/**
 * The latest run of each job, by index probes only: a recursive walk from one job name to
 * the next on job_run_job_idx (job, started_at DESC), then one probe per job for its newest
 * row. The cost grows with the number of jobs, not with the rows job_run holds (a DISTINCT
 * ON over the table read every row).
 */
export async function latestRunPerJob(db: Queryable): Promise<LatestRun[]> {
  const rows: { job: string; outcome: string; started_at: Date; finished_at: Date | null; detail: string | null }[] = await db.query(
    `WITH RECURSIVE jobs(job) AS (
       (SELECT job FROM job_run ORDER BY job LIMIT 1)
       UNION ALL
       SELECT (SELECT r.job FROM job_run r WHERE r.job > jobs.job ORDER BY r.job LIMIT 1) FROM jobs WHERE jobs.job IS NOT NULL
     )
     SELECT last.job, last.outcome, last.started_at, last.finished_at, last.detail
     FROM jobs
     CROSS JOIN LATERAL (
       SELECT r.job, r.outcome, r.started_at, r.finished_at, r.detail FROM job_run r WHERE r.job = jobs.job ORDER BY r.started_at DESC LIMIT 1
     ) last
     ORDER BY last.job`,
  );
  return rows.map((r) => ({ job: r.job, outcome: r.outcome, startedAt: r.started_at, finishedAt: r.finished_at, detail: r.detail }));
}

/**
 * Opens a transaction on `db` and tries the transaction advisory lock of a job's key in it,
 * without waiting; true when this transaction holds it now. Call it on a dedicated
 * connection and keep the transaction open for the whole run (releaseJobLock ends it): a
 * transaction keeps its server connection behind PgBouncer in transaction mode, where a
 * session lock would stay on a server connection other clients then get. The key space is
 * the session locks' too, so replicas still on the session lock exclude these. A server-wide
 * idle_in_transaction_session_timeout would end the transaction, and free the lock, in the
 * middle of a long run: it is turned off for this transaction only.
 */
export async function tryJobLock(db: Queryable, key: string): Promise<boolean> {
  await db.query(`BEGIN`);
  const [{ ok }]: { ok: boolean }[] = await db.query(
    `SELECT set_config('idle_in_transaction_session_timeout', '0', true) AS timeout, pg_try_advisory_xact_lock(hashtext($1)) AS ok`,
    [key],
  );
  return ok;
}

/** Ends the transaction tryJobLock opened (nothing was written in it), which frees the lock. */
export async function releaseJobLock(db: Queryable): Promise<void> {
  await db.query(`ROLLBACK`);
}

/** Records a job's run as started; returns the run's id. */
export async function insertJobRun(db: Queryable, job: string): Promise<string | number> {
  const [{ id }]: { id: string | number }[] = await db.query(`INSERT INTO job_run (job, outcome) VALUES ($1, 'running') RETURNING id`, [job]);
  return id;
}

/** Records how a run ended, with its detail (at most 2,000 characters kept). */
export async function finishJobRun(db: Queryable, id: string | number, outcome: string, detail: string | null): Promise<void> {
  await db.query(`UPDATE job_run SET outcome = $2, detail = $3, finished_at = now() WHERE id = $1`, [id, outcome, detail?.slice(0, 2000) ?? null]);
}

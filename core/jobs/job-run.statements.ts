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
 * Tries the session advisory lock of a job's key without waiting; true when this session
 * holds it now. Call it on a dedicated connection: the lock lives as long as its session.
 */
export async function tryAdvisoryLock(db: Queryable, key: string): Promise<boolean> {
  const [{ ok }]: { ok: boolean }[] = await db.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS ok`, [key]);
  return ok;
}

/** Releases every session advisory lock the connection holds. */
export async function unlockAll(db: Queryable): Promise<void> {
  await db.query(`SELECT pg_advisory_unlock_all()`);
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

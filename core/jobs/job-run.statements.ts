import type { EntityManager } from 'typeorm';

type Queryable = Pick<EntityManager, 'query'>;

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

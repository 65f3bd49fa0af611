import type { Queryable } from '../db/queryable';

export interface StatusCountRow {
  status: string;
  n: number;
}

export interface LedgerStatusRow {
  status: string;
  n: number;
  /** Base units, as text. */
  amount: string;
}

export interface StateCountRow {
  state: string;
  n: number;
}

/** Finished runs of one (job, outcome): how many, their total and last duration in seconds. */
export interface JobOutcomeRow {
  job: string;
  outcome: string;
  n: number;
  seconds: number;
  last_seconds: number;
}

export async function countAnswers(q: Queryable): Promise<number> {
  const [a]: { n: number }[] = await q.query(`SELECT count(*)::int AS n FROM answer`);
  return a.n;
}

export function countTasksByStatus(q: Queryable): Promise<StatusCountRow[]> {
  return q.query(`SELECT status, count(*)::int AS n FROM task GROUP BY status ORDER BY status`);
}

/** Ledger rows and sums by status, corrections included. */
export function sumLedgerByStatus(q: Queryable): Promise<LedgerStatusRow[]> {
  return q.query(`SELECT status, count(*)::int AS n, coalesce(sum(amount), 0)::text AS amount FROM reward_ledger GROUP BY status ORDER BY status`);
}

export function countMintBatchesByState(q: Queryable): Promise<StateCountRow[]> {
  return q.query(`SELECT state, count(*)::int AS n FROM mint_batch GROUP BY state ORDER BY state`);
}

/**
 * Finished job runs by job and outcome. The last duration of each (job, outcome) is one
 * probe on job_run_job_idx, not a sort of every run (an ordered array_agg was most of a
 * scrape's time).
 */
export function sumJobRunsByOutcome(q: Queryable): Promise<JobOutcomeRow[]> {
  return q.query(
    `WITH g AS (
           SELECT job, outcome, count(*)::int AS n, coalesce(sum(extract(epoch FROM finished_at - started_at)), 0)::float8 AS seconds
           FROM job_run WHERE finished_at IS NOT NULL GROUP BY job, outcome
         )
         SELECT g.job, g.outcome, g.n, g.seconds, coalesce(last.s, 0)::float8 AS last_seconds
         FROM g LEFT JOIN LATERAL (
           SELECT extract(epoch FROM r.finished_at - r.started_at) AS s FROM job_run r
           WHERE r.job = g.job AND r.outcome = g.outcome AND r.finished_at IS NOT NULL ORDER BY r.started_at DESC LIMIT 1
         ) last ON true
         ORDER BY g.job, g.outcome`,
  );
}

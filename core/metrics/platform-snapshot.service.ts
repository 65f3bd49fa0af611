import type { DataSource } from 'typeorm';

/** Totals for monitoring, read from the database at each scrape. Amounts in base units. */
export interface PlatformSnapshot {
  answers: number;
  /** Tasks by status (open, final, final_uncertain). */
  tasks: { status: string; count: number }[];
  /** Ledger sums by status (pending, minted, withheld), base units, corrections included. */
  ledger: { status: string; rows: number; amount: bigint }[];
  mintBatches: { state: string; count: number }[];
  /** Finished job runs by job and outcome, with their total and last duration in seconds. */
  jobs: { job: string; outcome: string; runs: number; seconds: number; lastSeconds: number }[];
}

/** Counts for the /metrics endpoint: a handful of aggregate queries, no row reads. */
export class PlatformSnapshotService {
  constructor(private readonly ds: DataSource) {}

  async snapshot(): Promise<PlatformSnapshot> {
    const [[a], tasks, ledger, batches, jobs] = await Promise.all([
      this.ds.query(`SELECT count(*)::int AS n FROM answer`),
      this.ds.query(`SELECT status, count(*)::int AS n FROM task GROUP BY status ORDER BY status`),
      this.ds.query(`SELECT status, count(*)::int AS n, coalesce(sum(amount), 0)::text AS amount FROM reward_ledger GROUP BY status ORDER BY status`),
      this.ds.query(`SELECT state, count(*)::int AS n FROM mint_batch GROUP BY state ORDER BY state`),
      // The last duration of each (job, outcome) is one probe on job_run_job_idx, not a sort
      // of every run (an ordered array_agg was most of a scrape's time).
      this.ds.query(
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
      ),
    ]);
    return {
      answers: a.n,
      tasks: tasks.map((r: { status: string; n: number }) => ({ status: r.status, count: r.n })),
      ledger: ledger.map((r: { status: string; n: number; amount: string }) => ({ status: r.status, rows: r.n, amount: BigInt(r.amount) })),
      mintBatches: batches.map((r: { state: string; n: number }) => ({ state: r.state, count: r.n })),
      jobs: jobs.map((r: { job: string; outcome: string; n: number; seconds: number; last_seconds: number }) => ({
        job: r.job,
        outcome: r.outcome,
        runs: r.n,
        seconds: Number(r.seconds),
        lastSeconds: Number(r.last_seconds),
      })),
    };
  }
}

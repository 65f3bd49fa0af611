import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import { isEmbedded } from '../db/named-query';
import { ownConnection } from '../db/own-connection';
import type { Queryable } from '../db/queryable';
import { finishJobRun, insertJobRun, latestRunPerJob, releaseJobLock, tryJobLock, type LatestRun } from './job-run.statements';

export type JobResult = 'ok' | 'failed' | 'skipped';

/**
 * Runs a named job at most once at a time across all replicas and records each run in
 * job_run. On PostgreSQL a transaction advisory lock, in a transaction held open on a
 * dedicated connection for the whole run, decides which replica fires; a replica that
 * loses returns 'skipped' without a row (every replica fires on the same schedule). The
 * transaction, unlike a session lock, keeps its server connection behind PgBouncer in
 * transaction mode, and a runner that dies ends it with its connection, which frees the
 * lock (docs/pgbouncer.md). That connection is one of its own, outside the pool: held from
 * the pool, eight jobs firing together on a pool of eight or fewer took every connection
 * for their locks and waited for good on the next (found by the chaos test). Embedded PGlite serves one process
 * only, so an in-process guard is the whole lock there; taking its single session for
 * the lock would block the job's own queries.
 */
export class JobRunService {
  private readonly running = new Set<string>();

  constructor(
    private readonly ds: DataSource,
    private readonly logger: Logger,
  ) {}

  /** Runs `fn` under the job's lock; its return value is stored as the run's detail. */
  async run(job: string, fn: () => Promise<string | void>): Promise<JobResult> {
    if (this.running.has(job)) return 'skipped';
    this.running.add(job);
    const lock = isEmbedded(this.ds) ? undefined : await this.lockConnection();
    try {
      if (lock) {
        if (!(await tryJobLock(lock, `tnet.job.${job}`))) {
          this.logger.debug('job skipped: running on another replica', { job });
          return 'skipped';
        }
      }
      return await this.record(job, fn);
    } finally {
      if (lock) {
        await releaseJobLock(lock).catch(() => undefined);
        await lock.end();
      }
      this.running.delete(job);
    }
  }

  /** A connection outside the pool for one run's lock; a dropped one is logged, never thrown at the process. */
  private async lockConnection(): Promise<Queryable & { end(): Promise<void> }> {
    const client = await ownConnection(this.ds, 'tnet-job-lock', (e) => this.logger.warn('job lock connection lost', { error: e }));
    return {
      // The statements take rows, as from a TypeORM query.
      query: (async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows) as Queryable['query'],
      end: () => client.end().catch(() => undefined),
    };
  }

  /** The latest run of each job, for health checks; a few index probes whatever job_run holds. */
  async lastRuns(): Promise<LatestRun[]> {
    return latestRunPerJob(this.ds);
  }

  private async record(job: string, fn: () => Promise<string | void>): Promise<JobResult> {
    const id = await insertJobRun(this.ds, job);
    const started = Date.now();
    this.logger.info('job started', { job, run: String(id) });
    let outcome: JobResult = 'ok';
    let detail: string | null = null;
    try {
      detail = (await fn()) ?? null;
    } catch (e) {
      outcome = 'failed';
      detail = e instanceof Error ? e.message : String(e);
      this.logger.error('job failed', { job, run: String(id), error: e });
    }
    await finishJobRun(this.ds, id, outcome, detail);
    this.logger.info('job finished', { job, run: String(id), outcome, ms: Date.now() - started, detail });
    return outcome;
  }
}

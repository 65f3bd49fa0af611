import type { DataSource } from 'typeorm';
import { countAnswers, countMintBatchesByState, countTasksByStatus, sumJobRunsByOutcome, sumLedgerByStatus } from './platform-snapshot.statements';

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
    const [answers, tasks, ledger, batches, jobs] = await Promise.all([
      countAnswers(this.ds),
      countTasksByStatus(this.ds),
      sumLedgerByStatus(this.ds),
      countMintBatchesByState(this.ds),
      sumJobRunsByOutcome(this.ds),
    ]);
    return {
      answers,
      tasks: tasks.map((r) => ({ status: r.status, count: r.n })),
      ledger: ledger.map((r) => ({ status: r.status, rows: r.n, amount: BigInt(r.amount) })),
      mintBatches: batches.map((r) => ({ state: r.state, count: r.n })),
      jobs: jobs.map((r) => ({
        job: r.job,
        outcome: r.outcome,
        runs: r.n,
        seconds: Number(r.seconds),
        lastSeconds: Number(r.last_seconds),
      })),
    };
  }
}

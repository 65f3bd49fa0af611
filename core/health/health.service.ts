import type { DataSource } from 'typeorm';
import type { ChainReader } from '../chain/chain-reader';
import type { JobRunService } from '../jobs/job-run.service';
import type { MintProblem } from '../mint/mint-state';
import { ping } from './health.statements';

export interface JobHealth {
  job: string;
  outcome: string;
  startedAt: Date;
  finishedAt: Date | null;
}

export interface Health {
  /** False when the database does not answer: the process cannot serve anything. */
  database: boolean;
  /** Whether the chain node answers; undefined when no chain is configured. */
  chain: boolean | undefined;
  /** The latest block the node reported. */
  blockNumber?: number;
  /** Why the mint is degraded (the node did not answer its last run, or the key lacks MINTER_ROLE); absent while it works. */
  chainProblem?: MintProblem;
  /** The last run of each job (empty when the database is down). */
  jobs: JobHealth[];
}

/** Bounds a probe: a hung connection must not hang the health check. */
const within = <T>(ms: number, p: Promise<T>): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });

/** What a load balancer and an operator ask: is the database there, the chain, the jobs. */
export class HealthService {
  constructor(
    private readonly ds: DataSource,
    private readonly jobRuns: JobRunService,
    private readonly chain: ChainReader | undefined,
    private readonly timeoutMs = 2_000,
    private readonly mintProblem: () => Health['chainProblem'] = () => undefined,
  ) {}

  /** Probes the database and the chain (each bounded by the timeout); never throws. */
  async check(): Promise<Health> {
    const [db, chain] = await Promise.allSettled([
      within(this.timeoutMs, ping(this.ds)),
      this.chain ? within(this.timeoutMs, this.chain.blockNumber()) : Promise.resolve(undefined),
    ]);
    const database = db.status === 'fulfilled';
    const jobs = database ? await within(this.timeoutMs, this.jobRuns.lastRuns()).catch(() => []) : [];
    return {
      database,
      chain: this.chain ? chain.status === 'fulfilled' : undefined,
      ...(chain.status === 'fulfilled' && chain.value !== undefined ? { blockNumber: chain.value } : {}),
      ...(this.mintProblem() ? { chainProblem: this.mintProblem() } : {}),
      jobs: jobs.map((j) => ({ job: j.job, outcome: j.outcome, startedAt: j.startedAt, finishedAt: j.finishedAt })),
    };
  }
}

import cron from 'node-cron';
import type { Core } from '../core';
import { baselineJob } from './baseline.job';
import { closeFinishedCampaignsJob } from './close-finished-campaigns.job';
import { consensusRoundJob } from './consensus-round.job';
import { contributionPayJob } from './contribution-pay.job';
import { emissionSettleJob } from './emission-settle.job';
import type { Job } from './job';
import { mintJob } from './mint.job';
import { pruneJob } from './prune.job';
import { scoringSweepJob } from './scoring-sweep.job';

/** Every scheduled job, with the schedules the config sets. */
export const allJobs = (core: Core): readonly Job[] => [
  scoringSweepJob,
  consensusRoundJob(core.config.scoringSchedule),
  contributionPayJob(core.config.scoringSchedule),
  ...(core.emission.paced ? [emissionSettleJob] : []),
  closeFinishedCampaignsJob,
  pruneJob,
  baselineJob,
  mintJob(core.config.mintSchedule),
];

/**
 * Schedules every job; each fire runs under its lock (one replica wins). Returns a stop
 * function that cancels the schedules and waits for runs in flight.
 */
export function startJobs(core: Core, jobs: readonly Job[] = allJobs(core)): () => Promise<void> {
  const inFlight = new Set<Promise<unknown>>();
  const tasks = jobs.map((job) =>
    cron.schedule(job.schedule, () => {
      const p = core.jobRuns.run(job.name, () => job.run(core)).catch((e: unknown) => core.logger.error('job runner failed', { job: job.name, error: e }));
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    }),
  );
  return async () => {
    for (const t of tasks) t.stop();
    await Promise.all([...inFlight]);
  };
}

import type { Job } from './job';

/**
 * Deletes bookkeeping past its retention, hourly: job runs (JOB_RUN_RETENTION_DAYS, the
 * latest of each job kept), link challenges a day past expiry, serve records no answer can
 * need (TASK_SERVE_RETENTION_DAYS), conversations past their idle time, and answer-limit
 * rows of members whose last answer is an hour past.
 */
export const pruneJob: Job = {
  name: 'prune',
  schedule: '17 * * * *',
  async run(core) {
    const r = await core.prune.run();
    return `deleted ${r.jobRuns} job runs, ${r.linkChallenges} link challenges, ${r.taskServes} serve records, ${r.conversations} conversations, ${r.answerRates} answer-limit rows`;
  },
};

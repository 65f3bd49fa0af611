import type { Job } from './job';

/** Closes campaigns whose every task is final. */
export const closeFinishedCampaignsJob: Job = {
  name: 'close-finished-campaigns',
  schedule: '*/5 * * * *',
  async run(core) {
    const closed = await core.campaigns.closeFinished();
    return closed.length === 0 ? 'nothing to close' : `closed ${closed.map((id) => `#${id}`).join(', ')}`;
  },
};

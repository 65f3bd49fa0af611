import type { Job } from './job';

/** Settles finished emission epochs (pro-rata when over the pace); scheduled only with a pace. */
export const emissionSettleJob: Job = {
  name: 'emission-settle',
  schedule: '15 * * * * *',
  async run(core) {
    const epochs = await core.emission.settle();
    return epochs.length === 0 ? 'no epoch to settle' : `settled ${epochs.length} epoch${epochs.length === 1 ? '' : 's'}`;
  },
};

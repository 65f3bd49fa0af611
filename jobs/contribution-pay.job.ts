import type { Job } from './job';

/**
 * Pays or withholds the contributions whose checks are decided (core/contributions). On
 * the scoring round's schedule: a check is decided by its answers or by a round, and a
 * contribution whose check a round re-scored gets its consensus.corrected row.
 */
export const contributionPayJob = (schedule: string): Job => ({
  name: 'contribution-pay',
  schedule,
  async run(core) {
    const { paid, withheld, corrected } = await core.contributions.payDecidedContributions();
    if (paid + withheld + corrected === 0) return 'no decided contribution to pay';
    return `paid ${paid}, withheld ${withheld} contribution${paid + withheld === 1 ? '' : 's'}${corrected > 0 ? `, corrected ${corrected}` : ''}`;
  },
});

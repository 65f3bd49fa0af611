import type { Job } from './job';

/** The scoring round: re-fits the consensus of campaigns with new answers and applies it. */
export const consensusRoundJob = (schedule: string): Job => ({
  name: 'consensus-round',
  schedule,
  async run(core) {
    const rounds = await core.rounds.round();
    if (rounds.length === 0) return 'no campaign with new answers';
    return rounds
      .map((r) => `campaign ${r.campaignId}: ${r.answers} answers, ${r.iterations} iterations, ${r.finalized} finalized, ${r.corrected} corrected`)
      .join('; ');
  },
});

import type { Job } from './job';

/** Scores answers a crash left unscored (the answer was recorded, its scoring never ran). */
export const scoringSweepJob: Job = {
  name: 'scoring-sweep',
  schedule: '* * * * *',
  async run(core) {
    const tasks = await core.scoring.sweep();
    return tasks === 0 ? 'nothing to score' : `scored ${tasks} task${tasks === 1 ? '' : 's'}`;
  },
};

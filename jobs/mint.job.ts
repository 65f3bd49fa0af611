import { formatTnet } from '../core';
import type { Job } from './job';

/** Mints pending rewards in batches; a no-op when no chain is configured. */
export const mintJob = (schedule: string): Job => ({
  name: 'mint',
  schedule,
  async run(core) {
    if (!core.mint) return 'no chain configured';
    const s = await core.mint.run();
    return `reconciled ${s.reconciled}, prepared ${s.prepared}, confirmed ${s.confirmed}, failed ${s.failed}, minted ${formatTnet(s.mintedGross)} TNET gross`;
  },
});

import { formatTnet } from '../core';
import type { Job } from './job';

/**
 * Mints pending rewards in batches; a no-op when no chain is configured. While the mint is
 * degraded (the node does not answer, the key lacks MINTER_ROLE) fires wait out its backoff.
 */
export const mintJob = (schedule: string): Job => ({
  name: 'mint',
  schedule,
  async run(core) {
    if (!core.mint) return 'no chain configured';
    if (!core.mint.state.due()) return `degraded (${core.mint.state.problem}); next try in ${Math.ceil(core.mint.state.waitMs() / 1000)} s`;
    const s = await core.mint.run();
    const done = `reconciled ${s.reconciled}, prepared ${s.prepared}, confirmed ${s.confirmed}, failed ${s.failed}, minted ${formatTnet(s.mintedGross)} TNET gross`;
    return s.degraded ? `${done}; degraded (${s.degraded})` : done;
  },
});

import type { Logger } from '../logger';
import { MintState } from './mint-state';

describe('the mint state behind /healthz and the job backoff', () => {
  let now = 0;
  let lines: string[];
  const logger: Logger = {
    debug: () => undefined,
    info: (msg) => lines.push(`info ${msg}`),
    warn: (msg) => lines.push(`warn ${msg}`),
    error: (msg) => lines.push(`error ${msg}`),
  };
  const state = () => new MintState(logger, { baseMs: 30_000, maxMs: 120_000 }, () => now);

  beforeEach(() => {
    now = 0;
    lines = [];
  });

  it('logs one line per change of state, never one per failed run', () => {
    const s = state();
    s.ok();
    for (let i = 0; i < 5; i++) s.degraded('chain.unreachable', 'connection refused');
    s.degraded('chain.not_minter', 'no role');
    s.degraded('chain.not_minter', 'no role');
    s.ok();
    s.ok();
    expect(lines).toEqual(['warn mint degraded; retrying with backoff', 'warn mint degraded; retrying with backoff', 'info mint works again']);
  });

  it('waits longer after each failed run, up to the cap, and is due again once it works', () => {
    const s = state();
    expect([s.due(), s.problem]).toEqual([true, undefined]);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      s.degraded('chain.unreachable', '');
      waits.push(s.waitMs());
    }
    expect(waits).toEqual([30_000, 60_000, 120_000, 120_000]);
    expect([s.due(), s.problem]).toEqual([false, 'chain.unreachable']);
    now += 119_999;
    expect(s.due()).toBe(false);
    now += 1;
    expect(s.due()).toBe(true);
    s.ok();
    expect([s.due(), s.waitMs(), s.problem]).toEqual([true, 0, undefined]);
    s.degraded('chain.unreachable', '');
    expect(s.waitMs()).toBe(30_000);
  });
});

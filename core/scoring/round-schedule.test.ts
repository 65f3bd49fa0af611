import { DEFAULT_ROUND_SCHEDULE, roundKind, type RoundState } from './round-schedule';

const now = new Date('2026-12-06T10:00:00Z');
const fresh: RoundState = {
  kind: 'label',
  status: 'active',
  classes: 3,
  priorCounts: [10, 20, 70],
  stateTasks: 100,
  watermark: '1234',
  fullFitAt: new Date('2026-12-06T09:50:00Z'),
  roundsSinceFull: 3,
  touchedSinceFull: 10,
  drift: 0.01,
  hasMemberState: true,
};

describe('roundKind', () => {
  it.each<[string, Partial<RoundState>, 'incremental' | 'full']>([
    ['a fresh state', {}, 'incremental'],
    ['a vote campaign', { kind: 'vote' }, 'incremental'],
    ['a check campaign, paused', { kind: 'check', status: 'paused' }, 'incremental'],
    ['a pairwise campaign', { kind: 'pairwise' }, 'full'],
    ['a multilabel campaign', { kind: 'multilabel' }, 'full'],
    ['a closed campaign (settlement)', { status: 'closed' }, 'full'],
    ['no state yet', { watermark: null }, 'full'],
    ['no full fit time', { fullFitAt: null }, 'full'],
    ['an empty state', { stateTasks: 0 }, 'full'],
    ['prior counts of other classes', { priorCounts: [1, 2] }, 'full'],
    ['a state from before the members\' counts were one value', { hasMemberState: false }, 'full'],
    ['the round count reached', { roundsSinceFull: DEFAULT_ROUND_SCHEDULE.fullEvery }, 'full'],
    ['one round short of it', { roundsSinceFull: DEFAULT_ROUND_SCHEDULE.fullEvery - 1 }, 'incremental'],
    ['a fifth of the tasks touched', { touchedSinceFull: 20 }, 'incremental'],
    ['more than a fifth touched', { touchedSinceFull: 21 }, 'full'],
    ['accuracies drifted', { drift: 0.06 }, 'full'],
    ['the full fit over an hour old', { fullFitAt: new Date('2026-12-06T08:59:59Z') }, 'full'],
  ])('%s: %s', (_, change, kind) => {
    expect(roundKind({ ...fresh, ...change }, now)).toBe(kind);
  });

  it('follows a schedule given', () => {
    expect(roundKind(fresh, now, { ...DEFAULT_ROUND_SCHEDULE, fullEvery: 3 })).toBe('full');
    expect(roundKind({ ...fresh, touchedSinceFull: 90 }, now, { ...DEFAULT_ROUND_SCHEDULE, maxTouchedShare: 1 })).toBe('incremental');
  });
});

import { maySeeStats } from './may-see-stats';

describe('who sees a campaign’s stats', () => {
  const cases: [Parameters<typeof maySeeStats>[0], ReturnType<typeof maySeeStats>][] = [
    ['draft', 'moderators'],
    ['active', 'anyone'],
    ['paused', 'anyone'],
    ['closed', 'anyone'],
  ];
  it.each(cases)('a %s campaign: %s', (status, expected) => expect(maySeeStats(status)).toBe(expected));
});

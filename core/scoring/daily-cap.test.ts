import { earningDay, withinDailyCap } from './daily-cap';

describe('daily earning cap', () => {
  it.each([
    // name, members in answer order, earned today per member, reward, cap, paid
    ['no earnings yet, under the cap', [1, 2], [], 10n, 30n, [true, true]],
    ['exactly at the cap is paid', [1], [[1, 20n]], 10n, 30n, [true]],
    ['one reward over the cap is withheld whole', [1], [[1, 25n]], 10n, 30n, [false]],
    ['a member with two answers in one task: the second crosses', [1, 1, 2], [[1, 15n]], 10n, 30n, [true, false, true]],
    ['the cap is per member', [1, 2, 2, 2], [[2, 0n]], 10n, 20n, [true, true, true, false]],
    ['a reward larger than the cap never pays', [1], [], 50n, 30n, [false]],
    ['an earlier answer withheld does not free room for a later one', [1, 1], [[1, 25n]], 10n, 30n, [false, false]],
  ] as const)('%s', (_name, members, earned, reward, cap, paid) => {
    const candidates = members.map((memberId) => ({ memberId }));
    expect(withinDailyCap(candidates, new Map(earned.map(([m, e]) => [m, e])), reward, cap)).toEqual(paid);
  });

  it('counts a day in UTC', () => {
    expect(earningDay(new Date('2026-12-06T23:59:59.999Z'))).toBe('2026-12-06');
    expect(earningDay(new Date('2026-12-07T00:00:00Z'))).toBe('2026-12-07');
  });
});

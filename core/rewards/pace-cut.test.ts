import { paceCuts } from './pace-cut';

describe('paceCuts', () => {
  it.each<[string, bigint[], bigint, bigint[]]>([
    ['cuts nothing under the pace', [10n, 20n], 50n, [0n, 0n]],
    ['cuts nothing at exactly the pace', [25n, 25n], 50n, [0n, 0n]],
    ['halves every reward at twice the pace', [10n, 30n], 20n, [5n, 15n]],
    ['rounds each payment down: the cut takes the remainder', [1n, 1n, 1n], 2n, [1n, 1n, 1n]],
    ['pays 2 of 3 whole units pro rata', [3n, 3n, 3n], 7n, [1n, 1n, 1n]],
    ['keeps 18-decimal amounts exact', [10n ** 18n, 3n * 10n ** 18n], 2n * 10n ** 18n, [5n * 10n ** 17n, 15n * 10n ** 17n]],
    ['cuts everything at a pace of zero', [4n, 6n], 0n, [4n, 6n]],
    ['has nothing to cut without rewards', [], 10n, []],
  ])('%s', (_, amounts, pace, cuts) => {
    expect(paceCuts(amounts, pace)).toEqual(cuts);
  });

  it('never pays more than the pace in total', () => {
    const amounts = [7n, 11n, 13n, 17n, 19n];
    const cuts = paceCuts(amounts, 23n);
    const paid = amounts.reduce((s, a, i) => s + a - cuts[i]!, 0n);
    expect(paid <= 23n).toBe(true);
    expect(paid > 23n - BigInt(amounts.length)).toBe(true);
  });
});

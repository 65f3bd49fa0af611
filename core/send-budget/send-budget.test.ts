import { cellRate, takeAll, type BucketRule } from './send-budget';

const rate = (capacity: number, perSecond: number) => cellRate({ capacity, perSecond } satisfies BucketRule);

describe('cellRate', () => {
  it.each([
    [{ capacity: 30, perSecond: 30 }, 1000 / 30, (29 * 1000) / 30],
    [{ capacity: 1, perSecond: 1 }, 1000, 0],
    [{ capacity: 20, perSecond: 20 / 60 }, 3000, 57_000],
    [{ capacity: 5, perSecond: 1 }, 1000, 4000],
  ])('turns %j into interval %d ms, tolerance %d ms', (rule, interval, tolerance) => {
    const r = cellRate(rule);
    expect(r.intervalMs).toBeCloseTo(interval, 9);
    expect(r.toleranceMs).toBeCloseTo(tolerance, 9);
  });
});

describe('takeAll', () => {
  const group = [rate(1, 1), rate(3, 3 / 60)];
  it.each([
    ['a full bucket (no state) gives a token now', [{ tat: 0, rate: rate(1, 1) }], 5000, { waitMs: 0, tats: [6000] }],
    ['a spent one-token bucket waits for its interval', [{ tat: 6000, rate: rate(1, 1) }], 5500, { waitMs: 500, tats: [6000] }],
    ['a burst of 3 leaves room for 2 more at once', [{ tat: 1000, rate: rate(3, 1) }], 1000, { waitMs: 0, tats: [2000] }],
    ['a burst bucket waits when its tolerance is spent', [{ tat: 4000, rate: rate(3, 1) }], 1000, { waitMs: 1000, tats: [4000] }],
    ['a bucket idle past its tat starts again from now', [{ tat: 1000, rate: rate(3, 1) }], 9000, { waitMs: 0, tats: [10_000] }],
    ['the longest wait of all buckets wins, and nothing is taken', [{ tat: 0, rate: rate(30, 30) }, { tat: 45_000, rate: group[1]! }], 3000, { waitMs: 2000, tats: [0, 45_000] }],
    ['all buckets are taken together', [{ tat: 3000, rate: rate(2, 1) }, { tat: 0, rate: group[0]! }], 3000, { waitMs: 0, tats: [4000, 4000] }],
  ])('%s', (_what, buckets, now, expected) => {
    const d = takeAll(buckets, now);
    expect(d.waitMs).toBeCloseTo(expected.waitMs, 6);
    expect(d.tats).toEqual(expected.tats);
  });

  it('lets through exactly a bucket\'s capacity in a burst, then its rate', () => {
    // 20 a minute for a group: 20 at once, then one every 3 s.
    const r = rate(20, 20 / 60);
    let tat = 0;
    const at = (now: number) => {
      const d = takeAll([{ tat, rate: r }], now);
      tat = d.tats[0]!;
      return d.waitMs === 0;
    };
    expect(Array.from({ length: 25 }, () => at(100_000)).filter(Boolean)).toHaveLength(20);
    expect(at(102_999)).toBe(false);
    expect(at(103_000)).toBe(true);
    expect(at(103_001)).toBe(false);
  });
});

import { bradleyTerry, type Comparison, type PairOutcome } from './bradley-terry';

/** `n` comparisons of a against b with the given outcome. */
const times = (n: number, a: number, b: number, outcome: PairOutcome): Comparison[] => Array.from({ length: n }, () => ({ a, b, outcome }));

describe('bradleyTerry', () => {
  it('puts a model preferred 3 to 1 about 191 points ahead (odds 3 on the Elo scale), prior aside', () => {
    const r = bradleyTerry(2, [...times(300, 0, 1, 'a'), ...times(100, 0, 1, 'b')], { resamples: 0, priorTies: 0 });
    expect(r.map((m) => m.model)).toEqual([0, 1]);
    expect(r[0]!.score - r[1]!.score).toBeCloseTo(400 * Math.log10(3), 6);
    expect(r[0]!.score + r[1]!.score).toBeCloseTo(2000, 6);
  });

  it.each<[string, PairOutcome]>([
    ['ties', 'tie'],
    ['"both bad"', 'both_bad'],
  ])('counts %s as half a win each', (_, outcome) => {
    const r = bradleyTerry(2, [...times(10, 0, 1, 'a'), ...times(10, 0, 1, outcome)], { resamples: 0, priorTies: 0 });
    // 15 of 20 to model 0: odds 3.
    expect(r[0]!.score - r[1]!.score).toBeCloseTo(400 * Math.log10(3), 6);
  });

  it('scores models of equal record equally, whichever side they were shown on', () => {
    const r = bradleyTerry(2, [...times(20, 0, 1, 'a'), ...times(20, 1, 0, 'a')], { resamples: 0 });
    expect(r[0]!.score).toBeCloseTo(1000, 6);
    expect(r[1]!.score).toBeCloseTo(1000, 6);
  });

  it('orders three models by strength from comparisons that never pit the best against the worst', () => {
    const r = bradleyTerry(3, [...times(30, 0, 1, 'a'), ...times(10, 0, 1, 'b'), ...times(30, 1, 2, 'a'), ...times(10, 1, 2, 'b')], { resamples: 0 });
    expect(r.map((m) => m.model)).toEqual([0, 1, 2]);
  });

  it('keeps a model that never won finite through the prior', () => {
    const r = bradleyTerry(2, times(10, 0, 1, 'a'), { resamples: 0 });
    expect(Number.isFinite(r[1]!.score)).toBe(true);
    expect(r[0]!.score).toBeGreaterThan(r[1]!.score);
  });

  it('leaves out models without comparisons, and counts each model’s comparisons', () => {
    const r = bradleyTerry(4, [...times(5, 0, 2, 'a'), ...times(3, 2, 3, 'b')], { resamples: 0 });
    expect(r.map((m) => [m.model, m.comparisons]).sort()).toEqual([
      [0, 5],
      [2, 8],
      [3, 3],
    ]);
  });

  it('gives 95 % intervals around the score that narrow with more comparisons, the same for a seed', () => {
    const few = [...times(15, 0, 1, 'a'), ...times(5, 0, 1, 'b')];
    const many = [...times(600, 0, 1, 'a'), ...times(200, 0, 1, 'b')];
    const a = bradleyTerry(2, few, { resamples: 300, seed: 7 });
    const b = bradleyTerry(2, many, { resamples: 300, seed: 7 });
    for (const m of [...a, ...b]) {
      expect(m.low).toBeLessThanOrEqual(m.score);
      expect(m.high).toBeGreaterThanOrEqual(m.score);
    }
    expect(b[0]!.high - b[0]!.low).toBeLessThan((a[0]!.high - a[0]!.low) / 3);
    expect(bradleyTerry(2, few, { resamples: 300, seed: 7 })).toEqual(a);
  });

  it('gives intervals as wide as the large-sample theory says for two models', () => {
    // 600 of 800 to model 0: the log-odds' standard error is 1/sqrt(n·p·(1-p)), and model 0's
    // score is 1000 plus half the difference, 200·log10(odds).
    const r = bradleyTerry(2, [...times(600, 0, 1, 'a'), ...times(200, 0, 1, 'b')], { resamples: 1000, seed: 3 });
    const half = 1.959964 * (200 / Math.LN10) * (1 / Math.sqrt(800 * 0.75 * 0.25));
    expect((r[0]!.high - r[0]!.low) / 2).toBeGreaterThan(half * 0.85);
    expect((r[0]!.high - r[0]!.low) / 2).toBeLessThan(half * 1.15);
  });

  it('takes counted comparisons as that many single ones, whichever side and kind of tie', () => {
    const single = [...times(30, 0, 1, 'a'), ...times(10, 1, 0, 'a'), ...times(4, 0, 1, 'tie'), ...times(6, 1, 2, 'both_bad'), ...times(5, 2, 1, 'b')];
    const counted = [
      { a: 1, b: 0, outcome: 'b' as const, count: 30 },
      { a: 0, b: 1, outcome: 'b' as const, count: 10 },
      { a: 0, b: 1, outcome: 'both_bad' as const, count: 4 },
      { a: 2, b: 1, outcome: 'tie' as const, count: 6 },
      { a: 1, b: 2, outcome: 'a' as const, count: 5 },
      { a: 0, b: 2, outcome: 'a' as const, count: 0 },
    ];
    const r = bradleyTerry(3, counted, { resamples: 200, seed: 9 });
    expect(r).toEqual(bradleyTerry(3, single, { resamples: 200, seed: 9 }));
    expect(r.map((m) => [m.model, m.comparisons])).toEqual([
      [0, 44],
      [1, 55],
      [2, 11],
    ]);
  });

  it('leaves out a model whose only comparisons are counted zero times', () => {
    const r = bradleyTerry(3, [...times(5, 0, 1, 'a'), { a: 1, b: 2, outcome: 'a', count: 0 }], { resamples: 50 });
    expect(r.map((m) => m.model)).toEqual([0, 1]);
  });

  it('refuses a comparison of a model with itself or outside the models, or a negative count', () => {
    expect(() => bradleyTerry(2, [{ a: 0, b: 0, outcome: 'a' }])).toThrow(RangeError);
    expect(() => bradleyTerry(2, [{ a: 0, b: 2, outcome: 'a' }])).toThrow(RangeError);
    expect(() => bradleyTerry(2, [{ a: 0, b: 1, outcome: 'a', count: -1 }])).toThrow(RangeError);
    expect(() => bradleyTerry(2, [{ a: 0, b: 1, outcome: 'a', count: Number.NaN }])).toThrow(RangeError);
  });
});

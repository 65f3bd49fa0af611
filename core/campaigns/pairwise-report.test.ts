import { modelRanking, positionBias } from './pairwise-report';

describe('positionBias', () => {
  it.each([
    ['no answers', [], { decisive: 0, firstChosen: 0, share: null }],
    ['ties and both bad choose no side', [{ choice: 'tie', swapped: false }, { choice: 'both_bad', swapped: true }], { decisive: 0, firstChosen: 0, share: null }],
    ['a shown first and chosen', [{ choice: 'a', swapped: false }], { decisive: 1, firstChosen: 1, share: 1 }],
    ['a shown second and chosen', [{ choice: 'a', swapped: true }], { decisive: 1, firstChosen: 0, share: 0 }],
    ['b shown first and chosen', [{ choice: 'b', swapped: true }], { decisive: 1, firstChosen: 1, share: 1 }],
    [
      'half and half',
      [
        { choice: 'a', swapped: false },
        { choice: 'a', swapped: true },
        { choice: 'b', swapped: false },
        { choice: 'b', swapped: true },
      ],
      { decisive: 4, firstChosen: 2, share: 0.5 },
    ],
  ])('%s', (_, answers, expected) => {
    expect(positionBias(answers)).toMatchObject(expected);
  });

  it('gives a Wilson interval that holds the share and narrows with more answers', () => {
    const some = positionBias(Array.from({ length: 20 }, (_, i) => ({ choice: 'a', swapped: i % 4 === 0 })));
    const many = positionBias(Array.from({ length: 2000 }, (_, i) => ({ choice: 'a', swapped: i % 4 === 0 })));
    expect(some.share).toBe(0.75);
    expect(some.low!).toBeLessThan(0.75);
    expect(some.high!).toBeGreaterThan(0.75);
    expect(many.high! - many.low!).toBeLessThan((some.high! - some.low!) / 5);
    expect(many.low!).toBeGreaterThan(0.7);
  });
});

describe('modelRanking', () => {
  const item = (a: string, b: string, consensus: string) => ({ payload: { prompt: 'p', a: 'x', b: 'y', model_a: a, model_b: b }, consensus });

  it('recovers a known order from the consensus of each pair', () => {
    const items = [];
    // strong beats mid 4 of 5, mid beats weak 4 of 5, strong beats weak every time; sides vary.
    for (let i = 0; i < 5; i++) {
      items.push(i < 4 ? item('strong', 'mid', 'a') : item('mid', 'strong', 'a'));
      items.push(i < 4 ? item('weak', 'mid', 'b') : item('mid', 'weak', 'b'));
      items.push(item('weak', 'strong', 'b'));
    }
    const { ranking, rankedPairs } = modelRanking(items, 200);
    expect(rankedPairs).toBe(15);
    expect(ranking.map((r) => r.model)).toEqual(['strong', 'mid', 'weak']);
    for (const r of ranking) {
      expect(r.pairs).toBe(10);
      expect(r.low).toBeLessThanOrEqual(r.score);
      expect(r.high).toBeGreaterThanOrEqual(r.score);
    }
  });

  it('leaves out items without both model names, a model against itself, and unknown outcomes', () => {
    const { ranking, rankedPairs } = modelRanking(
      [
        { payload: { prompt: 'p', a: 'x', b: 'y' }, consensus: 'a' },
        item('m1', 'm1', 'a'),
        item('m1', 'm2', 'zebra'),
        item('m1', 'm2', 'tie'),
      ],
      0,
    );
    expect(rankedPairs).toBe(1);
    expect(ranking.map((r) => [r.model, Math.round(r.score)])).toEqual([
      ['m1', 1000],
      ['m2', 1000],
    ]);
  });

  it('takes counted items as that many single ones, merging names that differ only by spaces', () => {
    const single = [...Array.from({ length: 7 }, () => item('m1', 'm2', 'a')), ...Array.from({ length: 3 }, () => item('m2', 'm1', 'a')), item('m2', 'm3', 'tie')];
    const counted = [
      { ...item('m1', 'm2', 'a'), n: 4 },
      { ...item(' m1', 'm2 ', 'a'), n: 3 },
      { ...item('m2', 'm1', 'a'), n: 3 },
      { ...item('m2', 'm3', 'tie'), n: 1 },
      { ...item('m3 ', ' m3', 'a'), n: 5 },
    ];
    const r = modelRanking(counted, 100);
    expect(r).toEqual(modelRanking(single, 100));
    expect(r.rankedPairs).toBe(11);
    expect(r.ranking.map((m) => [m.model, m.pairs]).sort()).toEqual([
      ['m1', 10],
      ['m2', 11],
      ['m3', 1],
    ]);
  });

  it('is the same on every run (seeded intervals)', () => {
    const items = [item('m1', 'm2', 'a'), item('m2', 'm3', 'a'), item('m1', 'm3', 'tie'), item('m3', 'm1', 'both_bad')];
    expect(modelRanking(items, 100)).toEqual(modelRanking(items, 100));
  });
});

import { goldShareFor, pickGold, QUALIFYING_GOLD_SHARE, spreadHash } from './gold-pick';

const KEY = 'test-gold-key';

describe('gold mixing', () => {
  it('never picks gold when the share is zero', () => {
    for (let i = 0; i < 1000; i++) expect(pickGold(KEY, 1, 7, i, 0)).toBe(false);
  });

  it('mixes in close to the configured share over many answers', () => {
    let gold = 0;
    for (let member = 1; member <= 100; member++) for (let i = 0; i < 100; i++) if (pickGold(KEY, 3, member, i, 0.1)) gold++;
    expect(gold / 10000).toBeGreaterThan(0.08);
    expect(gold / 10000).toBeLessThan(0.12);
  });

  it("gives every member about the share, not most members none and a few nothing else", () => {
    // 200 answers each (after a qualification of five): binomial spread around 10 % is about 2 points.
    for (let member = 1; member <= 300; member++) {
      let gold = 0;
      for (let i = 5; i < 205; i++) if (pickGold(KEY, 1, member, i, 0.1)) gold++;
      expect(gold / 200).toBeGreaterThan(0.02);
      expect(gold / 200).toBeLessThan(0.2);
    }
  });

  it('spreads hashes of strings that differ only at the end over the whole range', () => {
    const tops = new Set<number>();
    for (let i = 0; i < 100; i++) tops.add(spreadHash(`1:7:${i}`) >>> 28);
    // Sixteen possible top nibbles; FNV-1a alone gives six here.
    expect(tops.size).toBeGreaterThanOrEqual(12);
  });

  it('gives the same answer for the same inputs', () => {
    const a = Array.from({ length: 50 }, (_, i) => pickGold(KEY, 2, 5, i, 0.3));
    const b = Array.from({ length: 50 }, (_, i) => pickGold(KEY, 2, 5, i, 0.3));
    expect(a).toEqual(b);
    expect(a.some(Boolean) && !a.every(Boolean)).toBe(true);
  });

  it('draws differently under another key, so without the key nobody computes the draw', () => {
    const draws = (key: string) => Array.from({ length: 200 }, (_, i) => pickGold(key, 2, 5, i, 0.5));
    const a = draws(KEY);
    const b = draws('another key');
    const same = a.filter((x, i) => x === b[i]).length;
    // Independent draws agree about half the time.
    expect(same).toBeGreaterThan(70);
    expect(same).toBeLessThan(130);
  });
});

describe('goldShareFor', () => {
  it.each([
    // campaign share, min evidence, gold a qualification asks, member's gold answers, chance of gold
    [0, 5, 5, 0, 0],
    [0.1, 0, 5, 0, 0.1],
    [0.1, 5, 5, 0, QUALIFYING_GOLD_SHARE],
    [0.1, 5, 5, 4, QUALIFYING_GOLD_SHARE],
    [0.1, 5, 5, 5, 0.1],
    [0.1, 5, 5, 9, 0.1],
    [0.5, 5, 5, 0, 0.5],
    [0.2, 1, 1, 0, QUALIFYING_GOLD_SHARE],
    [0.2, 1, 1, 1, 0.2],
  ])('share %d, min evidence %d, qualification %d, %d gold answered: %d', (goldShare, minEvidence, goldMinAnswers, goldAnswered, chance) => {
    expect(goldShareFor({ goldShare, minEvidence, goldMinAnswers, goldAnswered })).toBe(chance);
  });

  it.each([
    // member's gold answers, on probation, chance of gold
    [5, false, 0.1],
    [5, true, QUALIFYING_GOLD_SHARE],
    [9, true, QUALIFYING_GOLD_SHARE],
    [10, true, 0.1],
  ])('on probation a member qualifies twice as long: %d gold answered, probation %s: %d', (goldAnswered, probation, chance) => {
    expect(goldShareFor({ goldShare: 0.1, minEvidence: 5, goldMinAnswers: 5, goldAnswered, probation })).toBe(chance);
  });

  it('never makes gold certain, so a newcomer’s first tasks do not list the gold items', () => {
    for (const goldShare of [0.01, 0.1, 0.3, 0.5]) for (let g = 0; g < 10; g++) expect(goldShareFor({ goldShare, minEvidence: 5, goldMinAnswers: 5, goldAnswered: g })).toBeLessThan(1);
  });

  it('gives a newcomer a first task that is gold for about half of them, not all', () => {
    let gold = 0;
    for (let member = 1; member <= 1000; member++) if (pickGold(KEY, 1, member, 0, goldShareFor({ goldShare: 0.1, minEvidence: 5, goldMinAnswers: 5, goldAnswered: 0 }))) gold++;
    expect(gold).toBeGreaterThan(440);
    expect(gold).toBeLessThan(560);
  });
});

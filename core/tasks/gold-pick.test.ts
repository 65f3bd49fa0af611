import { pickGold } from './gold-pick';

describe('gold mixing', () => {
  it('never picks gold when the share is zero', () => {
    for (let i = 0; i < 1000; i++) expect(pickGold(1, 7, i, 0)).toBe(false);
  });

  it('mixes in close to the configured share over many answers', () => {
    let gold = 0;
    for (let member = 1; member <= 100; member++) for (let i = 0; i < 100; i++) if (pickGold(3, member, i, 0.1)) gold++;
    expect(gold / 10000).toBeGreaterThan(0.08);
    expect(gold / 10000).toBeLessThan(0.12);
  });

  it('gives the same answer for the same inputs', () => {
    const a = Array.from({ length: 50 }, (_, i) => pickGold(2, 5, i, 0.3));
    const b = Array.from({ length: 50 }, (_, i) => pickGold(2, 5, i, 0.3));
    expect(a).toEqual(b);
    expect(a.some(Boolean) && !a.every(Boolean)).toBe(true);
  });
});

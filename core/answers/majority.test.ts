import { decideMajority } from './majority';

describe('simple majority', () => {
  it('stays open below the answers per task', () => {
    expect(decideMajority(['a', 'a'], 3, 5)).toEqual({ state: 'open' });
  });

  it('finalizes on a strict plurality once enough answers arrived', () => {
    expect(decideMajority(['a', 'b', 'a'], 3, 5)).toEqual({ state: 'final', label: 'a', confidence: 2 / 3 });
    expect(decideMajority(['c', 'c', 'c'], 3, 5)).toEqual({ state: 'final', label: 'c', confidence: 1 });
  });

  it('waits on a tie for more answers', () => {
    expect(decideMajority(['a', 'b', 'c'], 3, 5)).toEqual({ state: 'open' });
    expect(decideMajority(['a', 'b', 'a', 'b'], 3, 5)).toEqual({ state: 'open' });
  });

  it('gives up as uncertain on a tie at the maximum', () => {
    expect(decideMajority(['a', 'b'], 2, 2)).toEqual({ state: 'final_uncertain', label: null, confidence: 0.5 });
  });
});

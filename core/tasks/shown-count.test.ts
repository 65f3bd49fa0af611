import { shownCount } from './shown-count';

describe('shownCount', () => {
  it.each([
    // gold, real count, target, after the member's answer, shown
    [false, 0, 3, false, 0],
    [false, 2, 3, false, 2],
    [false, 3, 3, true, 3],
    [false, 4, 3, true, 4],
    [true, 0, 3, false, 0],
    [true, 1, 3, false, 1],
    [true, 57, 3, false, 1],
    [true, 1, 3, true, 1],
    [true, 2, 3, true, 2],
    [true, 58, 3, true, 2],
    [true, 40, 5, false, 3],
    [true, 41, 5, true, 4],
    [true, 9, 1, false, 0],
    [true, 9, 1, true, 1],
  ])('gold %s, %d answers of %d, answered %s: shows %d', (gold, count, target, answered, shown) => {
    expect(shownCount(gold, count, target, answered)).toBe(shown);
  });

  it('never shows a gold task at or past its target before the answer', () => {
    for (let target = 2; target <= 9; target++) for (let n = 0; n < 100; n++) expect(shownCount(true, n, target, false)).toBeLessThanOrEqual(target - 2);
  });
});

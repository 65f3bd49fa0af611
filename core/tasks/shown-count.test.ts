import { shownCount } from './shown-count';

describe('shownCount', () => {
  it.each([
    // real count, target, after the member's answer, shown
    [0, 3, false, 0],
    [1, 3, false, 1],
    [2, 3, false, 2],
    [3, 3, false, 2],
    [57, 3, false, 2],
    [1, 3, true, 1],
    [2, 3, true, 2],
    [3, 3, true, 3],
    [4, 3, true, 3],
    [58, 3, true, 3],
    [40, 5, false, 4],
    [41, 5, true, 5],
    [9, 1, false, 0],
    [9, 1, true, 1],
    [0, 1, false, 0],
  ])('%d answers of %d, answered %s: shows %d', (count, target, answered, shown) => {
    expect(shownCount(count, target, answered)).toBe(shown);
  });

  it('shows a card below its target and a reply at most at it, whatever the real count', () => {
    for (let target = 1; target <= 9; target++)
      for (let n = 0; n < 100; n++) {
        expect(shownCount(n, target, false)).toBeLessThanOrEqual(target - 1);
        if (n > 0) expect(shownCount(n, target, true)).toBeLessThanOrEqual(target);
      }
  });

  it('reads the same for a regular task the answer completes and a gold task far past its target', () => {
    // A regular task at 2 of 3 before the answer, 3 after; a gold task at 57 and 58.
    expect([shownCount(2, 3, false), shownCount(3, 3, true)]).toEqual([shownCount(57, 3, false), shownCount(58, 3, true)]);
  });

  it('moves up by one with the member’s answer', () => {
    for (let target = 1; target <= 6; target++) for (let n = 0; n < 20; n++) expect(shownCount(n + 1, target, true)).toBe(shownCount(n, target, false) + 1);
  });
});

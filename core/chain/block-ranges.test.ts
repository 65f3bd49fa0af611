import { blockRanges } from './block-ranges';

describe('event search ranges', () => {
  it.each<[number, number, number, [number, number][]]>([
    [0, 9, 10, [[0, 9]]],
    [0, 10, 10, [[0, 9], [10, 10]]],
    [100, 2599, 1000, [[100, 1099], [1100, 2099], [2100, 2599]]],
    [5, 4, 10, []],
    [-3, 1, 10, [[0, 1]]],
  ])('from %i to %i in spans of %i', (from, to, span, ranges) => {
    expect(blockRanges(from, to, span)).toEqual(ranges);
  });
});

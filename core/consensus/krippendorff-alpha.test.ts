import { confusionMatrix, krippendorffAlpha } from './krippendorff-alpha';

/** Units as columns of coders' rows ('' missing), the way Krippendorff's papers print them. */
const byColumns = (rows: string[][]): string[][] => rows[0]!.map((_, u) => rows.map((r) => r[u]!).filter((v) => v !== ''));

describe('krippendorffAlpha (nominal)', () => {
  it.each([
    {
      name: 'two observers, binary, ten units (Krippendorff 2011, example A): 0.095',
      units: byColumns([
        ['0', '1', '0', '0', '0', '0', '0', '0', '1', '0'],
        ['1', '1', '1', '0', '0', '1', '0', '0', '0', '0'],
      ]),
      alpha: 0.095,
    },
    {
      name: 'four observers, five values, missing data, twelve units (Krippendorff 2011, example C): 0.743',
      units: byColumns([
        ['1', '2', '3', '3', '2', '1', '4', '1', '2', '', '', ''],
        ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', '', '3'],
        ['', '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', ''],
        ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', ''],
      ]),
      alpha: 0.743,
    },
    { name: 'full agreement with variation: 1', units: [['a', 'a'], ['b', 'b', 'b'], ['c', 'c']], alpha: 1 },
    // n = 6, 3 a and 3 b: 1 - (6 - 1) * 6 / (2 * 3 * 3) = -2/3.
    { name: 'every pair disagrees: below 0', units: [['a', 'b'], ['b', 'a'], ['a', 'b']], alpha: -2 / 3 },
  ])('$name', ({ units, alpha }) => {
    expect(krippendorffAlpha(units)).toBeCloseTo(alpha, 3);
  });

  it.each([
    { name: 'no units', units: [] as string[][] },
    { name: 'only single values (nothing pairs)', units: [['a'], ['b']] },
    { name: 'one value everywhere (no variation)', units: [['a', 'a'], ['a', 'a', 'a']] },
  ])('is undefined (null) with $name', ({ units }) => {
    expect(krippendorffAlpha(units)).toBeNull();
  });
});

describe('confusionMatrix', () => {
  it('counts answers (columns) against the consensus (rows), ignoring labels outside the list', () => {
    const pairs = [
      { answer: 'cat', consensus: 'cat' },
      { answer: 'dog', consensus: 'cat' },
      { answer: 'dog', consensus: 'dog' },
      { answer: 'dog', consensus: 'dog' },
      { answer: 'bird', consensus: 'dog' },
    ];
    expect(confusionMatrix(['cat', 'dog'], pairs)).toEqual([
      [1, 1],
      [0, 2],
    ]);
  });
});

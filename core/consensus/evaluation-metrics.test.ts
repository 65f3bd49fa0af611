import { kendallTauB, labelSetScores, spearmanRho } from './evaluation-metrics';

describe('rank correlations', () => {
  // Expected values from scipy.stats.spearmanr and kendalltau(variant='b').
  it.each<[string, number[], number[], number, number]>([
    ['identical order', [1, 2, 3, 4], [10, 20, 30, 40], 1, 1],
    ['reversed order', [1, 2, 3, 4], [4, 3, 2, 1], -1, -1],
    ['a tie on one side', [1, 2, 3, 4, 5], [5, 6, 7, 8, 7], 0.8207826816681233, 0.7378647873726218],
    ['ties on both sides', [1, 2, 2, 3], [1, 3, 2, 2], 0.5, 0.4],
    ['a weak relation with ties', [3, 1, 4, 1, 5, 9, 2, 6], [2, 7, 1, 8, 2, 8, 1, 8], 0.19885368120992467, 0.16051447078102563],
  ])('%s', (_, x, y, rho, tau) => {
    expect(spearmanRho(x, y)).toBeCloseTo(rho, 10);
    expect(kendallTauB(x, y)).toBeCloseTo(tau, 10);
  });

  it('is NaN where one side is constant or there is a single pair', () => {
    expect(spearmanRho([1, 2, 3], [5, 5, 5])).toBeNaN();
    expect(kendallTauB([1, 2, 3], [5, 5, 5])).toBeNaN();
    expect(spearmanRho([1], [2])).toBeNaN();
  });

  it('refuses samples of different lengths', () => {
    expect(() => spearmanRho([1, 2], [1])).toThrow(RangeError);
    expect(() => kendallTauB([1, 2], [1])).toThrow(RangeError);
  });
});

describe('labelSetScores', () => {
  it.each<[string, number[][], (number[] | null)[], { microF1: number; macroF1: number; exactMatch: number; tasks: number }]>([
    ['all right', [[0, 1], [], [2]], [[1, 0], [], [2]], { microF1: 1, macroF1: 1, exactMatch: 1, tasks: 3 }],
    // label 0: F1 1; label 1: tp 1, fp 1 -> 2/3; label 2: tp 1, fn 1 -> 2/3; pooled tp 3, fp 1, fn 1 -> 0.75.
    ['one extra and one missing label', [[0, 1], [1], [], [2]], [[0], [1, 2], [], [2]], { microF1: 0.75, macroF1: (1 + 2 / 3 + 2 / 3) / 3, exactMatch: 0.5, tasks: 4 }],
    ['a task without truth is skipped', [[0], [5]], [[0], null], { microF1: 1, macroF1: 1, exactMatch: 1, tasks: 1 }],
    // label 0: F1 0 (all missed), label 1: F1 0 (all false): a rare label weighs as much as a common one in the macro mean.
    ['nothing right', [[1], []], [[0], [0]], { microF1: 0, macroF1: 0, exactMatch: 0, tasks: 2 }],
    ['empty prediction of an empty truth is an exact match', [[], [3]], [[], [3]], { microF1: 1, macroF1: 1, exactMatch: 1, tasks: 2 }],
  ])('%s', (_, predicted, truth, expected) => {
    const s = labelSetScores(predicted, truth);
    expect(s.tasks).toBe(expected.tasks);
    expect(s.microF1).toBeCloseTo(expected.microF1, 12);
    expect(s.macroF1).toBeCloseTo(expected.macroF1, 12);
    expect(s.exactMatch).toBeCloseTo(expected.exactMatch, 12);
  });

  it('weighs labels equally in the macro mean but answers equally in the micro mean', () => {
    // Label 0 right on 9 tasks; label 1 missed on the only task that has it.
    const predicted = [...Array.from({ length: 9 }, () => [0]), []];
    const truth = [...Array.from({ length: 9 }, () => [0]), [1]];
    const s = labelSetScores(predicted, truth);
    expect(s.microF1).toBeCloseTo(18 / 19, 12);
    expect(s.macroF1).toBeCloseTo(0.5, 12);
  });

  it('is NaN when no task has a truth', () => {
    expect(labelSetScores([[0]], [null]).microF1).toBeNaN();
  });
});

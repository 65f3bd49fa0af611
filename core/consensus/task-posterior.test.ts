import { balancedAccuracy, DEFAULT_RATER_ACCURACY, taskPosterior } from './task-posterior';

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

describe('single-task posterior', () => {
  it('is uniform without votes and uniform priors', () => {
    expect(Array.from(taskPosterior(3, []))).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('matches the hand computation for raters without history', () => {
    // Two votes for 0 and one for 1, 3 classes, accuracy 0.7, errors 0.15 each:
    // class 0: 0.7 * 0.7 * 0.15, class 1: 0.15 * 0.15 * 0.7, class 2: 0.15^3.
    const a = DEFAULT_RATER_ACCURACY;
    const e = (1 - a) / 2;
    const raw = [a * a * e, e * e * a, e * e * e];
    const z = sum(raw);
    const p = taskPosterior(3, [{ label: 0 }, { label: 0 }, { label: 1 }]);
    raw.forEach((r, k) => expect(p[k]).toBeCloseTo(r / z, 12));
  });

  it('uses learned confusion rows and the class priors', () => {
    // A rater that always says 0 whatever the truth carries no information: the priors decide.
    const constant = [
      [1, 0],
      [1, 0],
    ];
    const p = taskPosterior(2, [{ label: 0, confusion: constant }], [0.25, 0.75]);
    expect(p[0]).toBeCloseTo(0.25, 12);
    expect(p[1]).toBeCloseTo(0.75, 12);
  });

  it('lets an expert outvote two raters without history', () => {
    const expert = [
      [0.99, 0.01],
      [0.01, 0.99],
    ];
    const p = taskPosterior(2, [{ label: 1, confusion: expert }, { label: 0 }, { label: 0 }]);
    expect(p[1]).toBeGreaterThan(0.9);
    expect(sum(p)).toBeCloseTo(1, 12);
  });

  it('ignores a vote outside the classes and a confusion of the wrong size', () => {
    expect(Array.from(taskPosterior(2, [{ label: 5 }]))).toEqual([0.5, 0.5]);
    const p = taskPosterior(2, [{ label: 0, confusion: [[1]] }]);
    expect(p[0]).toBeCloseTo(0.7, 12);
  });
});

describe('balanced accuracy', () => {
  it('is chance for a constant answerer and high for an expert', () => {
    expect(balancedAccuracy([[1, 0], [1, 0]])).toBe(0.5);
    expect(balancedAccuracy([[0.9, 0.1, 0], [0.05, 0.9, 0.05], [0, 0.1, 0.9]])).toBeCloseTo(0.9, 12);
    expect(balancedAccuracy([])).toBe(0);
  });
});

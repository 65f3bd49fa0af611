import { predictLogisticRegression, softmaxInPlace, trainLogisticRegression } from './logistic-regression';

describe('trainLogisticRegression', () => {
  // Two features, three classes, each class owning a corner.
  const x = Float32Array.from([1, 0, 0.9, 0.1, 0, 1, 0.1, 0.9, 0, 0, 0.05, 0.05]);
  const y = Int32Array.from([0, 0, 1, 1, 2, 2]);

  it('separates separable classes', () => {
    const m = trainLogisticRegression(x, y, 2, 3, { iterations: 2000 });
    for (let i = 0; i < y.length; i++) {
      const p = predictLogisticRegression(m, x.subarray(i * 2, i * 2 + 2), 3);
      expect(p.indexOf(Math.max(...p))).toBe(y[i]);
    }
  });

  it('is deterministic: the same data gives the same weights', () => {
    const a = trainLogisticRegression(x, y, 2, 3, { iterations: 50 });
    const b = trainLogisticRegression(x, y, 2, 3, { iterations: 50 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(Array.from(a.bias)).toEqual(Array.from(b.bias));
  });

  it('learns the class priors in the bias when features say nothing', () => {
    const m = trainLogisticRegression(new Float32Array(4), Int32Array.from([0, 0, 0, 1]), 1, 2, { iterations: 3000 });
    const p = predictLogisticRegression(m, new Float32Array(1), 2);
    expect(p[0]).toBeCloseTo(0.75, 2);
  });

  it('refuses a label out of range', () => {
    expect(() => trainLogisticRegression(new Float32Array(2), Int32Array.from([0, 3]), 1, 2)).toThrow('not a class index');
  });
});

describe('softmaxInPlace', () => {
  it('normalises without overflow on large logits', () => {
    const a = Float64Array.from([1000, 1000, 0]);
    softmaxInPlace(a, 0, 3);
    expect(a[0]).toBeCloseTo(0.5, 12);
    expect(a[2]).toBe(0);
  });
});

import { poissonSample, SMALL_MEAN } from './poisson-sample';
import { seededRandom } from './seeded-random';

const DRAWS = 20_000;

function moments(mean: number, seed: number): { mean: number; variance: number; min: number } {
  const random = seededRandom(seed);
  let sum = 0;
  let sq = 0;
  let min = Infinity;
  for (let i = 0; i < DRAWS; i++) {
    const k = poissonSample(mean, random);
    sum += k;
    sq += k * k;
    min = Math.min(min, k);
  }
  const m = sum / DRAWS;
  return { mean: m, variance: sq / DRAWS - m * m, min };
}

describe('poissonSample', () => {
  it.each([0.3, 1, 4.5, 12, SMALL_MEAN - 1, SMALL_MEAN, 200, 5000])('has mean and variance close to %p over many draws', (mean) => {
    const m = moments(mean, 11);
    // Five standard errors of the sample mean, and 6 % on the variance (its standard error is about 1 %).
    expect(Math.abs(m.mean - mean)).toBeLessThan(5 * Math.sqrt(mean / DRAWS));
    expect(Math.abs(m.variance / mean - 1)).toBeLessThan(0.06);
    expect(m.min).toBeGreaterThanOrEqual(0);
  });

  it('matches the Poisson probabilities of small counts (exact branch)', () => {
    const random = seededRandom(5);
    const seen = new Array<number>(8).fill(0);
    for (let i = 0; i < DRAWS; i++) {
      const k = poissonSample(2, random);
      if (k < seen.length) seen[k]! += 1;
    }
    let p = Math.exp(-2);
    for (let k = 0; k < seen.length; k++) {
      expect(Math.abs(seen[k]! / DRAWS - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / DRAWS) + 1e-4);
      p *= 2 / (k + 1);
    }
  });

  it('returns whole numbers, 0 for a mean of 0, and the same draws for a seed', () => {
    const a = seededRandom(3);
    const b = seededRandom(3);
    for (const mean of [0, 0.5, 7, 40, 900]) {
      const x = poissonSample(mean, a);
      expect(Number.isInteger(x)).toBe(true);
      expect(poissonSample(mean, b)).toBe(x);
    }
    expect(poissonSample(0, seededRandom(1))).toBe(0);
  });

  it.each([-1, Number.NaN, Infinity])('refuses a mean of %p', (mean) => {
    expect(() => poissonSample(mean, seededRandom(1))).toThrow(RangeError);
  });
});

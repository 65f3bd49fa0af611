/**
 * A draw from Poisson(mean) with a given uniform source, for the Poisson bootstrap
 * (bradley-terry.ts). Exact below SMALL_MEAN by Knuth's product of uniforms, whose cost
 * grows with the mean; above it the normal approximation N(mean, mean), rounded and
 * clamped at 0, whose error is small next to the bootstrap's own at such counts.
 */
export const SMALL_MEAN = 30;

/** A standard normal draw by Box-Muller; `1 - random()` keeps the logarithm's argument in (0, 1]. */
export function normalSample(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** @throws RangeError for a negative or non-finite mean */
export function poissonSample(mean: number, random: () => number): number {
  if (!(mean >= 0 && Number.isFinite(mean))) throw new RangeError(`Poisson mean must be finite and non-negative, got ${mean}`);
  if (mean === 0) return 0;
  if (mean < SMALL_MEAN) {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = random();
    while (product > limit) {
      k++;
      product *= random();
    }
    return k;
  }
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * normalSample(random)));
}

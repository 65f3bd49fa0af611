import { bradleyTerry } from './bradley-terry';
import { crowdBradleyTerry, type CrowdComparison } from './crowd-bradley-terry';
import { spearmanRho } from './evaluation-metrics';
import { seededRandom } from './seeded-random';

type Kind = 'careful' | 'left' | 'coin' | 'leftish' | 'adversary';

/**
 * `count` comparisons of `items` items with log-strengths spread evenly over [-2, 2] (item 0
 * the weakest), by workers of the given kinds drawn uniformly: careful ones answer by
 * Bradley-Terry, `left` always pick the left item, `coin` flip a coin, `leftish` pick left 80 %
 * of the time and otherwise answer carefully, `adversary` answer against the model.
 */
function crowd(seed: number, items: number, count: number, kinds: Kind[]): { truth: number[]; comparisons: CrowdComparison[] } {
  const random = seededRandom(seed);
  const truth = Array.from({ length: items }, (_, i) => -2 + (4 * i) / (items - 1));
  const comparisons: CrowdComparison[] = [];
  for (let c = 0; c < count; c++) {
    const a = Math.floor(random() * items);
    let b = Math.floor(random() * (items - 1));
    if (b >= a) b++;
    const worker = Math.floor(random() * kinds.length);
    const leftWins = random() < 1 / (1 + Math.exp(truth[b]! - truth[a]!));
    const u = random();
    const kind = kinds[worker]!;
    const pickLeft = kind === 'careful' ? leftWins : kind === 'left' ? true : kind === 'coin' ? u < 0.5 : kind === 'leftish' ? u < 0.8 || leftWins : !leftWins;
    comparisons.push({ worker, a, b, outcome: pickLeft ? 'a' : 'b' });
  }
  return { truth, comparisons };
}

const repeat = <T>(n: number, x: T): T[] => Array.from({ length: n }, () => x);
// 12 careful workers, 4 always-left, 3 left-leaning, 3 coin flippers.
const MIXED: Kind[] = [...repeat<Kind>(12, 'careful'), ...repeat<Kind>(4, 'left'), ...repeat<Kind>(3, 'leftish'), ...repeat<Kind>(3, 'coin')];

describe('crowdBradleyTerry', () => {
  it('ranks better than plain Bradley-Terry when some workers click left or at random', () => {
    const { truth, comparisons } = crowd(16, 30, 1500, MIXED);
    const fit = crowdBradleyTerry({ items: 30, workers: MIXED.length, comparisons });
    const plain = new Array<number>(30);
    for (const m of bradleyTerry(30, comparisons, { resamples: 0 })) plain[m.model] = m.score;
    const ours = spearmanRho(Array.from(fit.strengths), truth);
    expect(ours).toBeGreaterThan(spearmanRho(plain, truth) + 0.01);
    expect(ours).toBeGreaterThan(0.95);
    expect(fit.converged).toBe(true);
  });

  it('learns who is careful, who clicks left and who flips a coin', () => {
    const { comparisons } = crowd(17, 30, 3000, MIXED);
    const { discrimination: a, bias: h } = crowdBradleyTerry({ items: 30, workers: MIXED.length, comparisons });
    const careful = Math.min(...MIXED.flatMap((kind, w) => (kind === 'careful' ? [a[w]!] : [])));
    MIXED.forEach((kind, w) => {
      if (kind === 'careful') {
        expect(a[w]).toBeGreaterThan(0.6);
        expect(Math.abs(h[w]!)).toBeLessThan(1);
      } else if (kind === 'left') expect(h[w]).toBeGreaterThan(2.5);
      else if (kind === 'leftish') {
        // Their 20 % careful answers still say something, less than a careful worker's.
        expect(h[w]).toBeGreaterThan(1);
        expect(a[w]).toBeLessThan(careful);
      } else expect(Math.abs(a[w]!)).toBeLessThan(Math.min(0.5, careful / 2));
    });
  });

  it('gives a worker who answers against the ranking a negative discrimination, and keeps the order', () => {
    const kinds: Kind[] = [...repeat<Kind>(6, 'careful'), 'adversary', 'adversary'];
    const { truth, comparisons } = crowd(18, 20, 1200, kinds);
    const fit = crowdBradleyTerry({ items: 20, workers: kinds.length, comparisons });
    expect(fit.discrimination[6]).toBeLessThan(0);
    expect(fit.discrimination[7]).toBeLessThan(0);
    expect(spearmanRho(Array.from(fit.strengths), truth)).toBeGreaterThan(0.95);
  });

  it('orders items as plain Bradley-Terry does when every worker is careful', () => {
    const kinds = repeat<Kind>(5, 'careful');
    const { comparisons } = crowd(19, 8, 2000, kinds);
    const fit = crowdBradleyTerry({ items: 8, workers: 5, comparisons });
    const order = Array.from(fit.strengths, (s, i) => [s, i] as const)
      .sort((x, y) => y[0] - x[0])
      .map(([, i]) => i);
    expect(order).toEqual(bradleyTerry(8, comparisons, { resamples: 0 }).map((m) => m.model));
  });

  it.each<[string, CrowdComparison['outcome']]>([
    ['ties', 'tie'],
    ['"both bad"', 'both_bad'],
  ])('scores two items alike when all their comparisons are %s', (_, outcome) => {
    const comparisons: CrowdComparison[] = [...repeat(10, { worker: 0, a: 0, b: 1, outcome }), ...repeat(10, { worker: 1, a: 1, b: 0, outcome })];
    const fit = crowdBradleyTerry({ items: 2, workers: 2, comparisons });
    expect(fit.strengths[0]).toBeCloseTo(fit.strengths[1]!, 6);
  });

  it('explains a left-clicker by their bias, not by the items, and leaves h at 0 when told to', () => {
    // Worker 0 prefers item 1 either side; worker 1 always picks the left item.
    const comparisons: CrowdComparison[] = [
      ...repeat(20, { worker: 0, a: 0, b: 1, outcome: 'b' as const }),
      ...repeat(20, { worker: 0, a: 1, b: 0, outcome: 'a' as const }),
      ...repeat(40, { worker: 1, a: 0, b: 1, outcome: 'a' as const }),
    ];
    const biased = crowdBradleyTerry({ items: 2, workers: 2, comparisons });
    expect(biased.strengths[1]! - biased.strengths[0]!).toBeGreaterThan(1);
    expect(biased.bias[1]).toBeGreaterThan(1.5);
    const unbiased = crowdBradleyTerry({ items: 2, workers: 2, comparisons }, { positionBias: false });
    expect(Array.from(unbiased.bias)).toEqual([0, 0]);
    // Without h, worker 1's forty lefts can only be read as a preference for item 0 or as noise.
    expect(unbiased.strengths[1]! - unbiased.strengths[0]!).toBeLessThan(biased.strengths[1]! - biased.strengths[0]!);
  });

  it('is deterministic, and gives NaN to an item without comparisons', () => {
    const { comparisons } = crowd(20, 6, 300, MIXED);
    const input = { items: 7, workers: MIXED.length, comparisons };
    const fit = crowdBradleyTerry(input);
    expect(crowdBradleyTerry(input)).toEqual(fit);
    expect(fit.strengths[6]).toBeNaN();
    expect(Array.from(fit.strengths.subarray(0, 6)).every(Number.isFinite)).toBe(true);
  });

  it('stops at the iteration cap and says it did not converge', () => {
    const { comparisons } = crowd(21, 10, 500, MIXED);
    const fit = crowdBradleyTerry({ items: 10, workers: MIXED.length, comparisons }, { maxIterations: 1 });
    expect(fit.iterations).toBe(1);
    expect(fit.converged).toBe(false);
  });

  it.each<[string, CrowdComparison]>([
    ['an item out of range', { worker: 0, a: 0, b: 3, outcome: 'a' }],
    ['an item against itself', { worker: 0, a: 1, b: 1, outcome: 'a' }],
    ['a worker out of range', { worker: 2, a: 0, b: 1, outcome: 'a' }],
  ])('throws a RangeError for %s', (_, comparison) => {
    expect(() => crowdBradleyTerry({ items: 3, workers: 2, comparisons: [comparison] })).toThrow(RangeError);
  });
});

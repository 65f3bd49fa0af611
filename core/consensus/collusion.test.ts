import { agreementLinks, binomialTail, expectedAgreement, suspectColluders } from './collusion';
import { seededRandom } from './seeded-random';

/** A campaign: `farm` accounts copy one answer (wrong on gold); `honest` accounts are 90 % right; every 5th task is gold. */
function community(o: { tasks: number; farm: number[]; honest: number[]; perTask: number; seed: number }) {
  const rand = seededRandom(o.seed);
  const task: number[] = [];
  const worker: number[] = [];
  const label: number[] = [];
  const gold = new Array<number>(o.tasks).fill(-1);
  for (let t = 0; t < o.tasks; t++) {
    const truth = Math.floor(rand() * 3);
    if (t % 5 === 0) gold[t] = truth;
    const copied = t % 5 === 0 ? (truth + 1) % 3 : Math.floor(rand() * 3);
    // Farm tasks and honest tasks alternate; each gets `perTask` accounts of its kind.
    const pool = t % 2 === 0 ? o.farm : o.honest;
    const picked = new Set<number>();
    while (picked.size < o.perTask) picked.add(pool[Math.floor(rand() * pool.length)]!);
    for (const w of picked) {
      task.push(t);
      worker.push(w);
      label.push(pool === o.farm ? copied : rand() < 0.9 ? truth : (truth + 1 + Math.floor(rand() * 2)) % 3);
    }
  }
  return { tasks: o.tasks, classes: 3, task, worker, label, gold };
}

describe('collusion signal', () => {
  it('computes the binomial tail and the agreement of independent raters', () => {
    expect(binomialTail(0, 10, 0.3)).toBe(1);
    expect(binomialTail(10, 10, 0.5)).toBeCloseTo(1 / 1024, 12);
    expect(binomialTail(9, 10, 0.5)).toBeCloseTo(11 / 1024, 12);
    expect(binomialTail(11, 10, 0.5)).toBe(0);
    expect(expectedAgreement(1 / 3, 1 / 3, 3)).toBeCloseTo(1 / 3, 12);
    expect(expectedAgreement(1, 1, 3)).toBe(1);
  });

  it('suspects a pair that agrees on every one of many shared tasks far beyond its skills, without any gold', () => {
    const T = 30;
    const task: number[] = [];
    const worker: number[] = [];
    const label: number[] = [];
    for (let t = 0; t < T; t++) {
      for (const w of [0, 1, 2]) {
        task.push(t);
        worker.push(w);
        label.push(w === 2 ? t % 3 : (t * 2) % 3);
      }
    }
    const input = { tasks: T, classes: 3, task, worker, label, gold: new Array(T).fill(-1) };
    expect(Array.from(suspectColluders(input, 3, 0.4333, [0.4, 0.4, 0.8]))).toEqual([1, 1, 0]);
    // The same agreement from two accounts the fit finds excellent is what excellent members do.
    expect(Array.from(suspectColluders(input, 3, 0.4333, [0.97, 0.97, 0.8]))).toEqual([0, 0, 0]);
  });

  it('suspects a farm whose accounts agree on every shared task and together clearly fail the gold, and no honest member', () => {
    const farm = Array.from({ length: 10 }, (_, i) => i);
    const honest = Array.from({ length: 10 }, (_, i) => 10 + i);
    const input = community({ tasks: 200, farm, honest, perTask: 3, seed: 5 });
    const flags = Array.from(suspectColluders(input, 20, 0.4333, new Array(20).fill(0.85)));
    expect(flags.slice(0, 10)).toEqual(new Array(10).fill(1));
    expect(flags.slice(10)).toEqual(new Array(10).fill(0));
  });

  it('never suspects accounts that agree on tasks without gold: agreement alone proves nothing', () => {
    // Three friends give the same answer to five tasks.
    const task = [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4];
    const worker = [0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2];
    const label = new Array(15).fill(0);
    const input = { tasks: 5, classes: 3, task, worker, label, gold: [-1, -1, -1, -1, -1] };
    expect(agreementLinks(input, 3).map((l) => l.length)).toEqual([2, 2, 2]);
    expect(Array.from(suspectColluders(input, 3, 0.4333, [0.6, 0.6, 0.6]))).toEqual([0, 0, 0]);
  });

  it('links only accounts with enough shared tasks, and ignores workers past the members', () => {
    const task = [0, 0, 0, 1, 1, 1];
    const worker = [0, 1, 2, 0, 1, 2];
    const label = [1, 1, 1, 2, 2, 2];
    expect(agreementLinks({ tasks: 2, classes: 3, task, worker, label }, 2)).toEqual([[], []]);
  });
});

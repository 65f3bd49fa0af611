import { agreementCandidates, binomialTail, expectedAgreement, suspectColluders } from './collusion';
import { seededRandom } from './seeded-random';

describe('collusion signal', () => {
  it('computes the binomial tail', () => {
    expect(binomialTail(0, 10, 0.3)).toBe(1);
    expect(binomialTail(10, 10, 0.5)).toBeCloseTo(1 / 1024, 12);
    expect(binomialTail(9, 10, 0.5)).toBeCloseTo(11 / 1024, 12);
    expect(binomialTail(11, 10, 0.5)).toBe(0);
  });

  it('expects two chance-level raters to agree at chance and two perfect ones always', () => {
    expect(expectedAgreement(1 / 3, 1 / 3, 3)).toBeCloseTo(1 / 3, 12);
    expect(expectedAgreement(1, 1, 3)).toBe(1);
  });

  it('flags accounts that copy one answer on every shared task, and not good independent members who share as many', () => {
    const rand = seededRandom(7);
    const task: number[] = [];
    const worker: number[] = [];
    const label: number[] = [];
    const T = 40;
    for (let t = 0; t < T; t++) {
      const truth = Math.floor(rand() * 3);
      const copied = Math.floor(rand() * 3);
      // Workers 0 and 1 copy one random answer; 2 and 3 are independent and 90 % right.
      for (const w of [0, 1]) task.push(t), worker.push(w), label.push(copied);
      for (const w of [2, 3]) task.push(t), worker.push(w), label.push(rand() < 0.9 ? truth : (truth + 1) % 3);
    }
    const flags = suspectColluders({ tasks: T, classes: 3, task, worker, label, skill: [0.5, 0.5, 0.85, 0.85] });
    expect(Array.from(flags)).toEqual([1, 1, 0, 0]);
  });

  it('flags a farm whose accounts each share few tasks with any one other but agree with everyone on every task they answer', () => {
    const rand = seededRandom(3);
    const task: number[] = [];
    const worker: number[] = [];
    const label: number[] = [];
    const T = 200;
    // Workers 0..9 are a farm: three of them on each task, copying one answer. Workers 10..19
    // are honest and 90 % right, three on each other task.
    for (let t = 0; t < T; t++) {
      const truth = Math.floor(rand() * 3);
      const copied = Math.floor(rand() * 3);
      const base = t % 2 === 0 ? 0 : 10;
      for (let r = 0; r < 3; r++) {
        task.push(t);
        worker.push(base + ((t * 7 + r * 3) % 10));
        label.push(base === 0 ? copied : rand() < 0.9 ? truth : (truth + 1 + Math.floor(rand() * 2)) % 3);
      }
    }
    const input = { tasks: T, classes: 3, task, worker, label };
    // From the answers alone the farm stands out (every task it answers is unanimous); so
    // may a lucky honest worker, which is why candidates only get a closer look.
    expect(Array.from(agreementCandidates(input, 20)).slice(0, 10)).toEqual(new Array(10).fill(1));
    // Skills from a fit without the candidates: the farm's answers tell nothing of the truth.
    const skill = Array.from({ length: 20 }, (_, w) => (w < 10 ? 0.4 : 0.85));
    const flags = Array.from(suspectColluders({ ...input, skill }));
    expect(flags.slice(0, 10)).toEqual(new Array(10).fill(1));
    expect(flags.slice(10)).toEqual(new Array(10).fill(0));
  });

  it('needs enough shared tasks before it says anything, and ignores workers past the members', () => {
    const task = [0, 0, 0, 1, 1, 1];
    const worker = [0, 1, 2, 0, 1, 2];
    const label = [1, 1, 1, 2, 2, 2];
    expect(Array.from(suspectColluders({ tasks: 2, classes: 3, task, worker, label, skill: [0.34, 0.34] }))).toEqual([0, 0]);
  });
});

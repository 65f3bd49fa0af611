import { fitLabelSets } from './label-set-fit';
import type { MultiLabelAnswer } from './multi-label';
import { seededRandom } from './seeded-random';

/** 80 items, 4 labels; workers 0-7 tick each label right 90 % of the time, 8-9 tick at random. */
function crowd(seed: number) {
  const rand = seededRandom(seed);
  const T = 80;
  const L = 4;
  const truth = Array.from({ length: T }, () => Array.from({ length: L }, (_, l) => (rand() < [0.5, 0.3, 0.2, 0.6][l]! ? 1 : 0)));
  const answers: MultiLabelAnswer[] = [];
  for (let t = 0; t < T; t++) {
    for (let k = 0; k < 5; k++) {
      const worker = (t + k * 2) % 10;
      const labels: number[] = [];
      for (let l = 0; l < L; l++) {
        const right = worker < 8 ? rand() < 0.9 : rand() < 0.5;
        if ((truth[t]![l] === 1) === right) labels.push(l);
      }
      answers.push({ task: t, worker, labels });
    }
  }
  const setOf = (t: number) => truth[t]!.flatMap((v, l) => (v ? [l] : []));
  return { T, L, truth, answers, setOf };
}

describe('fitLabelSets', () => {
  it.each(['dawid_skene', 'one_coin', 'majority'] as const)('recovers the known sets and tells the spammers apart (%s)', (mode) => {
    const c = crowd(7);
    const gold = new Map([0, 1, 2, 3].map((t) => [t, c.setOf(t)] as const));
    const fit = fitLabelSets({ tasks: c.T, workers: 10, labels: c.L, answers: c.answers, gold }, mode, 50);
    let right = 0;
    for (let t = 0; t < c.T; t++) for (let l = 0; l < c.L; l++) right += ((fit.mask[t]! >>> l) & 1) === c.truth[t]![l] ? 1 : 0;
    expect(right / (c.T * c.L)).toBeGreaterThan(0.93);
    // Gold clamps every label of its task.
    for (let t = 0; t < 4; t++) expect(fit.mask[t]).toBe(c.setOf(t).reduce((m, l) => m | (1 << l), 0));
    const honest = Math.min(...Array.from(fit.skill.subarray(0, 8)));
    const spam = Math.max(...Array.from(fit.skill.subarray(8)));
    expect(honest).toBeGreaterThan(spam);
    // A majority vote counts the spammer's own ticks in the consensus it is compared with.
    if (mode !== 'majority') expect(spam).toBeLessThan(0.6);
    expect(fit.confusionOf(0)).toHaveLength(c.L);
    expect(fit.confusionOf(0)[0]).toHaveLength(4);
    expect(fit.prevalence).toHaveLength(c.L);
  });

  it('counts gold answers per answer, right when the set matches the gold set', () => {
    const answers = [
      { task: 0, worker: 0, labels: [0, 1] },
      { task: 0, worker: 1, labels: [2, 3] },
      { task: 1, worker: 0, labels: [] },
    ];
    const fit = fitLabelSets({ tasks: 2, workers: 2, labels: 4, answers, gold: new Map([[0, [0]]]) }, 'majority', 10);
    expect(Array.from(fit.answers)).toEqual([2, 1]);
    expect(Array.from(fit.goldAnswers)).toEqual([1, 1]);
    // Worker 0 agrees on 3 of 4 labels (75 %); worker 1 on 1 of 4.
    expect(Array.from(fit.goldCorrect)).toEqual([1, 0]);
  });
});

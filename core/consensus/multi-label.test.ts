import { multiLabelConsensus, type MultiLabelAnswer } from './multi-label';

const answer = (task: number, worker: number, labels: number[]): MultiLabelAnswer => ({ task, worker, labels });

/**
 * 30 tasks, 4 labels, truth {t % 4} plus label 3 on every third task. Workers 0-2 answer the
 * truth except that worker t % 3 also ticks label (t + 1) % 4 on task t (one false positive,
 * never two on the same task); workers 3 and 4 are spammers who tick every label.
 */
function spammedSet() {
  const tasks = 30;
  const L = 4;
  const truth: number[][] = [];
  const answers: MultiLabelAnswer[] = [];
  for (let t = 0; t < tasks; t++) {
    const set = [...new Set([t % 4, ...(t % 3 === 0 ? [3] : [])])].sort((a, b) => a - b);
    truth.push(set);
    for (let w = 0; w < 3; w++) answers.push(answer(t, w, w === t % 3 ? [...new Set([...set, (t + 1) % 4])] : set));
    answers.push(answer(t, 3, [0, 1, 2, 3]), answer(t, 4, [0, 1, 2, 3]));
  }
  return { input: { tasks, workers: 5, labels: L, answers }, truth };
}

describe('multiLabelConsensus', () => {
  it('recovers every task’s label set despite two tick-everything spammers, where majority per label fails', () => {
    const { input, truth } = spammedSet();
    const ds = multiLabelConsensus(input);
    expect(ds.labelSets).toEqual(truth);
    const mv = multiLabelConsensus(input, { mode: 'majority' });
    // Two spammers plus one false positive make 3 of 5 votes on a label the task lacks.
    const mvExact = mv.labelSets.filter((s, t) => JSON.stringify(s) === JSON.stringify(truth[t])).length;
    expect(mvExact).toBeLessThan(truth.length / 2);
  });

  it('reports the posterior of "present" per label, high on the consensus labels and low elsewhere', () => {
    const { input, truth } = spammedSet();
    const { presence } = multiLabelConsensus(input);
    for (let t = 0; t < input.tasks; t++) {
      for (let l = 0; l < input.labels; l++) {
        const p = presence[t * input.labels + l]!;
        if (truth[t]!.includes(l)) expect(p).toBeGreaterThan(0.9);
        else expect(p).toBeLessThan(0.1);
      }
    }
  });

  it('learns per label that a spammer’s ticks carry no information', () => {
    const { input } = spammedSet();
    const { perLabel } = multiLabelConsensus(input);
    for (const fit of perLabel) {
      // Worker 3 ticks "present" whatever the truth: both confusion rows put ~1 on column 1.
      const c = fit.confusion.subarray(3 * 4, 4 * 4);
      expect(c[0 * 2 + 1]).toBeGreaterThan(0.9);
      expect(c[1 * 2 + 1]).toBeGreaterThan(0.9);
      expect(fit.workerAccuracy[0]).toBeGreaterThan(fit.workerAccuracy[3]!);
    }
  });

  // Worker 0 ticks label 0 on even tasks, worker 1 on odd tasks: without gold nothing tells them apart.
  const contested = (tasks: number) => {
    const answers: MultiLabelAnswer[] = [];
    for (let t = 0; t < tasks; t++) answers.push(answer(t, 0, t % 2 === 0 ? [0] : []), answer(t, 1, t % 2 === 1 ? [0, 1] : [1]));
    return { tasks, workers: 2, labels: 2, answers };
  };

  it('leaves a label out where two equally credible workers disagree and there is no gold', () => {
    const r = multiLabelConsensus(contested(20));
    for (let t = 0; t < 20; t++) expect(r.presence[t * 2]).toBeCloseTo(0.5, 6);
    expect(r.labelSets.every((s) => !s.includes(0))).toBe(true);
  });

  it('uses gold per label: gold sets siding with worker 0 on label 0 make the consensus follow worker 0', () => {
    const gold = new Map<number, number[]>([
      [0, [0]],
      [1, []],
      [2, [0]],
    ]);
    const r = multiLabelConsensus({ ...contested(20), gold });
    for (let t = 3; t < 20; t++) expect(r.labelSets[t]!.includes(0)).toBe(t % 2 === 0);
    // Gold says label 1 is absent on task 0 though worker 1 ticked it there: the gold pins it.
    expect(r.presence[0 * 2 + 1]).toBe(0);
    expect(r.labelSets[0]).toEqual([0]);
    expect(r.labelSets[1]).toEqual([]);
  });

  it.each<[string, MultiLabelAnswer[], number[][]]>([
    ['an empty answer counts as "absent" for every label', [answer(0, 0, []), answer(0, 1, []), answer(0, 2, [1])], [[]]],
    ['a label ticked by two of three is in the set', [answer(0, 0, [0, 1]), answer(0, 1, [1]), answer(0, 2, [2])], [[1]]],
    ['a one-to-one split is a coin toss and stays out', [answer(0, 0, [0]), answer(0, 1, [])], [[]]],
    ['a task nobody answered gets the empty set', [answer(1, 0, [2])], [[], [2]]],
    ['a label ticked twice in one answer counts once', [answer(0, 0, [2, 2]), answer(0, 1, []), answer(0, 2, [])], [[]]],
  ])('majority per label: %s', (_, answers, expected) => {
    const tasks = expected.length;
    expect(multiLabelConsensus({ tasks, workers: 3, labels: 3, answers }, { mode: 'majority' }).labelSets).toEqual(expected);
  });

  it('never puts in a label of the universe that nobody ticked', () => {
    const answers = [answer(0, 0, [0]), answer(0, 1, [0]), answer(1, 0, []), answer(1, 1, [1])];
    const r = multiLabelConsensus({ tasks: 2, workers: 2, labels: 3, answers });
    expect(r.labelSets.flat()).not.toContain(2);
    expect(r.presence[0 * 3 + 2]).toBeLessThan(0.5);
  });

  it.each<[string, Parameters<typeof multiLabelConsensus>[0]]>([
    ['a label outside the universe', { tasks: 1, workers: 1, labels: 2, answers: [answer(0, 0, [2])] }],
    ['an unknown worker', { tasks: 1, workers: 1, labels: 2, answers: [answer(0, 1, [0])] }],
    ['a gold label outside the universe', { tasks: 1, workers: 1, labels: 2, answers: [], gold: new Map([[0, [5]]]) }],
  ])('refuses %s', (_, input) => {
    expect(() => multiLabelConsensus(input)).toThrow(RangeError);
  });
});

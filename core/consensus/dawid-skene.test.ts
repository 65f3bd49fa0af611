import { join } from 'node:path';
import { accuracy, ConsensusInput, dawidSkene, majorityVote } from './dawid-skene';
import { loadCsvAnswers } from './load-csv-answers';
import { seededRandom as rng } from './seeded-random';

/** Builds the parallel arrays from [task, worker, label] triples. */
function answers(tasks: number, workers: number, classes: number, rows: [number, number, number][]): ConsensusInput {
  return {
    tasks,
    workers,
    classes,
    task: Int32Array.from(rows.map((r) => r[0])),
    worker: Int32Array.from(rows.map((r) => r[1])),
    label: Int32Array.from(rows.map((r) => r[2])),
  };
}

/** Workers 0..good-1 answer correctly with probability 0.85, the rest always answer 0. */
function synthetic(tasks: number, good: number, spammers: number, classes: number, seed: number) {
  const r = rng(seed);
  const truth = new Int32Array(tasks);
  const rows: [number, number, number][] = [];
  for (let t = 0; t < tasks; t++) {
    truth[t] = Math.floor(r() * classes);
    for (let w = 0; w < good + spammers; w++) {
      let l = 0;
      if (w < good) l = r() < 0.85 ? truth[t]! : (truth[t]! + 1 + Math.floor(r() * (classes - 1))) % classes;
      rows.push([t, w, l]);
    }
  }
  return { input: answers(tasks, good + spammers, classes, rows), truth };
}

describe('Dawid-Skene consensus', () => {
  // Two workers always agree with the truth; the third always says the other class.
  const contrarian = (() => {
    const rows: [number, number, number][] = [];
    for (let t = 0; t < 10; t++) {
      const truth = t % 2;
      rows.push([t, 0, truth], [t, 1, truth], [t, 2, 1 - truth]);
    }
    return answers(10, 3, 2, rows);
  })();

  it('trusts the two agreeing workers and learns the third is wrong', () => {
    const r = dawidSkene(contrarian);
    expect(Array.from(r.labels)).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
    expect(r.workerAccuracy[0]).toBeGreaterThan(0.95);
    expect(r.workerAccuracy[1]).toBeGreaterThan(0.95);
    expect(r.workerAccuracy[2]).toBeLessThan(0.05);
    // Full confusion: the contrarian's row for true class 0 puts its mass on observed 1.
    expect(r.confusion[2 * 4 + 0 * 2 + 1]).toBeGreaterThan(0.95);
    for (let t = 0; t < 10; t++) expect(r.confidence[t]).toBeGreaterThan(0.99);
    expect(r.priors[0]! + r.priors[1]!).toBeCloseTo(1, 12);
  });

  it('clamps gold tasks to their gold label and lets gold pull a worker\'s accuracy', () => {
    // Worker 0 and 1 disagree on every task; without gold nothing tells them apart.
    const rows: [number, number, number][] = [];
    for (let t = 0; t < 6; t++) rows.push([t, 0, 0], [t, 1, 1]);
    const input = answers(6, 2, 2, rows);
    const plain = dawidSkene(input);
    expect(plain.workerAccuracy[0]).toBeCloseTo(plain.workerAccuracy[1]!, 6);

    const gold = new Map([
      [0, 1],
      [1, 1],
    ]);
    const withGold = dawidSkene({ ...input, gold });
    expect(withGold.posterior[0 * 2 + 1]).toBe(1);
    expect(withGold.posterior[1 * 2 + 1]).toBe(1);
    expect(withGold.labels[0]).toBe(1);
    expect(withGold.workerAccuracy[1]).toBeGreaterThan(withGold.workerAccuracy[0]!);
    // The gold-backed worker now decides the other tasks too.
    for (let t = 2; t < 6; t++) expect(withGold.labels[t]).toBe(1);

    // The Int32Array form (-1 = none) gives the same result.
    const goldArray = Int32Array.from([1, 1, -1, -1, -1, -1]);
    expect(dawidSkene({ ...input, gold: goldArray }).posterior).toEqual(withGold.posterior);
  });

  it('gives a constant-label spammer a low estimated accuracy', () => {
    const { input, truth } = synthetic(200, 5, 1, 4, 7);
    const r = dawidSkene(input);
    expect(accuracy(r.labels, truth)).toBeGreaterThan(0.97);
    for (let w = 0; w < 5; w++) expect(r.workerAccuracy[w]).toBeGreaterThan(0.75);
    expect(r.workerAccuracy[5]).toBeLessThan(0.4);
    const oc = dawidSkene(input, { mode: 'one_coin' });
    expect(oc.workerAccuracy[5]).toBeLessThan(0.4);
  });

  it('is deterministic', () => {
    const { input } = synthetic(100, 4, 2, 3, 11);
    const a = dawidSkene(input);
    const b = dawidSkene(input);
    expect(b.posterior).toEqual(a.posterior);
    expect(b.labels).toEqual(a.labels);
    expect(b.confusion).toEqual(a.confusion);
    expect(b.iterations).toBe(a.iterations);
  });

  it('warm-starts from previous parameters to the same labels in fewer iterations', () => {
    const { input } = synthetic(300, 6, 1, 4, 3);
    const cold = dawidSkene(input);
    // A few more answers arrive (one more worker on 20 tasks): refit incrementally.
    const extra: [number, number, number][] = [];
    for (let t = 0; t < 20; t++) extra.push([t, 6, cold.labels[t]!]);
    const grown: ConsensusInput = {
      tasks: input.tasks,
      workers: 8,
      classes: 4,
      task: Int32Array.from([...input.task, ...extra.map((e) => e[0])]),
      worker: Int32Array.from([...input.worker, ...extra.map((e) => e[1])]),
      label: Int32Array.from([...input.label, ...extra.map((e) => e[2])]),
    };
    const K = 4;
    const confusion = new Float64Array(8 * K * K).fill(1 / K);
    confusion.set(cold.confusion);
    const coldGrown = dawidSkene(grown);
    const warm = dawidSkene(grown, { init: { confusion, priors: cold.priors } });
    expect(warm.labels).toEqual(coldGrown.labels);
    expect(warm.iterations).toBeLessThan(coldGrown.iterations);
  });

  it('stops at maxIterations and rejects out-of-range answers', () => {
    const { input } = synthetic(50, 3, 1, 3, 5);
    expect(dawidSkene(input, { maxIterations: 2, tolerance: 0 }).iterations).toBe(2);
    expect(() => dawidSkene(answers(1, 1, 2, [[0, 0, 2]]))).toThrow(/out of range/);
  });
});

describe('majority vote and one-coin', () => {
  it('majorityVote gives vote shares and breaks ties to the lowest class', () => {
    const r = majorityVote(
      answers(3, 3, 3, [
        [0, 0, 2],
        [0, 1, 2],
        [0, 2, 1],
        [1, 0, 1],
        [1, 1, 0],
      ]),
    );
    expect(Array.from(r.posterior.subarray(0, 3))).toEqual([0, 1 / 3, 2 / 3]);
    expect(r.labels[0]).toBe(2);
    expect(r.confidence[0]).toBeCloseTo(2 / 3, 12);
    expect(r.labels[1]).toBe(0); // 1 vs 0 tie: lowest class
    expect(Array.from(r.posterior.subarray(6, 9))).toEqual([1 / 3, 1 / 3, 1 / 3]); // no answers
    expect(r.labels[2]).toBe(0);
    expect(r.iterations).toBe(0);
  });

  it('one-coin learns one accuracy per worker with errors spread evenly', () => {
    const r = dawidSkene(contrarianInput(), { mode: 'one_coin' });
    expect(Array.from(r.labels)).toEqual([0, 1, 0, 1, 0, 1]);
    expect(r.workerAccuracy[2]).toBeLessThan(0.05);
    const K = 3;
    const w = 0;
    const row = r.confusion.subarray(w * K * K, w * K * K + K); // true class 0
    expect(row[0]).toBeCloseTo(r.workerAccuracy[w]!, 12);
    expect(row[1]).toBeCloseTo(row[2]!, 12);
  });
});

function contrarianInput(): ConsensusInput {
  const rows: [number, number, number][] = [];
  for (let t = 0; t < 6; t++) {
    const truth = t % 2;
    rows.push([t, 0, truth], [t, 1, truth], [t, 2, 2]);
  }
  return answers(6, 3, 3, rows);
}

describe('accuracy on public datasets (data/crowd, one fixed parameter set)', () => {
  const dir = join(__dirname, '..', '..', 'data', 'crowd');
  const load = (name: string) => loadCsvAnswers(join(dir, name, 'answers.csv'), join(dir, name, 'truth.csv'));

  it('duck: Dawid-Skene >= 0.8889 (majority 0.7593)', () => {
    const d = load('duck');
    expect([d.tasks, d.workers, d.classes, d.task.length]).toEqual([108, 39, 2, 4212]);
    expect(accuracy(majorityVote(d).labels, d.truth)).toBeCloseTo(0.7593, 4);
    expect(accuracy(dawidSkene(d).labels, d.truth)).toBeGreaterThanOrEqual(0.8889);
  });

  it('dog: Dawid-Skene >= 0.8426 (majority 0.8178)', () => {
    const d = load('dog');
    expect([d.tasks, d.workers, d.classes, d.task.length]).toEqual([807, 109, 4, 8070]);
    expect(accuracy(majorityVote(d).labels, d.truth)).toBeCloseTo(0.8178, 4);
    expect(accuracy(dawidSkene(d).labels, d.truth)).toBeGreaterThanOrEqual(0.8426);
  });
});

import { dawidSkene, majorityVote, type ConsensusInput, type ConsensusResult } from './dawid-skene';
import { confusionFromCounts, incrementalUpdate, priorCountsOf, priorsFromCounts, softCounts, type IncrementalInput } from './incremental-ds';
import { seededRandom as rng } from './seeded-random';
import type { ConsensusMode } from '../domain/consensus-mode';

/** Tasks x perTask answers by workers of mixed quality: 0.85-right, 0.55-right, and constant spammers (worker % 10 === 9). */
function crowd(tasks: number, perTask: number, workers: number, K: number, seed: number) {
  const r = rng(seed);
  const truth = Int32Array.from({ length: tasks }, () => Math.floor(r() * K));
  const task: number[] = [];
  const worker: number[] = [];
  const label: number[] = [];
  // Answers arrive round by round: the j-th answer of every task before any (j+1)-th.
  for (let j = 0; j < perTask; j++) {
    for (let t = 0; t < tasks; t++) {
      const w = Math.floor(r() * workers);
      const p = w % 10 < 6 ? 0.85 : 0.55;
      const l = w % 10 === 9 ? 0 : r() < p ? truth[t]! : (truth[t]! + 1 + Math.floor(r() * (K - 1))) % K;
      task.push(t);
      worker.push(w);
      label.push(l);
    }
  }
  const input: ConsensusInput = { tasks, workers, classes: K, task: Int32Array.from(task), worker: Int32Array.from(worker), label: Int32Array.from(label) };
  return { input, truth };
}

const first = (input: ConsensusInput, n: number): ConsensusInput => ({ ...input, task: input.task.subarray(0, n), worker: input.worker.subarray(0, n), label: input.label.subarray(0, n) });

const fitOf = (input: ConsensusInput, mode: ConsensusMode): ConsensusResult => (mode === 'majority' ? majorityVote(input) : dawidSkene(input, { mode }));

/** The incremental input that folds answers [seen, all) into the state of a full fit over the first `seen` answers. */
function fold(all: ConsensusInput, seen: number, fit: ConsensusResult, mode: ConsensusMode, gold?: Int32Array): { update: IncrementalInput; touched: number[] } {
  const K = all.classes;
  const touchedSet = new Set<number>();
  for (let i = seen; i < all.task.length; i++) touchedSet.add(all.task[i]!);
  const touched = [...touchedSet].sort((a, b) => a - b);
  const local = new Map(touched.map((t, i) => [t, i]));
  const task: number[] = [];
  const worker: number[] = [];
  const label: number[] = [];
  const folded: number[] = [];
  for (let i = 0; i < all.task.length; i++) {
    const t = local.get(all.task[i]!);
    if (t === undefined) continue;
    task.push(t);
    worker.push(all.worker[i]!);
    label.push(all.label[i]!);
    folded.push(i < seen ? 1 : 0);
  }
  const previous = new Float64Array(touched.length * K);
  touched.forEach((t, i) => previous.set(fit.posterior.subarray(t * K, t * K + K), i * K));
  return {
    touched,
    update: {
      classes: K,
      mode,
      counts: softCounts(first(all, seen), fit.posterior),
      priorCounts: priorCountsOf(fit.posterior, K),
      tasks: all.tasks,
      previous,
      hasPrevious: new Uint8Array(touched.length).fill(1),
      gold: Int32Array.from(touched, (t) => gold?.[t] ?? -1),
      task: Int32Array.from(task),
      worker: Int32Array.from(worker),
      label: Int32Array.from(label),
      folded: Uint8Array.from(folded),
    },
  };
}

describe('incremental Dawid-Skene', () => {
  it('reads back the confusion and priors of a converged full fit from its soft counts', () => {
    const { input } = crowd(2000, 5, 100, 3, 7);
    const fit = dawidSkene(input, { maxIterations: 200, tolerance: 1e-9 });
    const conf = confusionFromCounts(softCounts(input, fit.posterior), 3, 'dawid_skene');
    let worst = 0;
    for (let i = 0; i < conf.length; i++) worst = Math.max(worst, Math.abs(conf[i]! - fit.confusion[i]!));
    expect(worst).toBeLessThan(1e-4);
    const priors = priorsFromCounts(priorCountsOf(fit.posterior, 3), 2000);
    priors.forEach((p, k) => expect(p).toBeCloseTo(fit.priors[k]!, 4));
  });

  it.each(['dawid_skene', 'one_coin', 'majority'] as const)('agrees with a full refit on at least 99 %% of tasks after 5 %% new answers (%s)', (mode) => {
    const { input, truth } = crowd(4000, 10, 300, 4, 11);
    const seen = Math.floor(input.task.length * 0.95);
    const before = fitOf(first(input, seen), mode);
    const { update, touched } = fold(input, seen, before, mode);
    const inc = incrementalUpdate(update);
    const full = fitOf(input, mode);
    const labels = Int32Array.from(before.labels);
    touched.forEach((t, i) => (labels[t] = inc.labels[i]!));
    let same = 0;
    let right = 0;
    for (let t = 0; t < input.tasks; t++) {
      if (labels[t] === full.labels[t]) same += 1;
      if (labels[t] === truth[t]) right += 1;
    }
    expect(same / input.tasks).toBeGreaterThanOrEqual(0.99);
    // The touched tasks moved with their new answers: as accurate as the full refit on them.
    let fullRight = 0;
    for (let t = 0; t < input.tasks; t++) if (full.labels[t] === truth[t]) fullRight += 1;
    expect(right / input.tasks).toBeGreaterThan(fullRight / input.tasks - 0.005);
    expect(inc.tasks).toBe(input.tasks);
    if (mode !== 'majority') expect(inc.passes).toBeGreaterThan(0);
  });

  it('leaves the state as it was when the touched tasks have no new answer', () => {
    const { input } = crowd(500, 6, 40, 3, 3);
    const fit = dawidSkene(input, { maxIterations: 300, tolerance: 1e-10 });
    // Touch every task with its own answers, all folded already: a fixed point of EM.
    const { update } = fold(input, input.task.length - 1, fit, 'dawid_skene');
    const all = { ...update, folded: update.folded.fill(1) };
    const inc = incrementalUpdate(all);
    let worst = 0;
    for (let i = 0; i < inc.counts.length; i++) worst = Math.max(worst, Math.abs(inc.counts[i]! - update.counts[i]!));
    expect(worst).toBeLessThan(1e-3);
    expect(inc.maxAccuracyChange).toBeLessThan(1e-3);
  });

  it('adds a task new to the state and clamps gold', () => {
    const K = 2;
    // Worker 0 is always right on 4 stored tasks (truth 0,1,0,1); worker 1 always says 0.
    const stored: ConsensusInput = { tasks: 4, workers: 2, classes: K, task: Int32Array.of(0, 0, 1, 1, 2, 2, 3, 3), worker: Int32Array.of(0, 1, 0, 1, 0, 1, 0, 1), label: Int32Array.of(0, 0, 1, 0, 0, 0, 1, 0) };
    const gold = Int32Array.of(0, 1, -1, -1);
    const fit = dawidSkene({ ...stored, gold });
    const update: IncrementalInput = {
      classes: K,
      mode: 'dawid_skene',
      counts: softCounts(stored, fit.posterior),
      priorCounts: priorCountsOf(fit.posterior, K),
      tasks: 4,
      // Two new tasks: worker 0 says 1 on both; the second is gold 0.
      previous: new Float64Array(2 * K),
      hasPrevious: Uint8Array.of(0, 0),
      gold: Int32Array.of(-1, 0),
      task: Int32Array.of(0, 0, 1),
      worker: Int32Array.of(0, 1, 0),
      label: Int32Array.of(1, 0, 1),
      folded: Uint8Array.of(0, 0, 0),
    };
    const inc = incrementalUpdate(update);
    expect(inc.tasks).toBe(6);
    expect(inc.labels[0]).toBe(1); // worker 0 outweighs the constant worker 1
    expect(inc.posterior[2]).toBe(1); // gold clamps the second
    expect(inc.confidence[1]).toBe(1);
    // The new answers landed in the counts: worker 0 now has 6 answers' weight.
    const w0 = inc.counts.subarray(0, K * K).reduce((s, x) => s + x, 0);
    expect(w0).toBeCloseTo(6, 6);
    expect(inc.priorCounts.reduce((s, x) => s + x, 0)).toBeCloseTo(6, 6);
  });

  it('counts majority votes as vote shares', () => {
    const inc = incrementalUpdate({
      classes: 3,
      mode: 'majority',
      counts: new Float64Array(2 * 9),
      priorCounts: new Float64Array(3),
      tasks: 0,
      previous: new Float64Array(3),
      hasPrevious: Uint8Array.of(0),
      gold: Int32Array.of(-1),
      task: Int32Array.of(0, 0, 0),
      worker: Int32Array.of(0, 1, 1),
      label: Int32Array.of(2, 2, 1),
      folded: new Uint8Array(3),
    });
    expect(Array.from(inc.posterior)).toEqual([0, 1 / 3, 2 / 3]);
    expect(inc.labels[0]).toBe(2);
    expect(inc.passes).toBe(0);
  });

  it('rejects a state of the wrong shape', () => {
    const bad = { classes: 2, mode: 'dawid_skene' as const, counts: new Float64Array(3), priorCounts: new Float64Array(2), tasks: 0, previous: new Float64Array(0), hasPrevious: new Uint8Array(0), gold: new Int32Array(0), task: new Int32Array(0), worker: new Int32Array(0), label: new Int32Array(0), folded: new Uint8Array(0) };
    expect(() => incrementalUpdate(bad)).toThrow(/does not match/);
    expect(() => incrementalUpdate({ ...bad, counts: new Float64Array(4), hasPrevious: new Uint8Array(1), previous: new Float64Array(2), gold: Int32Array.of(-1), task: Int32Array.of(0), worker: Int32Array.of(1), label: Int32Array.of(0), folded: Uint8Array.of(0) })).toThrow(/out of range/);
  });
});

import { dawidSkene, type ConsensusInput } from './dawid-skene';
import { DEFAULT_RATER_ACCURACY } from './task-posterior';
import { defaultCell, memberStandings, tooFastWorkers } from './member-standing';
import { seededRandom } from './seeded-random';

const K = 3;

/**
 * 60 tasks of three classes (50/30/20), the first 20 gold: workers 0-3 are right 85 % of
 * the time, worker 4 always answers the common class, worker 5 answers only once.
 */
function community(): ConsensusInput {
  const r = seededRandom(3);
  const task: number[] = [];
  const worker: number[] = [];
  const label: number[] = [];
  const truth = Array.from({ length: 60 }, () => {
    const u = r();
    return u < 0.5 ? 0 : u < 0.8 ? 1 : 2;
  });
  const add = (t: number, w: number, l: number) => (task.push(t), worker.push(w), label.push(l));
  truth.forEach((k, t) => {
    for (let w = 0; w < 4; w++) add(t, w, r() < 0.85 ? k : (k + 1 + Math.floor(r() * 2)) % K);
    add(t, 4, 0);
  });
  add(30, 5, truth[30]!);
  const gold = Int32Array.from(truth, (k, t) => (t < 20 ? k : -1));
  return { tasks: 60, workers: 6, classes: K, task: Int32Array.from(task), worker: Int32Array.from(worker), label: Int32Array.from(label), gold };
}

describe('member standings', () => {
  const input = community();
  const fit = dawidSkene(input, { mode: 'dawid_skene', maxIterations: 50 });
  const st = memberStandings(input, 6, fit, K);

  it('counts every worker\'s answers and gold record', () => {
    expect(Array.from(st.answers)).toEqual([60, 60, 60, 60, 60, 1]);
    expect(Array.from(st.goldAnswers)).toEqual([20, 20, 20, 20, 20, 0]);
    // The constant worker is right on every class-0 gold item and on nothing else.
    const class0Gold = Array.from((input.gold as Int32Array).subarray(0, 20)).filter((g) => g === 0).length;
    expect(st.goldCorrect[4]).toBe(class0Gold);
    for (let w = 0; w < 4; w++) expect(st.goldCorrect[w]).toBeGreaterThan(13);
  });

  it('puts skilled workers far above the floor and the constant answerer at chance', () => {
    const floor = 1 / K + 0.1;
    for (let w = 0; w < 4; w++) expect(st.skill[w]).toBeGreaterThan(0.65);
    expect(st.skill[4]).toBeLessThan(floor);
    expect(st.skill).toHaveLength(6);
  });

  it('lets a worker with one answer vote almost like a newcomer, and one with many like themselves', () => {
    const one = st.confusionOf(5);
    for (let k = 0; k < K; k++) expect(Math.abs(one[k]![k]! - DEFAULT_RATER_ACCURACY)).toBeLessThan(0.2);
    const many = st.confusionOf(4);
    // The constant answerer says class 0 whatever the truth: their rows say so.
    for (let k = 0; k < K; k++) expect(many[k]![0]!).toBeGreaterThan(0.8);
    for (const row of [...one, ...many]) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('gives a newcomer a symmetric confusion: their accuracy on the diagonal, the rest spread evenly', () => {
    expect(defaultCell(0, 0, K)).toBe(DEFAULT_RATER_ACCURACY);
    expect(defaultCell(0, 1, K) + defaultCell(0, 2, K) + defaultCell(0, 0, K)).toBeCloseTo(1, 12);
    expect(defaultCell(0, 0, 1)).toBe(1);
  });
});

describe('the timing signal', () => {
  it('marks a member whose median think time is under the floor, on enough timed answers only', () => {
    const flags = tooFastWorkers(
      [
        [300, 400, 250, 5000, 350], // median 350 ms
        [3000, 2500, 200, 4000, 6000], // one quick tap among readings
        [100, 100, 100, 100], // quick, but only four timed answers
        [],
      ],
      1000,
      5,
    );
    expect(Array.from(flags)).toEqual([1, 0, 0, 0]);
  });

  it('takes the lower median of an even count, and judges nothing with a floor of 0', () => {
    // Sorted 900, 950, 1100, 1200: the lower median 950 is under 1000.
    expect(Array.from(tooFastWorkers([[1200, 900, 1100, 950]], 1000, 4))).toEqual([1]);
    expect(Array.from(tooFastWorkers([[1200, 1000, 1100, 950]], 1000, 4))).toEqual([0]);
    expect(Array.from(tooFastWorkers([[1, 1, 1, 1, 1]], 0, 5))).toEqual([0]);
  });

  it('counts an answer without a think time as suspect, never as a careful one', () => {
    const flags = tooFastWorkers(
      [
        [null, null, null, null, null], // never timed: as if answered at once
        [null, null, null, 5000, 6000], // mostly untimed: the median is an untimed one
        [null, 3000, 2500, 4000, 6000], // one untimed among readings
        [null, null, null, null], // four answers: too few to judge
      ],
      1000,
      5,
    );
    expect(Array.from(flags)).toEqual([1, 1, 0, 0]);
  });
});

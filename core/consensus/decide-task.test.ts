import { decideTask, type DecideInput } from './decide-task';

const majority = (votes: number[], answersPerTask: number, maxAnswers: number) =>
  decideTask({ mode: 'majority', votes, classes: 3, answersPerTask, maxAnswers, targetConfidence: 0.9 });

const posterior = (p: number[], n: number, extra: Partial<DecideInput> = {}) =>
  decideTask({ mode: 'dawid_skene', votes: new Array(n).fill(0), classes: p.length, posterior: p, answersPerTask: 3, maxAnswers: 5, targetConfidence: 0.9, ...extra });

describe('task decision, majority mode', () => {
  it('stays open below the answers per task', () => {
    expect(majority([0, 0], 3, 5)).toEqual({ state: 'open' });
  });

  it('finalizes on a strict plurality once enough answers arrived', () => {
    expect(majority([0, 1, 0], 3, 5)).toEqual({ state: 'final', label: 0, confidence: 2 / 3 });
    expect(majority([2, 2, 2], 3, 5)).toEqual({ state: 'final', label: 2, confidence: 1 });
  });

  it('waits on a tie for more answers', () => {
    expect(majority([0, 1, 2], 3, 5)).toEqual({ state: 'open' });
    expect(majority([0, 1, 0, 1], 3, 5)).toEqual({ state: 'open' });
  });

  it('gives up as uncertain on a tie at the maximum', () => {
    expect(majority([0, 1], 2, 2)).toEqual({ state: 'final_uncertain', label: null, confidence: 0.5 });
  });
});

describe('task decision by posterior (dynamic overlap)', () => {
  it('stays open below the quorum even when the posterior is sure', () => {
    expect(posterior([0.99, 0.01], 2)).toEqual({ state: 'open' });
  });

  it('finalizes once the posterior reaches the target with the quorum', () => {
    expect(posterior([0.05, 0.95], 3)).toEqual({ state: 'final', label: 1, confidence: 0.95 });
    expect(posterior([0.9, 0.1], 3)).toEqual({ state: 'final', label: 0, confidence: 0.9 });
  });

  it('keeps an unsure task open for more answers, up to the maximum', () => {
    expect(posterior([0.8, 0.2], 3)).toEqual({ state: 'open' });
    expect(posterior([0.8, 0.2], 4)).toEqual({ state: 'open' });
    expect(posterior([0.2, 0.8], 5)).toEqual({ state: 'final_uncertain', label: 1, confidence: 0.8 });
  });

  it('refuses a posterior that does not cover every class', () => {
    expect(() => posterior([1], 3, { classes: 2 })).toThrow(/posterior/);
  });
});

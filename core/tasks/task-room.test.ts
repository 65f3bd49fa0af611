import { fullestWithRoom, roomFor, servingChoice } from './task-room';

const ids = (cs: { id: number }[]) => cs.map((c) => c.id);
const asCandidates = (rows: [number, number, number][]) => rows.map(([id, answerCount, pending]) => ({ id, answerCount, pending }));

describe('whether a task has a slot left for one more card (3 answers per task, at most 5)', () => {
  it.each([
    // [answers, pending cards, a slot left]
    ['a fresh task', 0, 0, true],
    ['two cards out on a fresh task', 0, 2, true],
    ['three cards out on a fresh task: its target is held', 0, 3, false],
    ['two answers, no card out', 2, 0, true],
    ['two answers and the last card out', 2, 1, false],
    ['past its target (split): one card at a time, any answer may decide it', 3, 0, true],
    ['past its target with a card out', 3, 1, false],
    ['one answer short of the maximum', 4, 0, true],
    ['at the maximum', 5, 0, false],
  ] as [string, number, number, boolean][])('%s', (_name, answerCount, pending, expected) => {
    expect(roomFor({ id: 1, answerCount, pending }, 3, 5)).toBe(expected);
  });
});

describe('which candidates a member is served (fullest with a slot left)', () => {
  it.each([
    // [candidates as [id, answers, pending], answersPerTask, the ids to choose among]
    ['one member alone: the fullest', [[1, 2, 0], [2, 1, 0], [3, 0, 0]], 3, [1]],
    ['a card out holds the last slot: the next fullest', [[1, 2, 1], [2, 1, 0], [3, 0, 0]], 3, [2]],
    ['pending cards count toward fullness', [[1, 1, 1], [2, 1, 0], [3, 0, 0]], 3, [1]],
    ['the next member after one card out still gets that task (README: bob gets the same task)', [[1, 0, 1], [2, 0, 0]], 3, [1]],
    ['ties stay ties: the per-member order picks', [[1, 1, 0], [2, 1, 0], [3, 0, 0]], 3, [1, 2]],
    ['every slot taken: the fullest by answers, as before', [[1, 2, 1], [2, 1, 2], [3, 0, 3]], 3, [1]],
    ['a target of one answer', [[1, 0, 1], [2, 0, 0]], 1, [2]],
    ['a split task past its target has slots up to the maximum', [[1, 4, 0], [2, 1, 0]], 3, [1]],
    ['its last slot held by a card out: the next', [[1, 4, 1], [2, 1, 0]], 3, [2]],
    ['a split task takes one card at a time', [[1, 3, 1], [2, 1, 0]], 3, [2]],
  ] as [string, [number, number, number][], number, number[]][])('%s', (_name, rows, target, expected) => {
    expect(ids(fullestWithRoom(asCandidates(rows), target, 5))).toEqual(expected);
  });
});

describe('the candidates of each try of one serve', () => {
  it.each([
    // [candidates as [id, answers, pending], attempt, the ids to choose among]
    ['the first try: the fullest with a slot', [[1, 2, 0], [2, 1, 0], [3, 0, 0]], 1, [1]],
    ['a later try (a slot went to another member): every task with a slot', [[2, 1, 0], [3, 0, 0], [4, 2, 1]], 2, [2, 3]],
    ['a later try with no slot left anywhere: the fullest by answers', [[2, 1, 2], [4, 2, 1]], 3, [4]],
  ] as [string, [number, number, number][], number, number[]][])('%s', (_name, rows, attempt, expected) => {
    expect(ids(servingChoice(asCandidates(rows), 3, 5, attempt))).toEqual(expected);
  });
});

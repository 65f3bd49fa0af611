import { fullestWithRoom, hasRoom } from './task-room';

const ids = (cs: { id: number }[]) => cs.map((c) => c.id);

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
  ] as [string, [number, number, number][], number, number[]][])('%s', (_name, rows, target, expected) => {
    const candidates = rows.map(([id, answerCount, pending]) => ({ id, answerCount, pending }));
    expect(ids(fullestWithRoom(candidates, target, 5))).toEqual(expected);
  });
});

describe('whether the choice has room (else the service looks further down)', () => {
  it.each([
    ['a roomy candidate', [[1, 1, 1]], true],
    ['every slot held: the fallback', [[1, 2, 1], [2, 1, 2]], false],
    ['no candidate at all', [], false],
  ] as [string, [number, number, number][], boolean][])('%s', (_name, rows, expected) => {
    const candidates = rows.map(([id, answerCount, pending]) => ({ id, answerCount, pending }));
    expect(hasRoom(fullestWithRoom(candidates, 3, 5), 3, 5)).toBe(expected);
  });
});

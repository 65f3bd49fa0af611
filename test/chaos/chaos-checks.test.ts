import { cardTaskId, doubleMints, duplicateCards, limitBreaches, lostAnswers } from './chaos-checks';

const S = 1_000_000;

describe('chaos verdicts', () => {
  it.each([
    ['every ack stored', [{ userId: 1, taskId: 7 }], ['1:7'], 0],
    ['an ack without its answer', [{ userId: 1, taskId: 7 }, { userId: 2, taskId: 7 }], ['1:7'], 1],
    ['a twice delivered press acked twice counts once', [{ userId: 2, taskId: 7 }, { userId: 2, taskId: 7 }], [], 1],
  ])('lost answers: %s', (_, acks, stored, lost) => {
    expect(lostAnswers(acks, new Set(stored))).toHaveLength(lost);
  });

  it.each([
    ['five in a minute under a limit of five', [0, 1, 2, 3, 4].map((s) => s * S), 5, 0],
    ['a sixth within the minute', [0, 1, 2, 3, 4, 59].map((s) => s * S), 5, 1],
    ['a sixth a minute after the first', [0, 1, 2, 3, 4, 60].map((s) => s * S), 5, 0],
    ['the limit off', [0, 0, 0, 0, 0, 0, 0], 0, 0],
    ['seven at once', [0, 0, 0, 0, 0, 0, 0], 5, 2],
  ])('limit breaches: %s', (_, times, limit, breaches) => {
    expect(limitBreaches(times.map((atMicros) => ({ memberId: 1, atMicros })), limit)).toHaveLength(breaches);
  });

  it('counts limit breaches per member', () => {
    const answers = [1, 2].flatMap((memberId) => [0, 1, 2].map((s) => ({ memberId, atMicros: s * S })));
    expect(limitBreaches(answers, 3)).toEqual([]);
    expect(limitBreaches(answers, 2)).toEqual([{ memberId: 1, atMicros: 2 * S }, { memberId: 2, atMicros: 2 * S }]);
  });

  it.each([
    [['n:0'], undefined],
    [['a:12:0', 'a:12:1'], 12],
    [['t:9:0', 'd:9'], 9],
    [['l:5:3'], 5],
  ])('card task of buttons %j', (buttons, task) => {
    expect(cardTaskId(buttons)).toBe(task);
  });

  it.each([
    ['one card per task', [{ chatId: -1, buttons: ['a:1:0'] }, { chatId: -1, buttons: ['a:2:0'] }, { chatId: -2, buttons: ['a:1:0'] }], 0],
    ['a second card of a task in a group', [{ chatId: -1, buttons: ['a:1:0'] }, { chatId: -1, buttons: ['a:1:0'] }], 1],
    ['a private chat seeing a task again', [{ chatId: 5, buttons: ['a:1:0'] }, { chatId: 5, buttons: ['a:1:0'] }], 0],
    ['messages without a task', [{ chatId: -1, buttons: [] }, { chatId: -1, buttons: [] }], 0],
  ])('duplicate cards: %s', (_, sent, duplicates) => {
    expect(duplicateCards(sent)).toBe(duplicates);
  });

  it.each([
    ['each batch once', ['0xA', '0xb'], [{ batchId: '0xa', ledgerIds: ['1', '2'] }, { batchId: '0xb', ledgerIds: ['3'] }], 0],
    ['a batch id twice', ['0xa', '0xa'], [{ batchId: '0xa', ledgerIds: ['1'] }], 1],
    ['a row in two minted batches', ['0xa', '0xb'], [{ batchId: '0xa', ledgerIds: ['1', '2'] }, { batchId: '0xb', ledgerIds: ['2'] }], 1],
    ['a row in a failed batch and a minted one', ['0xb'], [{ batchId: '0xa', ledgerIds: ['1'] }, { batchId: '0xb', ledgerIds: ['1'] }], 0],
    ['a minted batch the database does not know', ['0xc'], [], 1],
  ])('double mints: %s', (_, minted, batches, doubles) => {
    expect(doubleMints(minted, batches)).toBe(doubles);
  });
});

import { cardTaskOf } from './contribution.composer';

describe('cardTaskOf', () => {
  it.each<[string | undefined, number | undefined]>([
    ['Campaign #3 · Captions · task 17\nWrite a caption.', 17],
    ['Campaign #3 · Captions · task 17', 17],
    // A name holding the separator: the task is the last one named.
    ['Campaign #3 · A · task 2 · B · task 9\nQ', 9],
    ['Campaign #3 · Captions · task 2147483647\n', 2147483647],
    ['Campaign #3 · Captions · task 2147483648\n', undefined],
    ['Campaign #3 · Captions · task 017\n', undefined],
    ['Campaign #3 · Captions · task 0\n', undefined],
    ['Campaign #3 · Captions · task 17 extra\n', undefined],
    ['Thanks — your text goes to other members for checking.', undefined],
    ['Q\nCampaign #3 · Captions · task 17', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('reads %j as task %p', (text, taskId) => {
    expect(cardTaskOf(text)).toBe(taskId);
  });
});

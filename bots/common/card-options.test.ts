import { PAIRWISE_OPTIONS, type TaskCard } from '../../core';
import { labelCard, labelRows, labelSetText, pairText, showsTicks, shownLabel, shownOptions } from './card-options';
import { english } from './i18n/translator';

const t = english();

const pair = (swapped: boolean): Pick<TaskCard, 'kind' | 'options' | 'swapped' | 'payload'> => ({
  kind: 'pairwise',
  options: [...PAIRWISE_OPTIONS],
  swapped,
  payload: { prompt: 'Say hi', a: 'Hello!', b: 'Go away.', model_a: 'm1', model_b: 'm2' },
});

describe('shownOptions', () => {
  it.each([
    ['a label campaign keeps its order', { kind: 'label' as const, options: [{ id: 'cat', label: 'Cat' }, { id: 'dog', label: 'Dog' }], swapped: false }, [[0, 'Cat'], [1, 'Dog']]],
    ['a pairwise card in its own order', pair(false), [[0, '1 is better'], [1, '2 is better'], [2, 'Tie'], [3, 'Both bad']]],
    ['a swapped pairwise card: button 1 answers b', pair(true), [[1, '1 is better'], [0, '2 is better'], [2, 'Tie'], [3, 'Both bad']]],
  ])('%s', (_, card, expected) => {
    expect(shownOptions(t, card).map((o) => [o.index, o.label])).toEqual(expected);
  });
});

describe('shownLabel', () => {
  it.each([
    [false, 'a', '1 is better'],
    [true, 'a', '2 is better'],
    [true, 'b', '1 is better'],
    [true, 'tie', 'Tie'],
    [false, 'zebra', 'zebra'],
    [false, null, ''],
  ])('swapped %s, %s reads %s', (swapped, id, label) => {
    expect(shownLabel(t, pair(swapped), id)).toBe(label);
  });
});

describe('pairText', () => {
  it('shows b first on a swapped card, and never the model names', () => {
    expect(pairText(t, pair(false))).toBe('Prompt:\nSay hi\n\nResponse 1:\nHello!\n\nResponse 2:\nGo away.');
    expect(pairText(t, pair(true))).toBe('Prompt:\nSay hi\n\nResponse 1:\nGo away.\n\nResponse 2:\nHello!');
    expect(pairText(t, pair(true))).not.toMatch(/m1|m2/);
  });
});

describe('multi-label cards', () => {
  const options = [
    { id: 'cat', label: 'Cat' },
    { id: 'dog', label: 'Dog' },
    { id: 'bird', label: 'Bird' },
    { id: 'fish', label: 'Fish' },
  ];

  it('shows one toggle per label, three to a row, ticked ones marked, then None apply and Done on the last row', () => {
    expect(labelRows(t, 9, options, new Set([1, 3]))).toEqual([
      [
        { id: 't:9:0', label: 'Cat' },
        { id: 't:9:1', label: '✓ Dog' },
        { id: 't:9:2', label: 'Bird' },
      ],
      [{ id: 't:9:3', label: '✓ Fish' }],
      [
        { id: 'l:9:0', label: 'None apply' },
        { id: 'd:9', label: 'Done' },
      ],
    ]);
  });

  it('tells a pressed card that marks ticks of the task from one that marks none', () => {
    expect(showsTicks(labelRows(t, 9, options, new Set([2])), 9, options)).toBe(true);
    expect(showsTicks(labelRows(t, 9, options), 9, options)).toBe(false);
    expect(showsTicks(undefined, 9, options)).toBe(false);
    // Marks of another task's card, or on a button that is no toggle, say nothing of this one.
    expect(showsTicks(labelRows(t, 8, options, new Set([0])), 9, options)).toBe(false);
    expect(showsTicks([[{ id: 'd:9', label: '✓ Cat' }]], 9, options)).toBe(false);
    // A label that starts with the mark reads as ticked only when marked again.
    const marked = [{ id: 'ok', label: '✓ verified' }, ...options];
    expect(showsTicks(labelRows(t, 9, marked), 9, marked)).toBe(false);
    expect(showsTicks(labelRows(t, 9, marked, new Set([0])), 9, marked)).toBe(true);
  });

  it('reads a card of toggles and Done back as its task and labels, and nothing else as one', () => {
    expect(labelCard(labelRows(t, 9, options))).toEqual({ taskId: 9, labels: options.map((o, index) => ({ index, label: o.label })) });
    expect(labelCard([[{ id: 'a:9:0', label: 'Cat' }]])).toBeUndefined();
    expect(labelCard([[{ id: 'n:1', label: 'Next task' }]])).toBeUndefined();
    expect(labelCard(undefined)).toBeUndefined();
    // Toggles of another task, or no toggle at all beside Done: not one card.
    expect(labelCard([[{ id: 't:8:0', label: 'Cat' }], [{ id: 'd:9', label: 'Done' }]])).toBeUndefined();
    expect(labelCard([[{ id: 'd:9', label: 'Done' }]])).toBeUndefined();
    // A None apply of another task, or a whole set that is not the empty one: not one card.
    expect(labelCard([[{ id: 't:9:0', label: 'Cat' }], [{ id: 'l:8:0', label: 'None apply' }, { id: 'd:9', label: 'Done' }]])).toBeUndefined();
    expect(labelCard([[{ id: 't:9:0', label: 'Cat' }], [{ id: 'l:9:1', label: 'Cat' }, { id: 'd:9', label: 'Done' }]])).toBeUndefined();
  });

  it.each([
    ['two labels in the campaign order', 'cat|bird', 'Cat, Bird'],
    ['the empty set', '', 'none apply'],
    ['a choice that is no canonical set', 'bird|cat', 'bird|cat'],
  ])('names a set: %s', (_, choice, text) => {
    expect(labelSetText(t, options, choice)).toBe(text);
    expect(shownLabel(t, { kind: 'multilabel', options, swapped: false }, choice)).toBe(text);
  });
});

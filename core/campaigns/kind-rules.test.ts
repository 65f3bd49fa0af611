import { PAIRWISE_OPTIONS, itemProblem, kindOptions, pairModels } from './kind-rules';

describe('kindOptions', () => {
  const given = [
    { id: 'x', label: 'X' },
    { id: 'y', label: 'Y' },
  ];
  it.each([
    ['label with options', 'label', given, { options: given }],
    ['label without', 'label', undefined, { problem: 'options: required for label and vote campaigns' }],
    ['vote without', 'vote', undefined, { problem: 'options: required for label and vote campaigns' }],
    ['check without: yes/no', 'check', undefined, { options: [{ id: 'correct', label: 'Correct' }, { id: 'wrong', label: 'Wrong' }] }],
    ['check with its own', 'check', given, { options: given }],
    ['pairwise without: fixed', 'pairwise', undefined, { options: [...PAIRWISE_OPTIONS] }],
    ['multilabel with labels', 'multilabel', given, { options: given }],
    ['multilabel without', 'multilabel', undefined, { problem: 'options: a multilabel campaign needs at least 2 labels to tick' }],
    ['multilabel with one label', 'multilabel', [given[0]], { problem: 'options: a multilabel campaign needs at least 2 labels to tick' }],
    ['multilabel with 21 labels', 'multilabel', Array.from({ length: 21 }, (_, i) => ({ id: `l${i}`, label: `L${i}` })), { problem: 'options: a multilabel campaign has at most 20 labels' }],
    ['pairwise with options', 'pairwise', given, { problem: 'options: a pairwise campaign has fixed options (a, b, tie, both_bad); leave them out' }],
    ['contribute without: members write', 'contribute', undefined, { options: [] }],
    ['contribute with options', 'contribute', given, { problem: 'options: a contribute campaign has no options; members write a text' }],
  ] as const)('%s', (_, kind, options, expected) => {
    expect(kindOptions(kind, options as never)).toEqual(expected);
  });
});

describe('itemProblem', () => {
  const ok = { prompt: 'Say hi', a: 'Hello', b: 'Hi there' };
  it.each([
    ['any content for a label item', 'label', { text: 'x' }, undefined],
    ['a prompt to write about', 'contribute', { prompt: 'Translate: good morning' }, undefined],
    ['a picture to caption', 'contribute', { image: 'https://example.org/cat.png' }, undefined],
    ['nothing to write about', 'contribute', { note: 'x' }, 'a contribute item needs "prompt" (or "text") or an "image" to write about'],
    ['a whole pair', 'pairwise', ok, undefined],
    ['with model names', 'pairwise', { ...ok, model_a: 'gpt-x', model_b: 'llama' }, undefined],
    ['no prompt', 'pairwise', { a: 'x', b: 'y' }, 'a pairwise item needs "prompt" as non-empty text'],
    ['blank output b', 'pairwise', { ...ok, b: '   ' }, 'a pairwise item needs "b" as non-empty text'],
    ['a number as output', 'pairwise', { ...ok, a: 5 }, 'a pairwise item needs "a" as non-empty text'],
    ['the same output twice', 'pairwise', { ...ok, b: ' Hello ' }, 'outputs "a" and "b" are the same'],
    ['a model name not text', 'pairwise', { ...ok, model_a: 3 }, '"model_a" must be text'],
    ['a model name too long', 'pairwise', { ...ok, model_b: 'm'.repeat(65) }, '"model_b" is longer than 64 characters'],
    ['a control character in a model name', 'pairwise', { ...ok, model_a: 'gpt\u0001' }, '"model_a" holds a control character'],
    ['outputs just within a card', 'pairwise', { prompt: 'p'.repeat(800), a: 'a'.repeat(1000), b: 'b'.repeat(1000) }, undefined],
    ['outputs too long for a card', 'pairwise', { prompt: 'p'.repeat(801), a: 'a'.repeat(1000), b: 'b'.repeat(1000) }, 'prompt, a and b hold 2801 characters together, more than a chat card shows (2800)'],
    ['a label item in another language', 'label', { text: 'x', 'text@ru': 'икс' }, undefined],
    ['a blank translation (a CSV cell)', 'label', { text: 'x', 'text@ru': '' }, undefined],
    ['a translation of a field the item lacks', 'label', { note: 'x', 'text@ru': 'икс' }, '"text@ru" translates "text", which the item does not have'],
    ['a field with an @ that is no language tag', 'label', { 'contact@example.com': 'me' }, undefined],
    ['a pair with translated outputs', 'pairwise', { ...ok, 'a@es': 'Hola', 'b@es': 'Buenas' }, undefined],
    ['a translated output equal to the other side', 'pairwise', { ...ok, 'a@es': 'Hi there' }, 'in es: outputs "a" and "b" are the same'],
    ['translated outputs too long for a card', 'pairwise', { ...ok, 'prompt@zh-CN': 'p'.repeat(2800) }, 'in zh-CN: prompt, a and b hold 2813 characters together, more than a chat card shows (2800)'],
    ['a translated prompt to write about', 'contribute', { prompt: 'Good morning', 'prompt@ru': 'Доброе утро' }, undefined],
    ['a translated prompt too long', 'contribute', { prompt: 'Good morning', 'prompt@ru': 'д'.repeat(1501) }, 'in ru: "prompt" is longer than 1500 characters'],
  ] as const)('%s', (_, kind, payload, expected) => {
    expect(itemProblem(kind, payload as Record<string, unknown>)).toBe(expected);
  });
});

describe('pairModels', () => {
  it.each([
    [{ model_a: 'm1', model_b: 'm2' }, { a: 'm1', b: 'm2' }],
    [{ model_a: ' m1 ', model_b: 'm2' }, { a: 'm1', b: 'm2' }],
    [{ model_a: 'm1' }, undefined],
    [{ model_a: 'm1', model_b: 'm1' }, undefined],
    [{}, undefined],
  ])('%j', (payload, expected) => {
    expect(pairModels(payload)).toEqual(expected);
  });
});

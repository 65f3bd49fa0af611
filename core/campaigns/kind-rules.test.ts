import { PAIRWISE_OPTIONS, itemProblem, kindOptions, pairModels } from './kind-rules';

describe('kindOptions', () => {
  const given = [
    { id: 'x', label: 'X' },
    { id: 'y', label: 'Y' },
  ];
  it.each([
    ['label with options', 'label', given, { options: given }],
    ['label without', 'label', undefined, { problem: { field: 'options', code: 'options_required' } }],
    ['vote without', 'vote', undefined, { problem: { field: 'options', code: 'options_required' } }],
    ['check without: yes/no', 'check', undefined, { options: [{ id: 'correct', label: 'Correct' }, { id: 'wrong', label: 'Wrong' }] }],
    ['check with its own', 'check', given, { options: given }],
    ['pairwise without: fixed', 'pairwise', undefined, { options: [...PAIRWISE_OPTIONS] }],
    ['multilabel with labels', 'multilabel', given, { options: given }],
    ['multilabel without', 'multilabel', undefined, { problem: { field: 'options', code: 'needs_labels', params: { min: 2 } } }],
    ['multilabel with one label', 'multilabel', [given[0]], { problem: { field: 'options', code: 'needs_labels', params: { min: 2 } } }],
    ['multilabel with 21 labels', 'multilabel', Array.from({ length: 21 }, (_, i) => ({ id: `l${i}`, label: `L${i}` })), { problem: { field: 'options', code: 'too_many_labels', params: { max: 20 } } }],
    ['pairwise with options', 'pairwise', given, { problem: { field: 'options', code: 'fixed_options', params: { options: 'a, b, tie, both_bad' } } }],
    ['contribute without: members write', 'contribute', undefined, { options: [] }],
    ['contribute with options', 'contribute', given, { problem: { field: 'options', code: 'no_options' } }],
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
    ['nothing to write about', 'contribute', { note: 'x' }, { field: '', code: 'contribute_needs_prompt' }],
    ['a whole pair', 'pairwise', ok, undefined],
    ['with model names', 'pairwise', { ...ok, model_a: 'gpt-x', model_b: 'llama' }, undefined],
    ['no prompt', 'pairwise', { a: 'x', b: 'y' }, { field: '', code: 'pair_needs_text', params: { name: 'prompt' } }],
    ['blank output b', 'pairwise', { ...ok, b: '   ' }, { field: '', code: 'pair_needs_text', params: { name: 'b' } }],
    ['a number as output', 'pairwise', { ...ok, a: 5 }, { field: '', code: 'pair_needs_text', params: { name: 'a' } }],
    ['the same output twice', 'pairwise', { ...ok, b: ' Hello ' }, { field: '', code: 'pair_outputs_same' }],
    ['a model name not text', 'pairwise', { ...ok, model_a: 3 }, { field: '', code: 'field_not_text', params: { name: 'model_a' } }],
    ['a model name too long', 'pairwise', { ...ok, model_b: 'm'.repeat(65) }, { field: '', code: 'field_too_long', params: { name: 'model_b', max: 64 } }],
    ['a control character in a model name', 'pairwise', { ...ok, model_a: 'gpt\u0001' }, { field: '', code: 'control_character', params: { name: 'model_a' } }],
    ['outputs just within a card', 'pairwise', { prompt: 'p'.repeat(800), a: 'a'.repeat(1000), b: 'b'.repeat(1000) }, undefined],
    ['outputs too long for a card', 'pairwise', { prompt: 'p'.repeat(801), a: 'a'.repeat(1000), b: 'b'.repeat(1000) }, { field: '', code: 'pair_too_long', params: { length: 2801, max: 2800 } }],
    ['a label item in another language', 'label', { text: 'x', 'text@ru': 'икс' }, undefined],
    ['a blank translation (a CSV cell)', 'label', { text: 'x', 'text@ru': '' }, undefined],
    ['a translation of a field the item lacks', 'label', { note: 'x', 'text@ru': 'икс' }, { field: '', code: 'translates_missing', params: { key: 'text@ru', name: 'text' } }],
    ['a field with an @ that is no language tag', 'label', { 'contact@example.com': 'me' }, undefined],
    ['a pair with translated outputs', 'pairwise', { ...ok, 'a@es': 'Hola', 'b@es': 'Buenas' }, undefined],
    ['a translated output equal to the other side', 'pairwise', { ...ok, 'a@es': 'Hi there' }, { field: '', code: 'pair_outputs_same', lang: 'es' }],
    ['translated outputs too long for a card', 'pairwise', { ...ok, 'prompt@zh-CN': 'p'.repeat(2800) }, { field: '', code: 'pair_too_long', params: { length: 2813, max: 2800 }, lang: 'zh-CN' }],
    ['a regional reader who mixes fields too long for a card', 'pairwise', { prompt: 'p', a: 'a', b: 'b', 'prompt@pt': 'p'.repeat(1300), 'a@pt-BR': 'a'.repeat(1300), 'b@pt': 'b'.repeat(1300) }, { field: '', code: 'pair_too_long', params: { length: 3900, max: 2800 }, lang: 'pt-BR' }],
    ['a regional and a primary output the same for the regional reader', 'pairwise', { ...ok, 'a@pt-BR': 'Olá', 'b@pt': 'Olá' }, { field: '', code: 'pair_outputs_same', lang: 'pt-BR' }],
    ['one tag in two cases too long for its reader', 'pairwise', { prompt: 'p', a: 'a', b: 'b', 'a@PT-BR': 'a'.repeat(1400), 'prompt@pt-br': 'p'.repeat(1400) }, { field: '', code: 'pair_too_long', params: { length: 2801, max: 2800 }, lang: 'PT-BR' }],
    ['a primary translation within a card for every reader', 'pairwise', { ...ok, 'a@pt': 'Olá', 'b@pt-BR': 'Oi' }, undefined],
    ['a translated prompt to write about', 'contribute', { prompt: 'Good morning', 'prompt@ru': 'Доброе утро' }, undefined],
    ['a translated prompt too long', 'contribute', { prompt: 'Good morning', 'prompt@ru': 'д'.repeat(1501) }, { field: '', code: 'field_too_long', params: { name: 'prompt', max: 1500 }, lang: 'ru' }],
  ] as const)('%s', (_, kind, payload, expected) => {
    expect(itemProblem(kind, payload as Record<string, unknown>)).toEqual(expected);
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

import { itemReaderTags, readerPayload, readerTags } from './campaign-translations';

describe('readerTags', () => {
  it.each([
    ['ru', ['ru']],
    ['pt-BR', ['pt-br', 'pt']],
    ['zh-Hant-TW', ['zh-hant-tw', 'zh']],
  ])('%s', (tag, expected) => {
    expect(readerTags(tag)).toEqual(expected);
  });
});

describe('readerPayload', () => {
  it.each<[string, Record<string, unknown>, string, Record<string, unknown>]>([
    ['pairwise outputs', { prompt: 'Hi?', a: 'Hello', b: 'Hey', 'a@es': 'Hola', 'b@es': 'Buenas' }, 'es', { prompt: 'Hi?', a: 'Hola', b: 'Buenas' }],
    ['the exact tag beats the primary subtag, whichever comes first', { text: 'x', 'text@zh': '甲', 'text@zh-CN': '乙' }, 'zh-CN', { text: '乙' }],
    ['the primary subtag serves a regional reader', { text: 'x', 'text@pt': 'pt' }, 'pt-BR', { text: 'pt' }],
    ['a regional translation does not serve the primary reader', { text: 'x', 'text@pt-BR': 'br' }, 'pt', { text: 'x' }],
    ['another region does not serve a reader', { text: 'x', 'text@pt-PT': 'pt-pt' }, 'pt-BR', { text: 'x' }],
    ['each field on its own: exact for one, primary for another', { prompt: 'p', a: 'a', b: 'b', 'prompt@pt': 'P', 'a@pt-BR': 'A', 'b@pt': 'B' }, 'pt-BR', { prompt: 'P', a: 'A', b: 'B' }],
    ['tags in any case, both in the item and the reader', { prompt: 'p', a: 'a', 'a@PT-BR': 'A', 'prompt@pt-br': 'P' }, 'pt-BR', { prompt: 'P', a: 'A' }],
    ['a blank exact one gives way to the primary subtag', { text: 'x', 'text@pt-BR': '', 'text@pt': 'pt' }, 'pt-BR', { text: 'pt' }],
    ['a null one gives nothing', { text: 'x', 'text@ru': null }, 'ru', { text: 'x' }],
    ['another language is dropped, not shown', { text: 'x', 'text@ru': 'икс', 'note@es': 'nota' }, 'en', { text: 'x' }],
    ['a field name with an @ that is no language tag stays a field', { text: 'x', 'contact@example.com': 'me' }, 'ru', { text: 'x', 'contact@example.com': 'me' }],
    ['nothing to translate', { text: 'x' }, 'ru', { text: 'x' }],
  ])('%s', (_, payload, tag, expected) => {
    expect(readerPayload(payload, tag)).toEqual(expected);
  });
});

describe('itemReaderTags', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['none', { text: 'x' }, []],
    ['a primary subtag', { text: 'x', 'text@ru': 'y' }, ['ru']],
    ['a regional tag and its primary subtag', { text: 'x', 'text@pt-BR': 'y' }, ['pt-BR', 'pt']],
    ['one tag in two spellings, as first written', { a: 'x', 'a@PT-BR': 'y', 'prompt@pt-br': 'z', 'b@pt': 'w' }, ['PT-BR', 'pt']],
  ])('%s', (_, payload, expected) => {
    expect(itemReaderTags(payload)).toEqual(expected);
  });
});

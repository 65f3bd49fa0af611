import type { TaskCard } from '../../core';
import type { Lang } from './i18n/languages';
import { translator, type Translator } from './i18n/translator';
import { localizeCard, localizedOptions, localizedPayload } from './localized-card';

const card: TaskCard = {
  taskId: 11,
  campaignId: 7,
  campaignName: 'Pets',
  kind: 'label',
  question: 'Cat or dog?',
  options: [
    { id: 'cat', label: 'Cat' },
    { id: 'dog', label: 'Dog' },
  ],
  translations: {
    ru: { name: 'Питомцы', question: 'Кошка или собака?', options: { cat: 'Кошка', dog: 'Собака' } },
    pt: { question: 'Gato ou cão?', options: { cat: 'Gato' } },
    'pt-br': { options: { dog: 'Cachorro' } },
    es: { name: 'Mascotas' },
  },
  payload: { text: 'a picture', 'text@ru': 'картинка', 'text@pt': 'uma imagem', 'text@es': '', note: 'kept', 'note@zh-CN': '保留' },
  answerCount: 0,
  answersPerTask: 3,
  status: 'open',
  consensusLabel: null,
  reward: 10n ** 18n,
  swapped: false,
};

/** A reader of `tag`: its catalog's words where we speak it, the tag itself for the campaign's words. */
const lang = (tag: string): Translator => ({ ...translator(tag as Lang), lang: tag as Lang });

describe('localizeCard', () => {
  it.each<[string, string, Partial<TaskCard>]>([
    [
      'a language the campaign has in full',
      'ru',
      { campaignName: 'Питомцы', question: 'Кошка или собака?', options: [{ id: 'cat', label: 'Кошка' }, { id: 'dog', label: 'Собака' }], payload: { text: 'картинка', note: 'kept' } },
    ],
    [
      'a regional tag: its own words first, then the primary subtag, then the default',
      'pt-BR',
      { campaignName: 'Pets', question: 'Gato ou cão?', options: [{ id: 'cat', label: 'Gato' }, { id: 'dog', label: 'Cachorro' }], payload: { text: 'uma imagem', note: 'kept' } },
    ],
    [
      'a blank translated field (a CSV cell) keeps the default',
      'es',
      { campaignName: 'Mascotas', question: 'Cat or dog?', options: card.options, payload: { text: 'a picture', note: 'kept' } },
    ],
    ['an item field in a regional tag', 'zh-CN', { campaignName: 'Pets', payload: { text: 'a picture', note: '保留' } }],
    ['a language the campaign lacks: the default, with no translated field left', 'tr', { campaignName: 'Pets', question: 'Cat or dog?', options: card.options, payload: { text: 'a picture', note: 'kept' } }],
  ])('%s (%s)', (_, tag, expected) => {
    expect(localizeCard(card, lang(tag))).toMatchObject(expected);
  });

  it('keeps option ids and their order, so every language sends the same answer', () => {
    for (const tag of ['en', 'ru', 'pt-BR', 'tr']) expect(localizeCard(card, lang(tag)).options.map((o) => o.id)).toEqual(['cat', 'dog']);
  });

  it('gives the same card when localized twice', () => {
    const once = localizeCard(card, lang('ru'));
    expect(localizeCard(once, lang('ru'))).toEqual(once);
  });

  it("takes a contribute card's prompt from the reader's fields", () => {
    const contribute: TaskCard = {
      ...card,
      kind: 'contribute',
      options: [],
      translations: {},
      payload: { prompt: 'Good morning', 'prompt@ru': 'Доброе утро' },
      contribute: { prompt: 'Good morning', minLength: 3, maxLength: 500 },
    };
    expect(localizeCard(contribute, lang('ru')).contribute).toEqual({ prompt: 'Доброе утро', minLength: 3, maxLength: 500 });
    expect(localizeCard(contribute, lang('en')).contribute).toEqual({ prompt: 'Good morning', minLength: 3, maxLength: 500 });
  });
});

describe('localizedPayload', () => {
  it.each<[string, Record<string, unknown>, string, Record<string, unknown>]>([
    ['pairwise outputs', { prompt: 'Hi?', a: 'Hello', b: 'Hey', 'a@es': 'Hola', 'b@es': 'Buenas' }, 'es', { prompt: 'Hi?', a: 'Hola', b: 'Buenas' }],
    ['the exact tag beats the primary subtag, whichever comes first', { text: 'x', 'text@zh': '甲', 'text@zh-CN': '乙' }, 'zh-CN', { text: '乙' }],
    ['a field name with an @ that is no language tag stays a field', { text: 'x', 'contact@example.com': 'me' }, 'ru', { text: 'x', 'contact@example.com': 'me' }],
    ['nothing to translate', { text: 'x' }, 'ru', { text: 'x' }],
  ])('%s', (_, payload, tag, expected) => {
    expect(localizedPayload(payload, tag as Lang)).toEqual(expected);
  });
});

describe('localizedOptions', () => {
  it('labels by id, the default where a language gives none', () => {
    expect(localizedOptions(card.options, { ru: { options: { dog: 'Собака' } } }, lang('ru'))).toEqual([
      { id: 'cat', label: 'Cat' },
      { id: 'dog', label: 'Собака' },
    ]);
  });
});

describe("the platform's own words on a card", () => {
  const check = (over: Partial<TaskCard>): TaskCard => ({ ...card, kind: 'check', translations: {}, payload: { text: 'x' }, ...over });

  it.each([
    ['en', ['Correct', 'Wrong']],
    ['ru', ['Верно', 'Неверно']],
    ['zh-CN', ['正确', '错误']],
  ])('shows default check labels in %s', (tag, labels) => {
    const c = check({ options: [{ id: 'correct', label: 'Correct' }, { id: 'wrong', label: 'Wrong' }] });
    expect(localizeCard(c, lang(tag)).options).toEqual([{ id: 'correct', label: labels[0] }, { id: 'wrong', label: labels[1] }]);
  });

  it("keeps a moderator's own label, and the campaign's translation wins over the platform's word", () => {
    const c = check({ options: [{ id: 'correct', label: 'Right on' }, { id: 'wrong', label: 'Wrong' }], translations: { ru: { options: { wrong: 'Ошибка' } } } });
    expect(localizeCard(c, lang('ru')).options.map((o) => o.label)).toEqual(['Right on', 'Ошибка']);
  });

  it("asks a contribution check's default question and a model check's question in the reader's words", () => {
    expect(localizeCard(check({ question: 'Is this a good contribution?' }), lang('ru')).question).toBe('Это хороший текст?');
    const model = check({ payload: { text: 'great film\n\nThe model says Positive, 92%. Is it right?', item: { text: 'great film', 'text@ru': 'отличный фильм' }, model_label_text: 'Positive', model_probability: 0.92 } });
    expect(localizeCard(model, lang('ru')).payload.text).toBe('отличный фильм\n\nМодель считает: Positive, 92\u00a0%. Это верно?');
    expect(localizeCard(model, lang('en')).payload.text).toBe('great film\n\nThe model says Positive, 92%. Is it right?');
  });

  it("names a contribution check campaign in the reader's words, with the contribute campaign's translated name", () => {
    const checkCard = check({ campaignName: 'Translations (checks)', payload: { contribution: 'Bonjour' }, translations: { ru: { name: 'Переводы' } } });
    expect(localizeCard(checkCard, lang('ru')).campaignName).toBe('Переводы (проверка)');
    expect(localizeCard(checkCard, lang('zh-CN')).campaignName).toBe('Translations（审核）');
    expect(localizeCard(checkCard, lang('en')).campaignName).toBe('Translations (checks)');
    // A check campaign a moderator named so themselves, with no contribution on its card, keeps its name.
    expect(localizeCard(check({ campaignName: 'Spot (checks)' }), lang('ru')).campaignName).toBe('Spot (checks)');
  });
});

import type { Problem } from '../domain/problem';
import { DomainError } from '../errors';
import { parseCampaignDefinition } from './campaign-definition';
import { checkTranslations } from './campaign-translations';

const label = { name: 'Pets', kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog'], reward: '1', budget: '10' };
const contribute = { name: 'Captions', kind: 'contribute', question: 'Describe the picture.', reward: '1', budget: '10', checkReward: '0.5', checkBudget: '10' };

/** The problems a definition is refused with; [] when it is taken. */
function problems(input: unknown): Problem[] {
  try {
    parseCampaignDefinition(input);
    return [];
  } catch (e) {
    if (e instanceof DomainError && e.code === 'campaign.invalid_definition') return (e.details as { problems: Problem[] }).problems;
    throw e;
  }
}

describe('a definition in several languages', () => {
  it('keeps the translations it is given, and {} without', () => {
    const translations = { ru: { name: 'Питомцы', question: 'Кошка или собака?', options: { cat: 'Кошка', dog: 'Собака' } }, 'pt-BR': { question: 'Gato ou cachorro?' } };
    expect(parseCampaignDefinition({ ...label, translations }).translations).toEqual(translations);
    expect(parseCampaignDefinition(label).translations).toEqual({});
  });

  it.each<[string, unknown, Problem[]]>([
    ['a language tag of no language', { ...label, translations: { russian: { question: 'x' } } }, [{ field: 'translations.russian', code: 'language_tag' }]],
    ['more than 20 languages', { ...label, translations: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`l${String.fromCharCode(97 + i)}`, {}])) }, [{ field: 'translations', code: 'too_many_languages', params: { max: 20 } }]],
    ['an option id the campaign lacks', { ...label, translations: { ru: { options: { bird: 'Птица' } } } }, [{ field: 'translations.ru.options.bird', code: 'not_an_option_id' }]],
    ['an empty label', { ...label, translations: { ru: { options: { cat: ' ' } } } }, [{ field: 'translations.ru.options.cat', code: 'empty' }]],
    ['a label longer than an option label may be', { ...label, translations: { ru: { options: { cat: 'к'.repeat(81) } } } }, [{ field: 'translations.ru.options.cat', code: 'too_long', params: { max: 80 } }]],
    ['a question longer than a question may be', { ...label, translations: { ru: { question: 'в'.repeat(1001) } } }, [{ field: 'translations.ru.question', code: 'too_long', params: { max: 1000 } }]],
    ['a field of no campaign', { ...label, translations: { ru: { title: 'x' } } }, [{ field: 'translations.ru.title', code: 'unknown_key' }]],
    ['a check question outside a contribute campaign', { ...label, translations: { ru: { checkQuestion: 'Хорошо?' } } }, [{ field: 'translations.ru.checkQuestion', code: 'contribute_only' }]],
    ['option labels for a contribute campaign, which has none', { ...contribute, translations: { ru: { options: { accept: 'Да' } } } }, [{ field: 'translations.ru.options.accept', code: 'not_an_option_id' }]],
    ['labels for the fixed pairwise options', { name: 'Pairs', kind: 'pairwise', question: 'Which is better?', reward: '1', budget: '10', translations: { es: { options: { a: 'A es mejor' } } } }, []],
    ["a contribute campaign's check question", { ...contribute, translations: { ru: { checkQuestion: 'Хороший ли это текст?' } } }, []],
  ])('%s', (_, input, expected) => {
    expect(problems(input)).toEqual(expected);
  });
});

describe('checkTranslations', () => {
  it("gives the check campaign each language's check question as its question", () => {
    expect(checkTranslations({ ru: { question: 'Опишите', checkQuestion: 'Хорошо?' }, es: { question: 'Describa' } })).toEqual({ ru: { question: 'Хорошо?' } });
  });
});

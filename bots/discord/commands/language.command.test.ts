import { catalogBundles } from '../../common/i18n/catalog';
import { DEFAULT_LANGUAGE, languages } from '../../common/i18n/languages';
import { languageCommand } from './language.command';

describe('Discord /language', () => {
  const option = languageCommand.definition.options?.[0] as { name: string; required?: boolean; choices?: { name: string; value: string }[] };

  it('offers every language as an optional choice, in its own name', () => {
    expect(option.name).toBe('language');
    expect(option.required ?? false).toBe(false);
    expect(option.choices).toEqual(languages().map((l) => ({ name: l.name, value: l.tag })));
  });

  it('has each choice name in the English catalog, as the localizations look it up', () => {
    // A new language folder needs its own name here too (bots/common/locales/en/language.ftl).
    const en = catalogBundles().get(DEFAULT_LANGUAGE)!;
    for (const l of languages()) {
      const message = en.getMessage(`choice-language-language-${l.tag.toLowerCase()}`);
      expect(message?.value && en.formatPattern(message.value)).toBe(l.name);
    }
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCatalog } from './catalog-syntax';
import { catalogBundles } from './catalog';
import { messageIdsSource } from './generate-message-ids';
import { DEFAULT_LANGUAGE, languages, languageTags } from './languages';

const english = readCatalog(DEFAULT_LANGUAGE);
const englishVars = new Map(english.entries.map((e) => [e.id, e.variables]));
const others = languageTags().filter((l) => l !== DEFAULT_LANGUAGE);

describe('the message catalogs', () => {
  it('speak eight languages, English first', () => {
    expect(languageTags()).toEqual(['en', 'es', 'id', 'pt-BR', 'ru', 'tr', 'vi', 'zh-CN']);
  });

  it.each(languageTags())('%s parses without junk and without a duplicate id', (lang) => {
    const { entries, junk } = readCatalog(lang);
    expect(junk).toEqual([]);
    const ids = entries.map((e) => e.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it.each(others)('%s has every English message and no other', (lang) => {
    const ids = new Set(readCatalog(lang).entries.map((e) => e.id));
    expect([...englishVars.keys()].filter((id) => !ids.has(id))).toEqual([]);
    expect([...ids].filter((id) => !englishVars.has(id))).toEqual([]);
  });

  it.each(others)("%s uses exactly English's variables in each message", (lang) => {
    const differing = readCatalog(lang)
      .entries.filter((e) => englishVars.has(e.id) && e.variables.join() !== englishVars.get(e.id)!.join())
      .map((e) => `${e.id}: ${e.variables.join(',')} vs ${englishVars.get(e.id)!.join(',')}`);
    expect(differing).toEqual([]);
  });

  it('matches the generated message ids (npm run i18n:ids)', () => {
    expect(readFileSync(path.join(__dirname, 'message-ids.ts'), 'utf8')).toBe(messageIdsSource());
  });

  it.each(languageTags())('%s formats every message with its variables and no error', (lang) => {
    const bundle = catalogBundles().get(lang)!;
    for (const { id, variables } of english.entries) {
      const message = bundle.getMessage(id)!;
      const errors: Error[] = [];
      const args = Object.fromEntries(variables.map((v) => [v, 2]));
      const text = bundle.formatPattern(message.value!, args, errors);
      expect({ id, errors: errors.map((e) => e.message) }).toEqual({ id, errors: [] });
      expect(text.trim().length).toBeGreaterThan(0);
    }
  });

  it('names every language in its own words, with its platform codes', () => {
    for (const l of languages()) {
      expect(l.name.length).toBeGreaterThan(1);
      expect(l.telegram).toMatch(/^[a-z]{2}$/);
      expect(l.discord.length).toBeGreaterThan(0);
    }
  });
});

import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { DEFAULT_LANGUAGE, languages } from '../common/i18n/languages';
import type { MessageId } from '../common/i18n/message-ids';
import { english, translator } from '../common/i18n/translator';
import { catalogLanguages, DISCORD_NAME, localizeDefinitions, MAX_CHOICE_NAME, MAX_DESCRIPTION, type LocalizedLanguage } from './command-localizations';
import { SLASH_COMMANDS, slashDefinitions } from './commands';

type Node = {
  type?: number;
  name: string;
  description?: string;
  name_localizations?: Record<string, string> | null;
  description_localizations?: Record<string, string> | null;
  options?: Node[];
  choices?: { name: string; value: string | number; name_localizations?: Record<string, string> | null }[];
};

const definitions = SLASH_COMMANDS.map((c) => c.definition);
const en = english();
const englishText = (id: string): string => (en.t as (id: MessageId) => string)(id as MessageId);

/** Every command, subcommand and option of the definitions, with the path of names above it. */
function walk(defs: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[]): { path: string; node: Node }[] {
  const out: { path: string; node: Node }[] = [];
  const visit = (node: Node, path: string) => {
    out.push({ path, node });
    for (const o of node.options ?? []) visit(o, `${path} ${o.name}`);
  };
  for (const d of defs) visit(d as unknown as Node, d.name);
  return out;
}

const choicesOf = (defs: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[]) =>
  walk(defs).flatMap(({ path, node }) => (node.choices ?? []).map((c) => ({ path: `${path} ${c.value}`, choice: c })));

// Two made-up languages: one with two Discord locales, one whose words are the ids themselves (every one distinct).
const spanishLike: LocalizedLanguage = { locales: ['es-ES', 'es-419'], text: (id) => (id.endsWith('-name') ? `es${englishText(id)}` : `ES ${englishText(id)}`.slice(0, 100)) };
const idWords: LocalizedLanguage = { locales: ['de'], text: (id) => (id.endsWith('-name') ? id.slice(0, 32) : id) };

describe('slash command localizations', () => {
  const localized = localizeDefinitions(definitions, [spanishLike, idWords]);

  it('gives every command, subcommand and option a name and description per locale', () => {
    const nodes = walk(localized);
    expect(nodes.length).toBeGreaterThan(40);
    for (const { path, node } of nodes) {
      expect([path, Object.keys(node.name_localizations ?? {}).sort()]).toEqual([path, ['de', 'es-419', 'es-ES']]);
      expect([path, Object.keys(node.description_localizations ?? {}).sort()]).toEqual([path, ['de', 'es-419', 'es-ES']]);
      expect(node.name_localizations!['es-ES']).toBe(`es${node.name}`);
      expect(node.name_localizations!['es-419']).toBe(`es${node.name}`);
    }
  });

  it('gives every choice a name per locale', () => {
    const choices = choicesOf(localized);
    expect(choices.map((c) => c.path)).toEqual(expect.arrayContaining(['merge action confirm', 'campaign export format ranking', 'campaign new kind contribute']));
    for (const { path, choice } of choices) {
      expect([path, Object.keys(choice.name_localizations ?? {}).sort()]).toEqual([path, ['de', 'es-419', 'es-ES']]);
      expect(choice.name_localizations!['es-ES']).toBe(`ES ${choice.name}`);
    }
  });

  it('keeps the English names and descriptions as the defaults', () => {
    const strip = (n: Node): Node => {
      const { name_localizations: _n, description_localizations: _d, ...rest } = n;
      return { ...rest, ...(n.options ? { options: n.options.map(strip) } : {}), ...(n.choices ? { choices: n.choices.map(({ name_localizations: _c, ...c }) => c) } : {}) };
    };
    expect(localized.map((d) => strip(d as unknown as Node))).toEqual(definitions.map((d) => strip(d as unknown as Node)));
  });

  it("names each part by a distinct message id (the made-up language's words are the ids)", () => {
    const ids = [
      ...walk(localized).flatMap(({ node }) => [node.description_localizations!['de']!]),
      ...choicesOf(localized).map(({ choice }) => choice.name_localizations!['de']!),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['dcmd-task-desc', 'dsub-campaign-new-desc', 'dopt-campaign-new-answers-per-task-desc', 'choice-merge-action-cancel', 'dopt-task-campaign-desc']));
  });

  it('finds the English words of every id in the English catalog, equal to the definitions', () => {
    // English run as if it were another language: each id exists and says what the definition says.
    const asEnglish = localizeDefinitions(definitions, [{ locales: ['en-GB'], text: englishText }]);
    for (const { path, node } of walk(asEnglish)) {
      expect([path, node.name_localizations!['en-GB']]).toEqual([path, node.name]);
      expect([path, node.description_localizations!['en-GB']]).toEqual([path, node.description]);
    }
    for (const { path, choice } of choicesOf(asEnglish)) expect([path, choice.name_localizations!['en-GB']]).toEqual([path, choice.name]);
  });

  it("keeps every catalog language's words within Discord's rules", () => {
    for (const lang of languages()) {
      const t = translator(lang.tag);
      const locale = lang.discord[0]!;
      const out = localizeDefinitions(definitions, [{ locales: lang.discord, text: (id) => (t.t as (id: MessageId) => string)(id as MessageId) }]);
      for (const { path, node } of walk(out)) {
        const name = node.name_localizations![locale]!;
        const description = node.description_localizations![locale]!;
        expect([path, DISCORD_NAME.test(name) && name === name.toLowerCase()]).toEqual([path, true]);
        expect([path, description.length >= 1 && description.length <= MAX_DESCRIPTION]).toEqual([path, true]);
      }
      for (const { path, choice } of choicesOf(out)) {
        const name = choice.name_localizations![locale]!;
        expect([path, name.length >= 1 && name.length <= MAX_CHOICE_NAME]).toEqual([path, true]);
      }
    }
  });

  it.each([
    ['a capital', 'Task'],
    ['a space', 'my task'],
    ['33 characters', 'a'.repeat(33)],
    ['nothing', ''],
  ])('refuses a localized name with %s', (_what, bad) => {
    const lang: LocalizedLanguage = { locales: ['fr'], text: (id) => (id === 'dcmd-task-name' ? bad : id.endsWith('-name') ? 'ok' : 'fine') };
    expect(() => localizeDefinitions(definitions, [lang])).toThrow(/dcmd-task-name is not a Discord name/);
  });

  it('refuses a description over 100 characters', () => {
    const lang: LocalizedLanguage = { locales: ['fr'], text: (id) => (id === 'dopt-link-address-desc' ? 'x'.repeat(101) : id.endsWith('-name') ? 'ok' : 'fine') };
    expect(() => localizeDefinitions(definitions, [lang])).toThrow(/dopt-link-address-desc is not 1-100 characters/);
  });

  it("refuses a locale Discord does not know (it would refuse the registration)", () => {
    expect(() => localizeDefinitions(definitions, [{ ...spanishLike, locales: ['es'] }])).toThrow(/es is not one of Discord's locales/);
  });

  it('takes names in other scripts Discord allows', () => {
    const lang: LocalizedLanguage = { locales: ['hi', 'th', 'ru'], text: (id) => (id === 'dcmd-task-name' ? 'कार्य' : id.endsWith('-name') ? 'задача' : 'fine') };
    const [task] = localizeDefinitions(definitions.slice(0, 1), [lang]);
    expect(task!.name_localizations).toEqual({ hi: 'कार्य', th: 'कार्य', ru: 'कार्य' });
  });

  it('registers localizations for the catalog languages other than English', () => {
    const langs = catalogLanguages();
    const others = languages().filter((l) => l.tag !== DEFAULT_LANGUAGE);
    expect(langs.flatMap((l) => l.locales).sort()).toEqual(others.flatMap((l) => l.discord).sort());
    expect(langs.flatMap((l) => l.locales)).not.toContain('en-US');
    const registered = slashDefinitions();
    expect(registered.map((d) => d.name)).toEqual(definitions.map((d) => d.name));
    for (const d of registered) expect(Object.keys(d.name_localizations ?? {}).sort()).toEqual(others.flatMap((l) => l.discord).sort());
  });
});

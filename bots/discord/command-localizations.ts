import { ApplicationCommandOptionType, Locale, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { DEFAULT_LANGUAGE, languages } from '../common/i18n/languages';
import type { MessageId } from '../common/i18n/message-ids';
import { translator } from '../common/i18n/translator';

type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Discord's rules for a command's or option's localized name, and its length limits. */
export const DISCORD_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
export const MAX_DESCRIPTION = 100;
export const MAX_CHOICE_NAME = 100;

/** One language as the localizations need it: its Discord locales and its words by message id. */
export interface LocalizedLanguage {
  /** "es-ES", "es-419": each gets the same words. */
  locales: readonly string[];
  text(id: string): string;
}

/** An id's part from a command, option or choice: kebab-case ("answers_per_task" is "answers-per-task"). */
const part = (name: string): string => name.toLowerCase().replace(/_/g, '-');

/**
 * The message ids of a command's words, by its path of names:
 *   dcmd-<command>-name|desc, dsub-<command>-<sub>-name|desc,
 *   dopt-<command>[-<sub>]-<option>-name|desc, choice-<command>[-<sub>]-<option>-<value>.
 */
export const commandIds = {
  command: (command: string) => ({ name: `dcmd-${part(command)}-name`, desc: `dcmd-${part(command)}-desc` }),
  subcommand: (command: string, sub: string) => ({ name: `dsub-${part(command)}-${part(sub)}-name`, desc: `dsub-${part(command)}-${part(sub)}-desc` }),
  option: (path: readonly string[], option: string) => ({ name: `dopt-${[...path, option].map(part).join('-')}-name`, desc: `dopt-${[...path, option].map(part).join('-')}-desc` }),
  choice: (path: readonly string[], option: string, value: string | number) => `choice-${[...path, option, String(value)].map(part).join('-')}`,
};

/** A command, subcommand or option as the walk sees it: Discord's JSON, loosely typed (the shapes differ only in what is walked). */
interface Node {
  type?: number;
  name: string;
  description: string;
  name_localizations?: Record<string, string> | null;
  description_localizations?: Record<string, string> | null;
  options?: Node[];
  choices?: { name: string; value: string | number; name_localizations?: Record<string, string> | null }[];
}

function localized(node: Node, ids: { name: string; desc: string }, langs: readonly LocalizedLanguage[]): Node {
  const names: Record<string, string> = {};
  const descriptions: Record<string, string> = {};
  for (const l of langs) {
    const name = l.text(ids.name);
    const description = l.text(ids.desc);
    if (!DISCORD_NAME.test(name) || name !== name.toLowerCase()) throw new Error(`${ids.name} is not a Discord name: ${JSON.stringify(name)}`);
    if (description.length < 1 || description.length > MAX_DESCRIPTION) throw new Error(`${ids.desc} is not 1-${MAX_DESCRIPTION} characters: ${JSON.stringify(description)}`);
    for (const locale of l.locales) {
      names[locale] = name;
      descriptions[locale] = description;
    }
  }
  return { ...node, name_localizations: names, description_localizations: descriptions };
}

/** An option below `path` (the command's name, then a subcommand's): its words, its choices', its own options'. */
function localizedOption(option: Node, path: readonly string[], langs: readonly LocalizedLanguage[]): Node {
  if (option.type === ApplicationCommandOptionType.SubcommandGroup) throw new Error('subcommand groups have no localization ids');
  if (option.type === ApplicationCommandOptionType.Subcommand) {
    const sub = localized(option, commandIds.subcommand(path[0]!, option.name), langs);
    const subPath = [...path, option.name];
    return option.options ? { ...sub, options: option.options.map((o) => localizedOption(o, subPath, langs)) } : sub;
  }
  const out = localized(option, commandIds.option(path, option.name), langs);
  if (!option.choices) return out;
  const choices = option.choices.map((c) => {
    const id = commandIds.choice(path, option.name, c.value);
    const names: Record<string, string> = {};
    for (const l of langs) {
      const name = l.text(id);
      if (name.length < 1 || name.length > MAX_CHOICE_NAME) throw new Error(`${id} is not 1-${MAX_CHOICE_NAME} characters: ${JSON.stringify(name)}`);
      for (const locale of l.locales) names[locale] = name;
    }
    return { ...c, name_localizations: names };
  });
  return { ...out, choices };
}

/**
 * The definitions with `name_localizations` and `description_localizations` on every
 * command, subcommand and option, and `name_localizations` on every choice, one entry per
 * locale of `langs`; the English name and description stay the defaults. Throws when a
 * word breaks Discord's rules (a name with a space or a capital, a description over 100
 * characters) or a locale is none of Discord's: Discord would refuse the whole
 * registration, so the test over the catalogs catches it before a deploy does.
 */
export function localizeDefinitions(definitions: readonly Definition[], langs: readonly LocalizedLanguage[]): Definition[] {
  const known = new Set<string>(Object.values(Locale));
  for (const locale of langs.flatMap((l) => l.locales)) if (!known.has(locale)) throw new Error(`${locale} is not one of Discord's locales`);
  return definitions.map((d) => {
    const node = d as unknown as Node;
    const command = localized(node, commandIds.command(node.name), langs);
    const out = node.options ? { ...command, options: node.options.map((o) => localizedOption(o, [node.name], langs)) } : command;
    return out as unknown as Definition;
  });
}

/** Every language with a catalog folder except English (the definitions' own words), by its Discord locales. */
export function catalogLanguages(): LocalizedLanguage[] {
  return languages()
    .filter((l) => l.tag !== DEFAULT_LANGUAGE && l.discord.length > 0)
    .map((l) => {
      const t = translator(l.tag);
      // Ids built from names are checked at run time: the test walks every command against the English catalog.
      return { locales: l.discord, text: (id: string) => (t.t as (id: MessageId) => string)(id as MessageId) };
    });
}

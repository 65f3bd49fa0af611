import type { FluentBundle, FluentVariable } from '@fluent/bundle';
import { formatTnet } from '../../../core';
import { catalogBundles } from './catalog';
import { DEFAULT_LANGUAGE, languageTags, type Lang } from './languages';
import type { MessageArgs, MessageId } from './message-ids';

/** A value a message takes: text, a count, an exact integer (bigint) or a date. */
export type Arg = string | number | bigint | Date;

/** A message's arguments: none for a message without variables, else every variable. */
export type ArgsOf<K extends MessageId> = keyof MessageArgs[K] extends never ? [] : [args: MessageArgs[K]];

/** Words in one language: every text a surface shows goes through one of these. */
export interface Translator {
  readonly lang: Lang;
  /** The message `id` with its arguments; English's when this language lacks it (the catalog test forbids that). */
  t<K extends MessageId>(id: K, ...args: ArgsOf<K>): string;
  /** "12.5 TNET" in this language's digits: exact for any bigint of base units. */
  tnet(units: bigint): string;
  /** A share as "12.5%" in this language's way. */
  percent(share: number): string;
  /** Items joined the language's way: "a, b and c". */
  list(items: readonly string[]): string;
}

/**
 * An argument named `id` or ending in `Id` is an identifier: written without grouping
 * ("#12345", never "#12,345"); other numbers are counts and get the language's grouping.
 */
const isIdentifier = (name: string): boolean => name === 'id' || name.endsWith('Id');

function fluentArgs(lang: Lang, args: Record<string, Arg> | undefined): Record<string, FluentVariable> | undefined {
  if (!args) return undefined;
  const out: Record<string, FluentVariable> = {};
  for (const [name, value] of Object.entries(args)) {
    if (typeof value === 'bigint') out[name] = isIdentifier(name) ? value.toString() : new Intl.NumberFormat(lang).format(value);
    else if (typeof value === 'number' && isIdentifier(name)) out[name] = String(value);
    else out[name] = value;
  }
  return out;
}

function format(bundles: ReadonlyMap<Lang, FluentBundle>, lang: Lang, id: string, args: Record<string, Arg> | undefined): string {
  const own = bundles.get(lang)!;
  const bundle = own.hasMessage(id) ? own : bundles.get(DEFAULT_LANGUAGE)!;
  const message = bundle.getMessage(id);
  if (!message?.value) throw new Error(`no message ${id}`);
  return bundle.formatPattern(message.value, fluentArgs(lang, args));
}

function makeTranslator(lang: Lang): Translator {
  const bundles = catalogBundles();
  const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 18 });
  const percents = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const lists = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  return {
    lang,
    t: (id, ...args) => format(bundles, lang, id, args[0] as Record<string, Arg> | undefined),
    // Intl formats a decimal string exactly (no float on the way): money stays bigint to the last step.
    tnet: (units) => `${numbers.format(formatTnet(units) as unknown as number)} TNET`,
    percent: (share) => percents.format(share),
    list: (items) => lists.format(items),
  };
}

const translators = new Map<Lang, Translator>();

/** The translator of a language we speak; English for any other. */
export function translator(lang: Lang | undefined): Translator {
  const tag = lang !== undefined && languageTags().includes(lang) ? lang : DEFAULT_LANGUAGE;
  let t = translators.get(tag);
  if (!t) translators.set(tag, (t = makeTranslator(tag)));
  return t;
}

/** English: for operator logs and the surfaces that have no reader's language yet. */
export const english = (): Translator => translator(DEFAULT_LANGUAGE);

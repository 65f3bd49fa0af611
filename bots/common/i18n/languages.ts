import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The languages the bots speak: one folder each under bots/common/locales, named by its
 * BCP 47 tag, holding its .ftl catalogs and a language.json that says how the platforms
 * name it. Adding a language is adding a folder (docs/languages.md).
 */
export type Lang = string & { readonly __lang: unique symbol };

export const LOCALES_DIR = path.join(__dirname, '..', 'locales');

export const DEFAULT_LANGUAGE = 'en' as Lang;

/** What a language folder's language.json holds. */
export interface LanguageInfo {
  tag: Lang;
  /** The language's own name, as its speakers write it (a /language button). */
  name: string;
  /** Telegram's two-letter code for setMyCommands (ISO 639-1). */
  telegram: string;
  /** Discord's locales for name and description localizations ("es-ES", "es-419"). */
  discord: string[];
  /** Client codes that mean this language, lower case, besides its tag ("zh-hans", "pt"). */
  aliases: string[];
}

function readLanguages(): LanguageInfo[] {
  const tags = readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const infos = tags.map((tag) => {
    const raw = JSON.parse(readFileSync(path.join(LOCALES_DIR, tag, 'language.json'), 'utf8')) as Omit<LanguageInfo, 'tag'>;
    return { tag: tag as Lang, name: raw.name, telegram: raw.telegram, discord: raw.discord, aliases: raw.aliases.map((a) => a.toLowerCase()) };
  });
  // English first: it is the fallback and the catalogs' reference.
  return infos.sort((a, b) => (a.tag === DEFAULT_LANGUAGE ? -1 : b.tag === DEFAULT_LANGUAGE ? 1 : a.tag.localeCompare(b.tag)));
}

let known: LanguageInfo[] | undefined;

/** Every language with a folder, English first. */
export function languages(): readonly LanguageInfo[] {
  known ??= readLanguages();
  return known;
}

export const languageTags = (): Lang[] => languages().map((l) => l.tag);

export const languageInfo = (lang: Lang): LanguageInfo => languages().find((l) => l.tag === lang)!;

/**
 * The language a client's code means, undefined when we do not speak it: "zh-hans",
 * "zh-CN" and "zh" are Simplified Chinese, "pt" and "pt-br" Portuguese (Brazil), "es-419"
 * Spanish. An exact tag or alias wins; else the primary subtag ("ru-RU" is "ru").
 */
export function languageOf(code: string | null | undefined): Lang | undefined {
  if (!code) return undefined;
  const c = code.trim().toLowerCase().replace(/_/g, '-');
  if (c === '' || c.length > 35) return undefined;
  const exact = languages().find((l) => l.tag.toLowerCase() === c || l.aliases.includes(c));
  if (exact) return exact.tag;
  const primary = c.split('-')[0]!;
  return languages().find((l) => l.tag.toLowerCase() === primary || l.aliases.includes(primary))?.tag;
}

import { isLanguageTag } from '../languages/language-tag';
import type { Problem } from '../domain/problem';

/**
 * A campaign's words in one more language, as its moderator gave them (issue 17): any of
 * its name, question and option labels (by option id), and a contribute campaign's check
 * question. Core stores them and never picks one: the chat edge shows a member their
 * language where given, else the campaign's own words. Answers store option ids, so the
 * language a member read never splits a vote.
 */
export interface CampaignTranslation {
  name?: string;
  question?: string;
  /** Option id to label. */
  options?: Record<string, string>;
  /** A contribute campaign's check question (its companion check campaign's question). */
  checkQuestion?: string;
}

/** Language tag (isLanguageTag) to the campaign's words in that language; `{}` when none. */
export type CampaignTranslations = Record<string, CampaignTranslation>;

/** The most languages a campaign may give its words in. */
export const MAX_TRANSLATIONS = 20;

const blank = (v: unknown): boolean => v === undefined || v === null || v === '';

/**
 * What an item field name means: `text@ru` is field `text` in language `ru` (a
 * translation of `text`); a name without `@`, or whose part after the last `@` is no
 * language tag ("contact@example.com"), is a field of its own (undefined).
 */
export function translatedField(key: string): { field: string; tag: string } | undefined {
  const at = key.lastIndexOf('@');
  if (at <= 0) return undefined;
  const tag = key.slice(at + 1);
  return isLanguageTag(tag) ? { field: key.slice(0, at), tag } : undefined;
}

/** The languages an item's payload has fields in (`<field>@<tag>`), in order of first appearance. */
export function itemLanguages(payload: Record<string, unknown>): string[] {
  const tags = new Set<string>();
  for (const key of Object.keys(payload)) {
    const f = translatedField(key);
    if (f) tags.add(f.tag);
  }
  return [...tags];
}

/**
 * The item as a reader of `tag` sees it, by this exact tag only: each `<field>@<tag>`
 * replaces `<field>` (an empty one, a CSV's blank cell, gives nothing), and no translated
 * field is left. A contribution's check card carries each language's prompt by it; what a
 * reader is shown is readerPayload's.
 */
export function itemInLanguage(payload: Record<string, unknown>, tag: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const given: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload)) {
    const f = translatedField(key);
    if (!f) out[key] = value;
    else if (f.tag === tag && !blank(value)) given[f.field] = value;
  }
  return { ...out, ...given };
}

/**
 * The tags a reader of `tag` takes words from, best first: the exact tag, then its primary
 * subtag (a "pt" translation serves a "pt-BR" reader), lower case (tags are
 * case-insensitive; a moderator may write "pt-br").
 */
export function readerTags(tag: string): string[] {
  const exact = tag.toLowerCase();
  const primary = exact.split('-')[0]!;
  return primary === exact ? [exact] : [exact, primary];
}

/**
 * The item as a reader of `tag` sees it (issue 17): each field from its own best
 * `<field>@<tag>` (readerTags: exact tag, then primary subtag; a blank one gives nothing),
 * else the item's own, and no `<field>@<tag>` left. Fields are picked one by one, so a
 * reader may see a mix of languages; the import checks exactly this view (kind-rules.ts)
 * and the chat edge shows exactly this view, so the two never differ.
 */
export function readerPayload(payload: Record<string, unknown>, tag: string): Record<string, unknown> {
  const tags = readerTags(tag);
  const own: Record<string, unknown> = {};
  const given = new Map<string, { rank: number; value: unknown }>();
  for (const [key, value] of Object.entries(payload)) {
    const f = translatedField(key);
    if (!f) {
      own[key] = value;
      continue;
    }
    const rank = tags.indexOf(f.tag.toLowerCase());
    if (rank === -1 || blank(value)) continue;
    const best = given.get(f.field);
    if (!best || rank < best.rank) given.set(f.field, { rank, value });
  }
  for (const [field, { value }] of given) own[field] = value;
  return own;
}

/**
 * Every reader tag that may see an item differently, as the item spells it (a primary
 * subtag it lacks in lower case): each tag it has fields in and each of their primary
 * subtags. Any other reader sees one of these views or the item's own (readerTags).
 */
export function itemReaderTags(payload: Record<string, unknown>): string[] {
  const tags = new Map<string, string>();
  for (const tag of itemLanguages(payload)) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
  for (const tag of [...tags.keys()]) {
    const primary = readerTags(tag).at(-1)!;
    if (!tags.has(primary)) tags.set(primary, primary);
  }
  return [...tags.values()];
}

/** Why an item's translated fields do not fit, or undefined: each translates a field the item has. */
export function itemTranslationProblem(payload: Record<string, unknown>): Problem | undefined {
  for (const key of Object.keys(payload)) {
    const f = translatedField(key);
    if (f && !blank(payload[key]) && blank(payload[f.field])) return { field: '', code: 'translates_missing', params: { key, name: f.field } };
  }
  return undefined;
}

/**
 * A contribute campaign's companion check campaign's translations: each language's check
 * question as the check's question. Its name and options stay the check's own: core has
 * no words of its own to translate them with.
 */
export function checkTranslations(t: CampaignTranslations): CampaignTranslations {
  return Object.fromEntries(
    Object.entries(t).flatMap(([tag, words]) => {
      // The check campaign's name is the contribute campaign's with a suffix the chats word: its translated name goes along.
      const check = { ...(words.checkQuestion === undefined ? {} : { question: words.checkQuestion }), ...(words.name === undefined ? {} : { name: words.name }) };
      return Object.keys(check).length === 0 ? [] : [[tag, check]];
    }),
  );
}

import { itemPrompt, translatedField, type CampaignOption, type CampaignTranslations, type TaskCard } from '../../core';
import type { Lang } from './i18n/languages';

/**
 * The tags a reader of `lang` takes a campaign's words from, best first: the exact tag,
 * then its primary subtag (a "pt" translation serves a "pt-BR" reader), lower case (tags
 * are case-insensitive; a moderator may write "pt-br").
 */
function readerTags(lang: Lang): string[] {
  const exact = lang.toLowerCase();
  const primary = exact.split('-')[0]!;
  return primary === exact ? [exact] : [exact, primary];
}

/** The first of `tags` that `pick` finds a word for, else undefined. */
function firstGiven(t: CampaignTranslations, tags: readonly string[], pick: (words: CampaignTranslations[string]) => string | undefined): string | undefined {
  const byTag = new Map(Object.entries(t).map(([tag, words]) => [tag.toLowerCase(), words]));
  for (const tag of tags) {
    const words = byTag.get(tag);
    const word = words && pick(words);
    if (word !== undefined && word !== '') return word;
  }
  return undefined;
}

/** A campaign's options with their labels in `lang` where its translations give them, else their own. */
export function localizedOptions(options: readonly CampaignOption[], t: CampaignTranslations, lang: Lang): CampaignOption[] {
  const tags = readerTags(lang);
  return options.map((o) => ({ id: o.id, label: firstGiven(t, tags, (w) => w.options?.[o.id]) ?? o.label }));
}

/**
 * An item as a reader of `lang` sees it: each `<field>@<tag>` of theirs (exact tag, then the
 * primary subtag; a blank one gives nothing) in place of `<field>`, and no `<field>@<tag>`
 * left, so a listing of the item's fields never shows another language's.
 */
export function localizedPayload(payload: Record<string, unknown>, lang: Lang): Record<string, unknown> {
  const tags = readerTags(lang);
  const own: Record<string, unknown> = {};
  const given = new Map<string, { rank: number; value: unknown }>();
  for (const [key, value] of Object.entries(payload)) {
    const f = translatedField(key);
    if (!f) {
      own[key] = value;
      continue;
    }
    const rank = tags.indexOf(f.tag.toLowerCase());
    if (rank === -1 || value === '' || value === null || value === undefined) continue;
    const best = given.get(f.field);
    if (!best || rank < best.rank) given.set(f.field, { rank, value });
  }
  for (const [field, { value }] of given) own[field] = value;
  return own;
}

/**
 * A card in the reader's language (issue 17): its campaign name, question and option labels
 * from the campaign's translations, its item's fields from their `<field>@<tag>` versions,
 * each where given (exact tag, then primary subtag), else the campaign's own. Option ids
 * stay: the answer a button sends is the same in every language.
 */
export function localizeCard(card: TaskCard, lang: Lang): TaskCard {
  const tags = readerTags(lang);
  const t = card.translations;
  const payload = localizedPayload(card.payload, lang);
  return {
    ...card,
    campaignName: firstGiven(t, tags, (w) => w.name) ?? card.campaignName,
    question: firstGiven(t, tags, (w) => w.question) ?? card.question,
    options: localizedOptions(card.options, t, lang),
    payload,
    ...(card.contribute ? { contribute: { ...card.contribute, prompt: itemPrompt(payload) } } : {}),
  };
}

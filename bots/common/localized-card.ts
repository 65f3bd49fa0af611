import { itemPrompt, readerPayload, readerTags, type CampaignOption, type CampaignTranslations, type TaskCard } from '../../core';
import { itemText } from './format';
import type { Lang } from './i18n/languages';
import type { MessageId } from './i18n/message-ids';
import type { Translator } from './i18n/translator';

/**
 * The platform's own option labels (kind-rules.ts, inference-check.service.ts,
 * contribution-rules.ts), by id and English label: shown in the reader's words. A label a
 * moderator chose keeps its words, unless the campaign translates it.
 */
const PLATFORM_OPTIONS: ReadonlyMap<string, MessageId> = new Map<string, MessageId>([
  ['correct\nCorrect', 'btn-option-correct'],
  ['wrong\nWrong', 'btn-option-wrong'],
  ['yes\nYes', 'btn-option-yes'],
  ['no\nNo', 'btn-option-no'],
  ['unsure\nUnsure', 'btn-option-unsure'],
  ['accept\nGood', 'btn-option-good'],
  ['reject\nNot good', 'btn-option-not-good'],
]);

/** A contribution check campaign's name as core makes it (campaign.service.ts): the contribute campaign's name and this suffix. */
const CHECKS_SUFFIX = / \(checks\)$/;

/** A contribution check's default question (contribution-rules.ts DEFAULT_CHECK_QUESTION). */
const DEFAULT_CHECK_QUESTION = 'Is this a good contribution?';

const platformLabel = (t: Translator, o: CampaignOption): string => {
  const id = PLATFORM_OPTIONS.get(`${o.id}\n${o.label}`);
  return id ? t.t(id as 'btn-option-yes') : o.label;
};

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
export function localizedOptions(options: readonly CampaignOption[], translations: CampaignTranslations, t: Translator): CampaignOption[] {
  const tags = readerTags(t.lang);
  return options.map((o) => ({ id: o.id, label: firstGiven(translations, tags, (w) => w.options?.[o.id]) ?? platformLabel(t, o) }));
}

/**
 * A model check's item (inference-check.statements.ts keeps the item, the model's label and
 * its probability beside the English sentence): the item in the reader's language, then the
 * question about the model's answer in their words.
 */
function modelCheckPayload(payload: Record<string, unknown>, t: Translator): Record<string, unknown> {
  const { item, model_label_text: label, model_probability: p } = payload;
  if (typeof item !== 'object' || item === null || typeof label !== 'string' || typeof p !== 'number') return payload;
  const says = t.t('card-model-says', { label, percent: t.percent(Math.round(p * 100) / 100) });
  return { ...payload, text: `${itemText(localizedPayload(item as Record<string, unknown>, t.lang))}\n\n${says}` };
}

/**
 * An item as a reader of `lang` sees it: core's readerPayload (each `<field>@<tag>` of
 * theirs, exact tag then primary subtag, in place of `<field>`; no `<field>@<tag>` left), the
 * very view the import checked against the kind's limits.
 */
export function localizedPayload(payload: Record<string, unknown>, lang: Lang): Record<string, unknown> {
  return readerPayload(payload, lang);
}

/** A campaign's name in the reader's language where its translations give one (a /campaign list line, a card's header). */
export const localizedName = (c: { name: string; translations: CampaignTranslations }, lang: Lang): string => firstGiven(c.translations, readerTags(lang), (w) => w.name) ?? c.name;

/**
 * A card in the reader's language (issue 17): its campaign name, question and option labels
 * from the campaign's translations, its item's fields from their `<field>@<tag>` versions,
 * each where given (exact tag, then primary subtag), else the campaign's own. Option ids
 * stay: the answer a button sends is the same in every language.
 */
export function localizeCard(card: TaskCard, t: Translator): TaskCard {
  const tags = readerTags(t.lang);
  const given = card.translations;
  const own = localizedPayload(card.payload, t.lang);
  const payload = card.kind === 'check' ? modelCheckPayload(own, t) : own;
  const question = firstGiven(given, tags, (w) => w.question) ?? (card.question === DEFAULT_CHECK_QUESTION ? t.t('card-default-check-question') : card.question);
  const checks = card.kind === 'check' && typeof card.payload.contribution === 'string' && CHECKS_SUFFIX.test(card.campaignName);
  const name = localizedName({ name: checks ? card.campaignName.replace(CHECKS_SUFFIX, '') : card.campaignName, translations: given }, t.lang);
  return {
    ...card,
    campaignName: checks ? t.t('card-checks-name', { name }) : name,
    question,
    options: localizedOptions(card.options, given, t),
    payload,
    ...(card.contribute ? { contribute: { ...card.contribute, prompt: itemPrompt(payload) } } : {}),
  };
}

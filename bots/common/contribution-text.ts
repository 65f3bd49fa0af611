import type { ContributeCard, ContributionRefusal, TaskCard } from '../../core';
import type { Translator } from './i18n/translator';

/**
 * The words of contributions (issue 16): how a contribute card asks for a text on each
 * surface, what a check card shows, and the reply to a sent text.
 */

type Limits = Pick<ContributeCard, 'minLength' | 'maxLength'>;

/**
 * How a contribute card asks for the text: the common card says it Telegram's way (a reply
 * to the card, which groups in privacy mode still deliver); Discord and the console put
 * their own words in its place.
 */
export const contributeHint = (t: Translator, c: Limits): string => t.t('card-contribute-hint', { min: c.minLength, max: c.maxLength });
export const discordContributeHint = (t: Translator, c: Limits): string => t.t('card-contribute-hint-discord', { min: c.minLength, max: c.maxLength });
export const consoleContributeHint = (t: Translator, c: Limits): string => t.t('card-contribute-hint-console', { min: c.minLength, max: c.maxLength });

const field = (payload: Record<string, unknown>, key: string): string | undefined => (typeof payload[key] === 'string' && payload[key] !== '' ? (payload[key] as string) : undefined);

/**
 * A check card's item when it checks a contribution (its payload's `contribution`): the
 * prompt it answers, if any, then the text. Undefined for any other check item.
 */
export function contributionCheckText(t: Translator, payload: Record<string, unknown>): string | undefined {
  const text = field(payload, 'contribution');
  if (text === undefined) return undefined;
  const prompt = field(payload, 'prompt');
  const checked = `${t.t('card-check-text')}\n${text}`;
  return prompt === undefined ? checked : `${t.t('card-pair-prompt')}\n${prompt}\n\n${checked}`;
}

/** A contribute card's item: its prompt (a picture alone shows none). */
export const contributePromptText = (card: Pick<TaskCard, 'contribute'>): string => card.contribute?.prompt ?? '';

/** Why a text was refused, in one short sentence; typed over every reason. */
const REFUSAL_TEXT: Record<ContributionRefusal, (t: Translator, c: Limits) => string> = {
  empty: (t) => t.t('contribution-empty'),
  control_character: (t) => t.t('contribution-control'),
  too_short: (t, c) => t.t('contribution-too-short', { min: c.minLength }),
  too_long: (t, c) => t.t('contribution-too-long', { max: c.maxLength }),
  copied: (t) => t.t('contribution-copied'),
  duplicate: (t) => t.t('contribution-duplicate'),
};

export const contributionRefusalText = (t: Translator, reason: ContributionRefusal, c: Limits): string => REFUSAL_TEXT[reason](t, c);

import type { ContributeCard, ContributionRefusal, TaskCard } from '../../core';

/**
 * The words of contributions (issue 16): how a contribute card asks for a text on each
 * surface, what a check card shows, and the reply to a sent text.
 */

/** The limits of a card as a reader counts them: "3–500 characters". */
const limits = (c: Pick<ContributeCard, 'minLength' | 'maxLength'>): string => `${c.minLength}–${c.maxLength} characters`;

/**
 * How a contribute card asks for the text: the common card says it Telegram's way (a reply
 * to the card, which groups in privacy mode still deliver); Discord and the console put
 * their own words in its place.
 */
export const contributeHint = (c: Pick<ContributeCard, 'minLength' | 'maxLength'>): string => `Reply to this message with your text (${limits(c)}).`;
export const discordContributeHint = (c: Pick<ContributeCard, 'minLength' | 'maxLength'>): string => `Tap Write to send your text (${limits(c)}).`;
export const consoleContributeHint = (c: Pick<ContributeCard, 'minLength' | 'maxLength'>): string => `Type your text (${limits(c)}) as your next line.`;

const field = (payload: Record<string, unknown>, key: string): string | undefined => (typeof payload[key] === 'string' && payload[key] !== '' ? (payload[key] as string) : undefined);

/**
 * A check card's item when it checks a contribution (its payload's `contribution`): the
 * prompt it answers, if any, then the text. Undefined for any other check item.
 */
export function contributionCheckText(payload: Record<string, unknown>): string | undefined {
  const text = field(payload, 'contribution');
  if (text === undefined) return undefined;
  const prompt = field(payload, 'prompt');
  return prompt === undefined ? `Text to check:\n${text}` : `Prompt:\n${prompt}\n\nText to check:\n${text}`;
}

/** A contribute card's item: its prompt (a picture alone shows none). */
export const contributePromptText = (card: Pick<TaskCard, 'contribute'>): string => card.contribute?.prompt ?? '';

export const CONTRIBUTION_ACCEPTED = 'Thanks — your text goes to other members for checking; you are paid if they accept it.';
export const CONTRIBUTION_REPEAT = 'You already sent a text for this task; it is being checked.';
/** A text for a card the member was never served (a private card of another member, a stale reference). */
export const CONTRIBUTION_NOT_SERVED = 'That card is not one you were given. Send /task for a task.';

/** Why a text was refused, in one short sentence; typed over every reason. */
const REFUSAL_TEXT: Record<ContributionRefusal, (c: Pick<ContributeCard, 'minLength' | 'maxLength'>) => string> = {
  empty: () => 'That text is empty. Write your own text and send it again.',
  control_character: () => 'That text holds control characters. Send plain text.',
  too_short: (c) => `That text is too short: write at least ${c.minLength} characters.`,
  too_long: (c) => `That text is too long: write at most ${c.maxLength} characters.`,
  copied: () => 'That text copies the prompt. Write your own.',
  duplicate: () => 'That text was already sent for this campaign. Write your own.',
};

export const contributionRefusalText = (reason: ContributionRefusal, c: Pick<ContributeCard, 'minLength' | 'maxLength'>): string => REFUSAL_TEXT[reason](c);

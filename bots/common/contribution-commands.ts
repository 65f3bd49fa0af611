import type { CardPress, ContributeResult, MemberRef, TaskCard } from '../../core';
import type { ChatReply } from './chat-message';
import { contributionRefusalText } from './contribution-text';
import { errorText } from './error-text';
import type { Translator } from './i18n/translator';
import { nextRow, type MemberDeps } from './member-commands';

/**
 * A text a member sent for a contribute task (a reply to its card, a modal, a typed line).
 * `card`: the group or channel card it answers, when it came from one (core admits it only
 * for an open card of that task there); without it, the task must have been served to them.
 * @throws DomainError task.not_found, contribution.not_wanted (the task takes a button)
 */
export async function contribute(t: Translator, deps: Pick<MemberDeps, 'assignment' | 'contributions'>, member: MemberRef, taskId: number, text: string, card?: CardPress): Promise<ChatReply> {
  const shown = await deps.assignment.card(taskId);
  const result = await deps.contributions.submit({ memberId: member.memberId, taskId, text, card });
  return renderContribution(t, result, shown);
}

/**
 * The reply to a sent text. A refused one keeps the card as it is (the member writes again
 * on it); any other outcome offers the next task. The text itself is never repeated back:
 * in a group, the reply is all the chat reads of it.
 */
export function renderContribution(t: Translator, result: ContributeResult, card: Pick<TaskCard, 'campaignId' | 'contribute'>): ChatReply {
  const say = (text: string, next: boolean): ChatReply => ({ toast: text, messages: [{ text, ...(next ? { buttons: nextRow(t, card.campaignId) } : {}) }] });
  switch (result.outcome) {
    case 'accepted':
      return say(t.t('contribution-accepted'), true);
    case 'duplicate':
      return say(t.t('contribution-repeat'), true);
    case 'refused':
      return say(contributionRefusalText(t, result.reason, card.contribute ?? { minLength: 0, maxLength: 0 }), false);
    case 'rejected':
      return say(result.error.code === 'answer.not_served' ? t.t('contribution-not-served') : errorText(t, result.error), true);
  }
}

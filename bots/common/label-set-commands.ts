import { labelSetChoice, type CardPress, type LabelTicks, type MemberRef, type TaskCard } from '../../core';
import { labelRows, labelSetText, showsTicks } from './card-options';
import type { ChatButton, ChatReply } from './chat-message';
import type { Translator } from './i18n/translator';
import { localizeCard, localizedOptions } from './localized-card';
import { renderSubmit, staleButton, type MemberDeps } from './member-commands';

/** A toast fits in one line of a phone: Telegram shows 200 characters of a callback answer. */
const MAX_TOAST = 200;


/**
 * The toast after a tick: the member's ticks so far, so a shared group card (whose keyboard
 * shows nobody's ticks) still tells each member what Done will send. A long list is cut,
 * the way to send it stays.
 */
export function tickedToast(t: Translator, ticks: Pick<LabelTicks, 'ticked'>): string {
  // Done with no ticks stored: the empty set is None apply's to send, never Done's.
  if (ticks.ticked.length === 0) return t.t('toast-nothing-ticked');
  const names = ticks.ticked.map((o) => o.label).join(', ');
  const room = MAX_TOAST - t.t('toast-ticked', { labels: '' }).length;
  return t.t('toast-ticked', { labels: names.length <= room ? names : `${names.slice(0, room - 1)}…` });
}

/**
 * A label ticked or unticked on a multi-label card: the toast names the member's ticks, and
 * `cardButtons` are the card's buttons with them marked, for a card that is the member's own.
 * Forged data (no such label, not a multi-label task) is refused by core and changes nothing.
 */
export async function toggle(t: Translator, deps: MemberDeps, member: MemberRef, taskId: number, optionIndex: number): Promise<ChatReply> {
  const ticks = await deps.labelTicks.toggle(member.memberId, taskId, optionIndex);
  // The toggles and the toast name the labels in the member's language, as their card does.
  const options = localizedOptions(ticks.options, ticks.translations, t);
  const ids = new Set(ticks.ticked.map((o) => o.id));
  const ticked = new Set(options.flatMap((o, i) => (ids.has(o.id) ? [i] : [])));
  return { toast: tickedToast(t, { ticked: options.filter((o) => ids.has(o.id)) }), messages: [], cardButtons: labelRows(t, taskId, options, ticked) };
}

/**
 * Done on a multi-label card: the member's ticks go in as one answer, and are forgotten once
 * recorded. With no ticks stored Done records nothing (an answer cannot be taken back, and
 * ticks expire while a card still shows them): the toast says to tick or tap None apply, or,
 * when `shown` (the pressed card's buttons as the member's chat has them) marks ticks, that
 * they expired; then `cardButtons` are the card's buttons unmarked.
 */
export async function sendTicked(t: Translator, deps: MemberDeps, member: MemberRef, taskId: number, pressedOn?: CardPress, shown?: readonly (readonly ChatButton[])[]): Promise<ChatReply> {
  const ticks = await deps.labelTicks.ticked(member.memberId, taskId);
  // The member's card shows the labels in their language: the ticks it marks are read in it.
  const card = localizeCard(await deps.assignment.card(taskId), t);
  if (ticks.ticked.length === 0) {
    return showsTicks(shown, taskId, card.options)
      ? // The card still marks ticks that were forgotten after the idle time.
        { toast: t.t('toast-ticks-expired'), messages: [], cardButtons: labelRows(t, taskId, card.options) }
      : { toast: t.t('toast-nothing-ticked'), messages: [] };
  }
  const reply = await submitSet(t, deps, member, card, ticks.choice, pressedOn);
  if (reply.recorded) await deps.labelTicks.clear(member.memberId, taskId);
  return reply.reply;
}

/**
 * A multi-label answer given whole (Discord's select menu or its "None apply", the
 * console's numbers): `mask` bit i ticks the campaign's option i.
 */
export async function answerSet(t: Translator, deps: MemberDeps, member: MemberRef, taskId: number, mask: number, pressedOn?: CardPress): Promise<ChatReply> {
  const card = localizeCard(await deps.assignment.card(taskId), t);
  if (card.kind !== 'multilabel' || mask >= 2 ** card.options.length) return staleButton(t);
  const parsed = labelSetChoice(card.options, card.options.filter((_, i) => Math.floor(mask / 2 ** i) % 2 === 1).map((o) => o.id));
  if ('problem' in parsed) return staleButton(t);
  return (await submitSet(t, deps, member, card, parsed.choice, pressedOn)).reply;
}

async function submitSet(t: Translator, deps: MemberDeps, member: MemberRef, card: TaskCard, choice: string, pressedOn?: CardPress): Promise<{ reply: ChatReply; recorded: boolean }> {
  const result = await deps.answers.submit({ memberId: member.memberId, taskId: card.taskId, choice, card: pressedOn });
  // A task never served to this member: the same refusal as any forged button, nothing else.
  if (result.outcome === 'rejected' && result.error.code === 'answer.not_served') return { reply: staleButton(t), recorded: false };
  return { reply: renderSubmit(t, result, card, labelSetText(t, card.options, choice)), recorded: result.outcome !== 'rejected' };
}

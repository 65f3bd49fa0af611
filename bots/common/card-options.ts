import { parseLabelSet, type CampaignOption, type TaskCard } from '../../core';
import { doneButton, parseButton, setButton, toggleButton } from './button-id';
import type { ChatButton } from './chat-message';
import type { Translator } from './i18n/translator';

/** An option as the viewer sees it: its index in the campaign's options (what a button carries) and its label. */
export interface ShownOption {
  index: number;
  label: string;
}

/**
 * The options in the order a card shows them. A pairwise card names its outputs by place
 * ("Response 1" is the one shown first, a or b as the viewer's order has it: pair-order.ts),
 * so a member's choice means the same whichever order they saw; a button still carries the
 * option's own index, so the answer stored is a or b.
 */
export function shownOptions(t: Translator, card: Pick<TaskCard, 'kind' | 'options' | 'swapped'>): ShownOption[] {
  if (card.kind !== 'pairwise') return card.options.map((o, index) => ({ index, label: o.label }));
  const [first, second] = card.swapped ? [1, 0] : [0, 1];
  return [
    { index: first, label: t.t('btn-pair-first') },
    { index: second, label: t.t('btn-pair-second') },
    ...card.options.slice(2).map((o, i) => ({ index: i + 2, label: pairOutcomeLabel(t, o) })),
  ];
}

/** A pairwise card's further outcomes are the platform's own (kind-rules.ts): named in the reader's words. */
function pairOutcomeLabel(t: Translator, o: CampaignOption): string {
  if (o.id === 'tie') return t.t('btn-pair-tie');
  if (o.id === 'both_bad') return t.t('btn-pair-both-bad');
  return o.label;
}

/** What a multi-label answer names: its labels in the campaign's order, "none apply" for the empty set; the choice itself when it is no set of them. */
export function labelSetText(t: Translator, options: readonly CampaignOption[], choice: string): string {
  const ticked = parseLabelSet(options, choice);
  if (!ticked) return choice;
  return ticked.length === 0 ? t.t('card-none-apply') : ticked.map((i) => options[i]!.label).join(', ');
}

/**
 * The label a card shows for an option id (a reply, a final card's consensus); the id
 * itself when it is none of them. A multi-label choice is a set: its labels, listed.
 */
export function shownLabel(t: Translator, card: Pick<TaskCard, 'kind' | 'options' | 'swapped'>, optionId: string | null): string {
  if (card.kind === 'multilabel' && optionId !== null) return labelSetText(t, card.options, optionId);
  const index = card.options.findIndex((o) => o.id === optionId);
  return shownOptions(t, card).find((o) => o.index === index)?.label ?? optionId ?? '';
}

const field = (payload: Record<string, unknown>, key: string): string => (typeof payload[key] === 'string' ? (payload[key] as string) : '');

/** A pairwise item's text: the prompt, then the two outputs in the viewer's order; the models stay unnamed (a blind comparison). */
export function pairText(t: Translator, card: Pick<TaskCard, 'payload' | 'swapped'>): string {
  const [first, second] = card.swapped ? ['b', 'a'] : ['a', 'b'];
  return [
    `${t.t('card-pair-prompt')}\n${field(card.payload, 'prompt')}`,
    `${t.t('card-pair-first')}\n${field(card.payload, first)}`,
    `${t.t('card-pair-second')}\n${field(card.payload, second)}`,
  ].join('\n\n');
}

/** A ticked label's button starts with this. */
export const TICK_MARK = '✓ ';

/** Toggles to a row on a multi-label card: labels up to 80 characters stay readable on a phone. */
const TOGGLES_PER_ROW = 3;

/**
 * A multi-label card's buttons: one toggle per label in the campaign's order (a ticked one
 * marked), then None apply (the empty set, the whole-set id with no bit) and Done on the
 * last row. Done with nothing ticked is refused (label-set-commands.ts): ticks that expired
 * must not turn into "none apply" behind the member's back.
 */
export function labelRows(t: Translator, taskId: number, options: readonly CampaignOption[], ticked: ReadonlySet<number> = new Set()): ChatButton[][] {
  const rows: ChatButton[][] = [];
  options.forEach((o, i) => {
    if (i % TOGGLES_PER_ROW === 0) rows.push([]);
    rows[rows.length - 1]!.push({ id: toggleButton(taskId, i), label: ticked.has(i) ? `${TICK_MARK}${o.label}` : o.label });
  });
  rows.push([
    // None apply: the empty set, an explicit choice, never what Done sends for no ticks.
    { id: setButton(taskId, 0), label: t.t('btn-none-apply') },
    { id: doneButton(taskId), label: t.t('btn-done') },
  ]);
  return rows;
}

/**
 * Whether a pressed card's buttons (as the member's chat shows them) mark any label of the
 * task ticked: a toggle whose text is its label with the tick mark. A label that itself
 * starts with the mark is compared whole, so it never reads as ticked.
 */
export function showsTicks(buttons: readonly (readonly ChatButton[])[] | undefined, taskId: number, options: readonly CampaignOption[]): boolean {
  return (buttons ?? []).flat().some((b) => {
    const a = parseButton(b.id);
    return a?.kind === 'toggle' && a.taskId === taskId && options[a.optionIndex] !== undefined && b.label === `${TICK_MARK}${options[a.optionIndex]!.label}`;
  });
}

/**
 * The task of a multi-label card's buttons and its labels (the toggles, in order; a card
 * built for a surface that shows no ticks), or undefined when the buttons are not one
 * multi-label card's: what Discord turns into a select menu and the console numbers (each
 * has its own way to say none apply, so the None apply button is left out here).
 */
export function labelCard(buttons: readonly (readonly ChatButton[])[] | undefined): { taskId: number; labels: { index: number; label: string }[] } | undefined {
  const all = (buttons ?? []).flat();
  const actions = all.map((b) => parseButton(b.id));
  const done = actions.find((a) => a?.kind === 'done');
  if (!done || done.kind !== 'done') return undefined;
  const labels: { index: number; label: string }[] = [];
  for (const [i, a] of actions.entries()) {
    if (a?.kind === 'done' && a.taskId === done.taskId) continue;
    if (a?.kind === 'set' && a.taskId === done.taskId && a.mask === 0) continue;
    if (a?.kind !== 'toggle' || a.taskId !== done.taskId) return undefined;
    labels.push({ index: a.optionIndex, label: all[i]!.label });
  }
  return labels.length > 0 ? { taskId: done.taskId, labels } : undefined;
}

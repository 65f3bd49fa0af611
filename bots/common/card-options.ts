import type { TaskCard } from '../../core';

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
export function shownOptions(card: Pick<TaskCard, 'kind' | 'options' | 'swapped'>): ShownOption[] {
  if (card.kind !== 'pairwise') return card.options.map((o, index) => ({ index, label: o.label }));
  const [first, second] = card.swapped ? [1, 0] : [0, 1];
  return [
    { index: first, label: '1 is better' },
    { index: second, label: '2 is better' },
    ...card.options.slice(2).map((o, i) => ({ index: i + 2, label: o.label })),
  ];
}

/** The label a card shows for an option id (a reply, a final card's consensus); the id itself when it is none of them. */
export function shownLabel(card: Pick<TaskCard, 'kind' | 'options' | 'swapped'>, optionId: string | null): string {
  const index = card.options.findIndex((o) => o.id === optionId);
  return shownOptions(card).find((o) => o.index === index)?.label ?? optionId ?? '';
}

const field = (payload: Record<string, unknown>, key: string): string => (typeof payload[key] === 'string' ? (payload[key] as string) : '');

/** A pairwise item's text: the prompt, then the two outputs in the viewer's order; the models stay unnamed (a blind comparison). */
export function pairText(card: Pick<TaskCard, 'payload' | 'swapped'>): string {
  const [first, second] = card.swapped ? ['b', 'a'] : ['a', 'b'];
  return `Prompt:\n${field(card.payload, 'prompt')}\n\nResponse 1:\n${field(card.payload, first)}\n\nResponse 2:\n${field(card.payload, second)}`;
}

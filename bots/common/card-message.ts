import type { TaskCard } from '../../core';
import type { ChatMessage } from './chat-message';
import { itemText } from './format';
import { boardTaskMessage } from './member-commands';

/**
 * A task card as a group chat shows it: any member taps an option while the task is
 * open; once final, the card shows the consensus and loses its buttons.
 */
export function groupCardMessage(card: TaskCard): ChatMessage {
  if (card.status === 'open') return boardTaskMessage(card);
  const labelOf = (id: string | null) => card.options.find((o) => o.id === id)?.label ?? id ?? '';
  const outcome =
    card.status === 'final' ? `Consensus: ${labelOf(card.consensusLabel)}` : 'Closed without a clear consensus';
  return {
    text:
      `Campaign #${card.campaignId} · ${card.campaignName} · task ${card.taskId}\n` +
      `${card.question}\n\n${itemText(card.payload)}\n\n` +
      `${outcome} · ${card.answerCount} answer${card.answerCount === 1 ? '' : 's'}`,
    buttons: [],
  };
}

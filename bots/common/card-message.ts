import type { TaskCard } from '../../core';
import type { ChatMessage } from './chat-message';
import { shownLabel } from './card-options';
import { boardTaskMessage, cardBody } from './member-commands';

/**
 * A task card as a group chat shows it: any member taps an option while the task is
 * open; once final, the card shows the consensus and loses its buttons.
 */
export function groupCardMessage(card: TaskCard): ChatMessage {
  if (card.status === 'open') return boardTaskMessage(card);
  const outcome = card.status === 'final' ? `Consensus: ${shownLabel(card, card.consensusLabel)}` : 'Closed without a clear consensus';
  return {
    text:
      `Campaign #${card.campaignId} · ${card.campaignName} · task ${card.taskId}\n` +
      `${cardBody(card)}\n\n` +
      `${outcome} · ${card.answerCount} answer${card.answerCount === 1 ? '' : 's'}`,
    buttons: [],
    // A final card keeps its picture: Telegram edits only its caption, Discord keeps the attachment.
    ...(card.image ? { image: card.image } : {}),
  };
}

import type { TaskCard } from '../../core';
import type { ChatMessage } from './chat-message';
import { shownLabel } from './card-options';
import { boardTaskMessage, cardBody, closedCount } from './member-commands';

/**
 * A task card as a group chat shows it: any member taps an option while the task is
 * open; once final, the card shows the consensus and loses its buttons.
 */
export function groupCardMessage(card: TaskCard): ChatMessage {
  if (card.status === 'open') return boardTaskMessage(card);
  // A contribute task has no consensus of its own: each text is judged by its check task.
  const outcome = card.kind === 'contribute' ? 'Closed: the texts go to other members for checking' : card.status === 'final' ? `Consensus: ${shownLabel(card, card.consensusLabel)}` : 'Closed without a clear consensus';
  return {
    text: `Campaign #${card.campaignId} · ${card.campaignName} · task ${card.taskId}\n` + `${cardBody(card)}\n\n` + `${outcome} · ${closedCount(card)}`,
    buttons: [],
    // A final card keeps its picture: Telegram edits only its caption, Discord keeps the attachment.
    ...(card.image ? { image: card.image } : {}),
  };
}

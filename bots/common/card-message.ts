import type { TaskCard } from '../../core';
import type { ChatMessage } from './chat-message';
import { shownLabel } from './card-options';
import type { Translator } from './i18n/translator';
import { localizeCard } from './localized-card';
import { boardTaskMessage, cardBody, cardHeader, closedCount } from './member-commands';

/**
 * A task card as a group chat shows it: any member taps an option while the task is
 * open; once final, the card shows the consensus and loses its buttons.
 */
export function groupCardMessage(t: Translator, card: TaskCard): ChatMessage {
  card = localizeCard(card, t);
  if (card.status === 'open') return boardTaskMessage(t, card);
  // A contribute task has no consensus of its own: each text is judged by its check task.
  const outcome =
    card.kind === 'contribute'
      ? t.t('card-closed-texts')
      : card.status === 'final'
        ? t.t('card-closed-consensus', { label: shownLabel(t, card, card.consensusLabel) })
        : t.t('card-closed-unclear');
  return {
    text: `${cardHeader(t, card)}\n${cardBody(t, card)}\n\n${outcome} · ${closedCount(t, card)}`,
    buttons: [],
    // A final card keeps its picture: Telegram edits only its caption, Discord keeps the attachment.
    ...(card.image ? { image: card.image } : {}),
  };
}

import type { Api } from 'grammy';
import type { Core } from '../../core';
import { CardBoard as CommonCardBoard, type CardBoardDeps, type CardBoardOptions, type CardSurface } from '../common/card-board';
import { groupCardMessage } from '../common/card-message';
import { renderMessages, type TelegramMessage } from './render-message';
import { TelegramPhotos } from './telegram-photos';

export type { CardBoardDeps, CardBoardOptions };

/** Telegram's side of the cards: group chats by numeric id, messages as HTML with inline buttons (a card with a picture a photo, its caption edited). */
const telegramSurface = (photos: TelegramPhotos): CardSurface<number, number, TelegramMessage> => ({
  platform: 'telegram',
  chatPrefix: 'telegram:',
  chatKey: (chatId) => `telegram:${chatId}`,
  chatOf: (suffix) => Number(suffix),
  messageOf: (card) => card.messageId!,
  render: (card, t) => {
    // The buttons ride on the last page; a card longer than a message posts its first pages before it.
    const pages = renderMessages([groupCardMessage(t, card)]);
    const m = pages[pages.length - 1]!;
    return { message: m, shown: m.html, ...(pages.length > 1 ? { lead: pages.slice(0, -1) } : {}) };
  },
  send: (chatId, m) => photos.send(chatId, m),
  // A final card drops its buttons (an empty keyboard, not an absent one, removes them).
  edit: (chatId, messageId, m) => photos.edit(chatId, messageId, m),
});

/**
 * The task cards of Telegram group chats (bots/common/card-board.ts). The API throttler
 * holds every call to Telegram's limits; the board's edit rounds let the answers of a
 * second collapse into one edit per card.
 */
export class TelegramCardBoard extends CommonCardBoard<number, number, TelegramMessage> {
  constructor(api: Api, deps: CardBoardDeps & Pick<Core, 'media'>, opts: CardBoardOptions = {}, photos = new TelegramPhotos(api, deps.media, deps.logger)) {
    super(telegramSurface(photos), deps, opts);
  }
}

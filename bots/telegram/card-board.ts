import type { Api } from 'grammy';
import { CardBoard as CommonCardBoard, type CardBoardDeps, type CardBoardOptions, type CardSurface } from '../common/card-board';
import { groupCardMessage } from '../common/card-message';
import { renderMessages, type TelegramMessage } from './render-message';

export type { CardBoardDeps, CardBoardOptions };

/** Telegram's side of the cards: group chats by numeric id, messages as HTML with inline buttons. */
const telegramSurface = (api: Api): CardSurface<number, number, TelegramMessage> => ({
  platform: 'telegram',
  chatPrefix: 'telegram:',
  chatKey: (chatId) => `telegram:${chatId}`,
  chatOf: (suffix) => Number(suffix),
  messageOf: (card) => card.messageId!,
  render: (card) => {
    const [m] = renderMessages([groupCardMessage(card)]);
    return { message: m!, shown: m!.html };
  },
  send: async (chatId, m) => (await api.sendMessage(chatId, m.html, { parse_mode: 'HTML', reply_markup: m.replyMarkup })).message_id,
  edit: async (chatId, messageId, m) => {
    // A final card drops its buttons: an empty keyboard, not an absent one, removes them.
    await api.editMessageText(chatId, messageId, m.html, { parse_mode: 'HTML', reply_markup: m.replyMarkup ?? { inline_keyboard: [] } });
  },
});

/**
 * The task cards of Telegram group chats (bots/common/card-board.ts). The API throttler
 * holds every call to Telegram's limits; the board's edit rounds let the answers of a
 * second collapse into one edit per card.
 */
export class TelegramCardBoard extends CommonCardBoard<number, number, TelegramMessage> {
  constructor(api: Api, deps: CardBoardDeps, opts: CardBoardOptions = {}) {
    super(telegramSurface(api), deps, opts);
  }
}

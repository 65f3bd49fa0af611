import { GrammyError, type Api } from 'grammy';
import type { ChatReply } from '../common/chat-message';
import type { BotContext } from './bot-context';
import { renderMessages, type TelegramMessage } from './render-message';
import type { TelegramPhotos } from './telegram-photos';

const NO_PREVIEW = { link_preview_options: { is_disabled: true } };

/** One message: through `photos` (a card with a picture as a photo), or as text when there is none (a card's text pages). */
async function sendOne(api: Api, chatId: number, m: TelegramMessage, photos: TelegramPhotos | undefined): Promise<void> {
  if (photos) {
    await photos.send(chatId, m, NO_PREVIEW);
    return;
  }
  for (const page of m.photo ? m.photo.text : [m]) await api.sendMessage(chatId, page.html, { parse_mode: 'HTML', reply_markup: page.replyMarkup, ...NO_PREVIEW });
}

/**
 * Sends a reply's messages to the chat of the update, in order, as HTML; a card with a
 * picture as a photo through `photos` (without it, as text).
 */
export async function sendReply(ctx: BotContext, reply: ChatReply, photos?: TelegramPhotos): Promise<void> {
  for (const m of renderMessages(reply.messages)) {
    if (m.photo && photos) {
      // ctx.reply's own choice of topic, for the photo too.
      const topic = ctx.msg?.is_topic_message ? { message_thread_id: ctx.msg.message_thread_id } : {};
      await photos.send(ctx.chat!.id, m, { ...NO_PREVIEW, ...topic });
      continue;
    }
    for (const page of m.photo ? m.photo.text : [m]) await ctx.reply(page.html, { parse_mode: 'HTML', reply_markup: page.replyMarkup, ...NO_PREVIEW });
  }
}

/**
 * Sends a reply to a member's private chat. Resolves false, with nothing sent, when
 * Telegram refuses to start that chat (403: the member never started the bot, or blocked
 * it); any other failure throws.
 */
export async function sendPrivately(api: Api, userId: number, reply: ChatReply, photos?: TelegramPhotos): Promise<boolean> {
  const messages = renderMessages(reply.messages);
  for (const [i, m] of messages.entries()) {
    try {
      await sendOne(api, userId, m, photos);
    } catch (e) {
      // Only the first message tells whether the chat is open; a later 403 is a real failure.
      if (i === 0 && e instanceof GrammyError && e.error_code === 403) return false;
      throw e;
    }
  }
  return true;
}

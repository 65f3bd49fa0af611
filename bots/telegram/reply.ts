import { GrammyError, type Api } from 'grammy';
import type { ChatReply } from '../common/chat-message';
import type { BotContext } from './bot-context';
import { renderMessages } from './render-message';

/** Sends a reply's messages to the chat of the update, in order, as HTML. */
export async function sendReply(ctx: BotContext, reply: ChatReply): Promise<void> {
  for (const m of renderMessages(reply.messages)) {
    await ctx.reply(m.html, { parse_mode: 'HTML', reply_markup: m.replyMarkup, link_preview_options: { is_disabled: true } });
  }
}

/**
 * Sends a reply to a member's private chat. Resolves false, with nothing sent, when
 * Telegram refuses to start that chat (403: the member never started the bot, or blocked
 * it); any other failure throws.
 */
export async function sendPrivately(api: Api, userId: number, reply: ChatReply): Promise<boolean> {
  const messages = renderMessages(reply.messages);
  for (const [i, m] of messages.entries()) {
    try {
      await api.sendMessage(userId, m.html, { parse_mode: 'HTML', reply_markup: m.replyMarkup, link_preview_options: { is_disabled: true } });
    } catch (e) {
      // Only the first message tells whether the chat is open; a later 403 is a real failure.
      if (i === 0 && e instanceof GrammyError && e.error_code === 403) return false;
      throw e;
    }
  }
  return true;
}

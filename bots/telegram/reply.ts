import type { ChatReply } from '../common/chat-message';
import type { BotContext } from './bot-context';
import { renderMessages } from './render-message';

/** Sends a reply's messages to the chat of the update, in order, as HTML. */
export async function sendReply(ctx: BotContext, reply: ChatReply): Promise<void> {
  for (const m of renderMessages(reply.messages)) {
    await ctx.reply(m.html, { parse_mode: 'HTML', reply_markup: m.replyMarkup, link_preview_options: { is_disabled: true } });
  }
}

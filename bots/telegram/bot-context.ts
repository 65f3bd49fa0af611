import type { Context } from 'grammy';
import type { ChatContext } from '../common/chat-message';

/** What every handler knows about the update: who speaks and where, as the shared layer sees it. */
export interface TnetFlavor {
  tnet: {
    /** Who speaks, where; `moderator` is unset until a handler that needs it asks. */
    chat: ChatContext;
  };
}

export type BotContext = Context & TnetFlavor;

export const isGroupChat = (ctx: Context): boolean => ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup';

/** "telegram:<chat id>", the chat id core stores (campaign postings, posted cards). */
export const chatKey = (chatId: number): string => `telegram:${chatId}`;

/** Fills ctx.tnet from the update: the member reaches core as { platform, platformUserId }. */
export async function identify(ctx: BotContext, next: () => Promise<void>): Promise<void> {
  const from = ctx.from;
  const chat = ctx.chat;
  // Channel posts and service updates have no member to serve.
  if (!from || !chat || from.is_bot) return;
  const displayName = [from.first_name, from.last_name].filter(Boolean).join(' ') || from.username || '';
  ctx.tnet = {
    chat: {
      user: { platform: 'telegram', platformUserId: String(from.id), displayName },
      chatId: chatKey(chat.id),
      isPrivate: chat.type === 'private',
      place: chat.type === 'private' ? null : String(chat.id),
    },
  };
  await next();
}

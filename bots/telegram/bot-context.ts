import type { Context } from 'grammy';
import type { ChatContext } from '../common/chat-message';
import { parseCommandLine, type CommandLine } from '../common/command-line';
import { languageChatKey, type LanguageResolver } from '../common/i18n/language-resolver';

/** What every handler knows about the update: who speaks and where, as the shared layer sees it. */
export interface TnetFlavor {
  tnet: {
    /** Who speaks, where; `moderator` is unset until a handler that needs it asks. */
    chat: ChatContext;
    /** A text message's command line, parsed once for every handler; undefined for other text and other updates. */
    command?: CommandLine;
  };
}

export type BotContext = Context & TnetFlavor;

export const isGroupChat = (ctx: Context): boolean => ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup';

/** Whether the message's command names another bot (`/task@other_bot`). */
export function forAnotherBot(ctx: BotContext): boolean {
  const to = ctx.tnet.command?.addressee;
  return to !== undefined && to.toLowerCase() !== ctx.me.username.toLowerCase();
}

/** "telegram:<chat id>", the chat id core stores (campaign postings, posted cards). */
export const chatKey = (chatId: number): string => `telegram:${chatId}`;

/**
 * Fills ctx.tnet from the update: the member reaches core as { platform, platformUserId }; a
 * command line is parsed here, once; the languages come from `languages` (the member's
 * /language, else their app's language_code; a group's or channel's moderators' choice).
 */
export const identify =
  (languages: LanguageResolver) =>
  async (ctx: BotContext, next: () => Promise<void>): Promise<void> => {
    const from = ctx.from;
    const chat = ctx.chat;
    // Channel posts and service updates have no member to serve.
    if (!from || !chat || from.is_bot) return;
    const displayName = [from.first_name, from.last_name].filter(Boolean).join(' ') || from.username || '';
    const user = { platform: 'telegram' as const, platformUserId: String(from.id), displayName };
    const isPrivate = chat.type === 'private';
    const place = isPrivate ? null : String(chat.id);
    const langs = await languages.resolve({ user, isPrivate, chatKey: languageChatKey({ user, isPrivate, place }), client: from.language_code });
    ctx.tnet = {
      chat: { user, chatId: chatKey(chat.id), isPrivate, place, ...langs },
      command: ctx.message?.text === undefined ? undefined : parseCommandLine(ctx.message.text),
    };
    await next();
  };

import type { CommandLine } from '../common/command-line';
import type { CommandRouter } from '../common/command-router';
import { translator } from '../common/i18n/translator';
import { groupPointer, type GroupRoute } from '../common/private-only';
import { chatKey, type BotContext } from './bot-context';
import { sendPrivately } from './reply';
import type { TelegramPhotos } from './telegram-photos';

/**
 * A personal command (or a moderator's listing, answered with the group's view) sent in a
 * group: answered in the member's private chat, and the group gets one line saying so (or, when Telegram will not let the bot start that chat,
 * the t.me deep link that opens it). Nothing of the answer is posted in the group.
 */
export async function answerInPrivate(ctx: BotContext, router: CommandRouter, route: Exclude<GroupRoute, { kind: 'public' }>, text: string, command: CommandLine, photos?: TelegramPhotos): Promise<void> {
  const from = ctx.from!;
  // The same speaker, in their private chat and language (personal commands ask nothing of moderators).
  const chat = { ...ctx.tnet.chat, chatId: chatKey(from.id), isPrivate: true, lang: ctx.tnet.chat.memberLang };
  const reply = route.kind === 'ask' ? { messages: [{ text: translator(chat.lang).t(route.prompt) }] } : await router.handleLine(chat, text, command);
  const delivered = await sendPrivately(ctx.api, from.id, reply, photos);
  // A moderator listing has no start payload: the link only opens the chat.
  const deepLink = `https://t.me/${ctx.me.username}${route.kind === 'listing' ? '' : `?start=${route.start}`}`;
  // The line is posted in the group: in the group's language.
  const t = translator(ctx.tnet.chat.lang);
  const line = delivered ? groupPointer(t, { delivered }) : groupPointer(t, { delivered, deepLink });
  await ctx.reply(line, { reply_parameters: { message_id: ctx.message!.message_id, allow_sending_without_reply: true }, link_preview_options: { is_disabled: true } });
}

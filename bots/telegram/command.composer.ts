import { Composer } from 'grammy';
import type { Logger } from '../../core';
import type { CommandLine } from '../common/command-line';
import type { CommandRouter } from '../common/command-router';
import { commandNamed, hasModeratorInputs, whoForSub } from '../common/commands';
import { translator } from '../common/i18n/translator';
import { groupPointer, groupRoute, isModeratorListing, parseStartPayload } from '../common/private-only';
import { forAnotherBot, isGroupChat, type BotContext } from './bot-context';
import type { ModeratorCheck } from './moderator-check';
import { answerInPrivate } from './private-answer';
import { sendPrivately, sendReply } from './reply';
import type { TelegramPhotos } from './telegram-photos';

export interface CommandComposerDeps {
  router: CommandRouter;
  moderators: ModeratorCheck;
  logger: Logger;
  /** Sends task cards with pictures as photos; without it (a /campaign line, which never answers with a card) they go as text. */
  photos?: TelegramPhotos;
}

/**
 * /task in a group: the card comes in the member's private chat (the group sees one line),
 * from this group's community's campaigns and the platform's (the context keeps the group
 * as the place). When Telegram will not let the bot start that chat, the line says how to
 * open it (the task counts as served from now, so its think time only grows).
 */
async function taskInPrivate(ctx: BotContext, deps: CommandComposerDeps, text: string, command: CommandLine): Promise<void> {
  // The card is read in private: in the member's language; the line below it in the group's.
  const reply = await deps.router.handleLine({ ...ctx.tnet.chat, lang: ctx.tnet.chat.memberLang }, text, command);
  const delivered = await sendPrivately(ctx.api, ctx.from!.id, reply, deps.photos);
  const t = translator(ctx.tnet.chat.lang);
  const line = delivered ? groupPointer(t, { delivered }) : t.t('telegram-task-in-private', { bot: ctx.me.username });
  await ctx.reply(line, { reply_parameters: { message_id: ctx.message!.message_id, allow_sending_without_reply: true } });
}

/**
 * One text message through the shared command layer, with its line as parsed once
 * (ctx.tnet.command). In groups the bot answers only commands (never chatter), and only
 * those addressed to it; tasks are handed out in private chat, cards in the group.
 */
export async function answerText(ctx: BotContext, deps: CommandComposerDeps): Promise<void> {
  const text = ctx.message!.text!;
  const group = isGroupChat(ctx);
  const command = ctx.tnet.command;
  if (group && (!command || forAnotherBot(ctx))) return;
  if (group && command!.name === 'task') return taskInPrivate(ctx, deps, text, command!);
  const chat = ctx.tnet.chat;
  const entry = command && commandNamed(command.name);
  // Moderator facts for core's decisions; the platform is asked only when a rule needs it.
  if (entry && hasModeratorInputs(entry)) chat.moderator = deps.moderators.forChat(ctx.chat!, ctx.from!.id);
  // Personal commands and moderators' listings never answer in a group: their reply goes to the speaker's private chat.
  const speaker = group && command && isModeratorListing(command.name, command.args) && (await deps.moderators.administersHere(ctx.chat!, ctx.from!.id)) ? 'moderator' : 'member';
  const route = group && command ? groupRoute(command.name, command.args, speaker) : undefined;
  if (route && route.kind !== 'public') return answerInPrivate(ctx, deps.router, route, text, command!, deps.photos);
  // A deep link from such a group line: /start <payload> runs that command here.
  const start = !group && command?.name === 'start' ? parseStartPayload(command.args) : undefined;
  const [line, parsed] = start ? [`/${start}`, { name: start, args: [] }] : [text, command];
  const sub = command?.args[0];
  if (group && entry && whoForSub(entry, sub) !== 'member' && !(await deps.moderators.administersHere(ctx.chat!, ctx.from!.id))) {
    deps.logger.info('telegram moderator command refused', { updateId: ctx.update.update_id, userId: ctx.from!.id, sub });
  }
  await sendReply(ctx, await deps.router.handleLine(chat, line, parsed), deps.photos);
}

/**
 * Every text command but /campaign (the campaign composer's), through the shared command
 * layer so every chat words things alike; other messages in private get the pointer to /help.
 */
export function commandComposer(deps: CommandComposerDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on('message:text', (ctx) => answerText(ctx, deps));
  // Documents, photos, stickers in private chat: say what the bot understands.
  c.on('message', async (ctx) => {
    if (ctx.chat.type === 'private') await ctx.reply(translator(ctx.tnet.chat.memberLang).t('telegram-send-help'));
  });
  return c;
}

import { Composer } from 'grammy';
import type { Logger } from '../../core';
import type { CommandRouter } from '../common/command-router';
import { groupPointer, groupRoute, isModeratorListing, parseStartPayload } from '../common/private-only';
import { isGroupChat, type BotContext } from './bot-context';
import type { TelegramCardBoard } from './card-board';
import type { ModeratorCheck } from './moderator-check';
import { answerInPrivate } from './private-answer';
import { sendPrivately, sendReply } from './reply';

export interface CommandComposerDeps {
  router: CommandRouter;
  moderators: ModeratorCheck;
  cards: TelegramCardBoard;
  logger: Logger;
}

/** "/name@bot args": the command name and whom it addresses. */
export function parseCommand(text: string): { name: string; addressee?: string; args: string[] } | undefined {
  const m = /^\/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!m) return undefined;
  return { name: m[1]!.toLowerCase(), addressee: m[2], args: (m[3] ?? '').split(/\s+/).filter(Boolean) };
}

/**
 * /task in a group: the card comes in the member's private chat (the group sees one line),
 * from this group's community's campaigns and the platform's (the context keeps the group
 * as the place). When Telegram will not let the bot start that chat, the line says how to
 * open it (the task counts as served from now, so its think time only grows).
 */
async function taskInPrivate(ctx: BotContext, router: CommandRouter, text: string): Promise<void> {
  const reply = await router.handleText(ctx.tnet.chat, text);
  const delivered = await sendPrivately(ctx.api, ctx.from!.id, reply);
  const line = delivered ? groupPointer({ delivered }) : `Tasks come in private chat: open @${ctx.me.username} and send /task. Here, tap the buttons under the task cards.`;
  await ctx.reply(line, { reply_parameters: { message_id: ctx.message!.message_id, allow_sending_without_reply: true } });
}

/**
 * Text commands, through the shared command layer so every chat words things alike.
 * In groups the bot answers only commands (never chatter), and only those addressed to it;
 * tasks are handed out in private chat, cards in the group.
 */
export function commandComposer(deps: CommandComposerDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on('message:text', async (ctx) => {
    const text = ctx.message.text;
    const group = isGroupChat(ctx);
    const command = parseCommand(text);
    if (group && (!command || (command.addressee !== undefined && command.addressee.toLowerCase() !== ctx.me.username.toLowerCase()))) return;
    if (group && command?.name === 'task') {
      await taskInPrivate(ctx, deps.router, text);
      return;
    }
    const chat = ctx.tnet.chat;
    // Moderator facts for core's decisions; the platform is asked only when a rule needs it.
    const moderation = command?.name === 'campaign' || command?.name === 'community';
    if (moderation) chat.moderator = deps.moderators.forChat(ctx.chat, ctx.from.id);
    // Personal commands and moderators' listings never answer in a group: their reply goes to the speaker's private chat.
    const speaker = group && command && isModeratorListing(command.name, command.args) && (await deps.moderators.administersHere(ctx.chat, ctx.from.id)) ? 'moderator' : 'member';
    const route = group && command ? groupRoute(command.name, command.args, speaker) : undefined;
    if (route && route.kind !== 'public') {
      await answerInPrivate(ctx, deps.router, route, text);
      return;
    }
    // A deep link from such a group line: /start <payload> runs that command here.
    const start = !group && command?.name === 'start' ? parseStartPayload(command.args) : undefined;
    const line = start ? `/${start}` : text;
    if (moderation) {
      const sub = command.args[0];
      if (group && sub !== undefined && sub !== 'list' && sub !== 'stats' && !(await deps.moderators.administersHere(ctx.chat, ctx.from.id))) {
        deps.logger.info('telegram moderator command refused', { updateId: ctx.update.update_id, userId: ctx.from.id, sub });
      }
    }
    const reply = await deps.router.handleText(chat, line);
    await sendReply(ctx, reply);
    const sub = command?.args[0];
    if (group && command?.name === 'campaign' && (sub === 'post' || sub === 'resume') && (await deps.moderators.administersHere(ctx.chat, ctx.from.id))) {
      await deps.cards.fill(ctx.chat.id);
    }
  });
  // Documents, photos, stickers in private chat: say what the bot understands.
  c.on('message', async (ctx) => {
    if (ctx.chat.type === 'private') await ctx.reply('Send /help for the list of commands.');
  });
  return c;
}

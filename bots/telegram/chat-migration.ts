import { Composer } from 'grammy';
import type { Message } from 'grammy/types';
import type { Core } from '../../core';
import type { BotContext } from './bot-context';
import type { TelegramCardBoard } from './card-board';

/** A Telegram chat id: a negative whole number for groups; a supergroup's starts with -100. */
const GROUP_ID = /^-\d{1,19}$/;
const SUPERGROUP_ID = /^-100\d{1,16}$/;

/**
 * The move a service message announces, when it is one: a group upgraded to a supergroup
 * gets a new chat id. Telegram tells it twice, in the old group (`migrate_to_chat_id`) and
 * in the new supergroup (`migrate_from_chat_id`); both give the same move. Anything else,
 * or ids that do not look like a group and a supergroup, is no move.
 */
export function chatMigrationOf(message: Pick<Message, 'chat'> & { migrate_to_chat_id?: number; migrate_from_chat_id?: number }): { from: string; to: string } | undefined {
  let from: string;
  let to: string;
  if (message.migrate_to_chat_id !== undefined && message.chat.type === 'group') {
    from = String(message.chat.id);
    to = String(message.migrate_to_chat_id);
  } else if (message.migrate_from_chat_id !== undefined && message.chat.type === 'supergroup') {
    from = String(message.migrate_from_chat_id);
    to = String(message.chat.id);
  } else {
    return undefined;
  }
  return GROUP_ID.test(from) && SUPERGROUP_ID.test(to) && from !== to ? { from, to } : undefined;
}

export interface ChatMigrationDeps {
  communities: Core['communities'];
  languages: Pick<Core['languages'], 'moveChat'>;
  cards: TelegramCardBoard;
  logger: Core['logger'];
}

/**
 * A group that became a supergroup keeps its community, its posted campaigns and its card
 * pace under the new chat id (core moves them in one audited transaction); the old cards
 * close and the supergroup gets fresh ones. Runs before the member middleware: service
 * messages carry no command and may carry no member.
 */
export function chatMigrationComposer(deps: ChatMigrationDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on(['message:migrate_to_chat_id', 'message:migrate_from_chat_id'], async (ctx) => {
    const move = chatMigrationOf(ctx.message);
    if (!move) {
      deps.logger.warn('telegram chat migration ignored: not a group to a supergroup', { updateId: ctx.update.update_id, chatId: ctx.chat.id });
      return;
    }
    const from = ctx.from && !ctx.from.is_bot ? `telegram:${ctx.from.id}` : 'telegram';
    const moved = await deps.communities.moveChat({ platform: 'telegram', from: move.from, to: move.to, reportedBy: from });
    // The language its moderators chose goes with it (before the fresh cards, which speak it).
    await deps.languages.moveChat(`telegram:${move.from}`, `telegram:${move.to}`);
    deps.logger.info('telegram chat migrated', { updateId: ctx.update.update_id, from: move.from, to: move.to, ...moved });
    if (moved.campaigns > 0) await deps.cards.fill(Number(move.to));
  });
  return c;
}

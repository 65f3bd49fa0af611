import { Composer } from 'grammy';
import type { Message } from 'grammy/types';
import type { CardPress, Core } from '../../core';
import type { CommandRouter } from '../common/command-router';
import { languageTags, type Lang } from '../common/i18n/languages';
import { translator } from '../common/i18n/translator';
import { chatKey, isGroupChat, type BotContext } from './bot-context';
import type { TelegramCardBoard } from './card-board';
import { sendReply } from './reply';
import type { TelegramPhotos } from './telegram-photos';

export interface ContributionComposerDeps {
  router: CommandRouter;
  cards: TelegramCardBoard;
  core: Pick<Core, 'posts' | 'assignment' | 'logger'>;
  photos: TelegramPhotos;
}

const ID = '[1-9]\\d{0,9}';

/**
 * A card's first line (the catalog's card-header) in one language as a pattern: the campaign
 * and task as identifiers, the task captured, any name between. Undefined for a header that
 * does not name its task.
 */
function headerPattern(lang: Lang): RegExp | undefined {
  const header = translator(lang).t('card-header', { campaignId: '\u0001', name: '\u0002', taskId: '\u0003' });
  if (!header.includes('\u0003')) return undefined;
  const escaped = header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace('\u0001', ID).replace('\u0002', '.*').replace('\u0003', `(${ID})`)}$`);
}

let headers: RegExp[] | undefined;

/**
 * The task of a card as its first line names it ("Campaign #3 · Captions · task 17", in any
 * language the bot speaks: a card keeps the words it was sent in), or undefined. Only read
 * from a message the bot itself sent (Telegram fills reply_to_message, a member cannot forge
 * it), and core still admits the text only for a task it served them.
 */
export function cardTaskOf(text: string | undefined): number | undefined {
  const first = (text ?? '').split('\n', 1)[0]!;
  headers ??= languageTags().flatMap((lang) => headerPattern(lang) ?? []);
  for (const pattern of headers) {
    const m = pattern.exec(first);
    const taskId = m ? Number(m[1]) : NaN;
    if (taskId <= 2 ** 31 - 1) return taskId;
  }
  return undefined;
}

/**
 * Contributions on Telegram: a text message that replies to a contribute card is the
 * member's text for its task. In private chat the card is one the bot sent the member
 * (/task); in a group, a posted card (core's posted_card maps the chat and message to its
 * task, and admits the text as for a button press on it). Groups in privacy mode still
 * deliver replies to the bot's own messages. In a group the bot answers with one short line
 * under the member's message and never repeats the text; a reply to any other card or
 * message (a wizard's question), and every command, goes on to the next handlers.
 */
export function contributionComposer(deps: ContributionComposerDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on('message:text', async (ctx, next) => {
    const replied = ctx.message.reply_to_message;
    if (!replied || replied.from?.id !== ctx.me.id || ctx.tnet.command !== undefined) return next();
    if (isGroupChat(ctx)) return inGroup(ctx, replied, next);
    if (ctx.chat.type !== 'private') return next();
    const taskId = cardTaskOf(replied.text ?? replied.caption);
    // A reply to the bot's other messages is for the other handlers: a force_reply question of
    // the /campaign new conversation is answered by a reply to it.
    if (taskId === undefined) return next();
    await sendReply(ctx, await deps.router.handleContribution(ctx.tnet.chat, taskId, ctx.message.text), deps.photos);
  });

  async function inGroup(ctx: BotContext, replied: Message, next: () => Promise<void>): Promise<void> {
    const chatId = ctx.chat!.id;
    const posted = await deps.core.posts.find(chatKey(chatId), replied.message_id);
    if (!posted) return next();
    // A reply to a card that takes a button is chatter about it, not an answer: the group stays quiet.
    const card = await deps.core.assignment.card(posted.taskId);
    if (card.kind !== 'contribute') return next();
    const pressedOn: CardPress = { chatId: chatKey(chatId), messageId: String(replied.message_id) };
    const reply = await deps.router.handleContribution(ctx.tnet.chat, posted.taskId, ctx.message!.text!, pressedOn);
    const line = reply.messages[0]?.text ?? reply.toast ?? '';
    await ctx.reply(line, { reply_parameters: { message_id: ctx.message!.message_id, allow_sending_without_reply: true } });
    if (!posted.closed) deps.cards.touch(chatId, replied.message_id, posted.taskId);
  }
  return c;
}

import { Composer } from 'grammy';
import type { Core } from '../../core';
import { parseButton, type ButtonAction } from '../common/button-id';
import { translator } from '../common/i18n/translator';
import type { CommandRouter } from '../common/command-router';
import { chatKey, isGroupChat, type BotContext } from './bot-context';
import type { TelegramCardBoard } from './card-board';
import type { ModeratorCheck } from './moderator-check';
import { sendReply } from './reply';
import { keyboard, MAX_CAPTION_LENGTH, renderMessages, shownButtons, toastText } from './render-message';
import type { TelegramPhotos } from './telegram-photos';

export interface ButtonComposerDeps {
  router: CommandRouter;
  cards: TelegramCardBoard;
  posts: Core['posts'];
  logger: Core['logger'];
  photos: TelegramPhotos;
  /** The presser's moderator facts for a /language button in a group (only its moderators set its language). */
  moderators?: ModeratorCheck;
}

/** The presses that answer a task: on a member's own card, the card turns into the outcome. */
const ANSWERS: ReadonlySet<ButtonAction['kind']> = new Set(['answer', 'done', 'set']);

/**
 * Button presses. The toast (answerCallbackQuery) always comes first and always comes:
 * it confirms the answer or says why not. In private chat the follow-up messages come
 * after it; in a group only the card changes (batched edits), so the chat is not flooded.
 */
export function buttonComposer(deps: ButtonComposerDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on('callback_query:data', async (ctx) => {
    const data = ctx.callbackQuery.data;
    const action = parseButton(data);
    if (!action) deps.logger.info('telegram forged or stale button', { updateId: ctx.update.update_id, userId: ctx.from.id, data: data.slice(0, 64) });
    const message = ctx.callbackQuery.message;
    let answered = false;
    try {
      // The message the button is on: an answer from a group card counts only on an open card of its task there.
      const pressedOn = message ? { chatId: chatKey(message.chat.id), messageId: String(message.message_id) } : undefined;
      // The keyboard as the member sees it: Done tells ticks that expired from none by its marks.
      if ((action?.kind === 'language' || action?.kind === 'verdict') && deps.moderators && ctx.chat) ctx.tnet.chat.moderator = deps.moderators.forChat(ctx.chat, ctx.from.id);
      const reply = await deps.router.handleButton(ctx.tnet.chat, data, pressedOn, shownButtons(message?.reply_markup));
      await ctx.answerCallbackQuery(reply.toast ? { text: toastText(reply.toast) } : undefined);
      answered = true;
      if (action?.kind === 'toggle' || (action?.kind === 'done' && reply.messages.length === 0)) {
        // A tick (or Done refused: nothing ticked) changes no answer: a member's own card shows
        // the ticks on its keyboard; a shared card's keyboard is everyone's, so there the toast
        // alone names the member's ticks.
        if (ctx.tnet.chat.isPrivate && message && reply.cardButtons) {
          await ctx.editMessageReplyMarkup({ reply_markup: keyboard(reply.cardButtons) }).catch((e: unknown) => deps.logger.warn('telegram ticks not shown on the card', { updateId: ctx.update.update_id, error: e }));
        }
        return;
      }
      if (isGroupChat(ctx) && message) {
        const card = await deps.posts.find(chatKey(message.chat.id), message.message_id);
        if (card) {
          deps.cards.touch(message.chat.id, message.message_id, card.taskId);
          return;
        }
        // A button in a group that is not a posted card: keep the chat quiet, the toast said it.
        return;
      }
      const pages = renderMessages(reply.messages.slice(0, 1));
      // A photo card keeps its picture: the outcome becomes its caption, when it fits one.
      const onPhoto = message !== undefined && 'photo' in message && message.photo !== undefined;
      const first = pages[0];
      if (action !== undefined && ANSWERS.has(action.kind) && message && pages.length === 1 && !first!.photo && (!onPhoto || first!.html.length <= MAX_CAPTION_LENGTH)) {
        // The answered card turns into the answer's outcome (with "Next task"): one call
        // instead of a new message plus an edit, and an old card cannot be tapped again.
        const markup = { parse_mode: 'HTML' as const, reply_markup: first!.replyMarkup ?? { inline_keyboard: [] } };
        const edited = await (onPhoto ? ctx.editMessageCaption({ caption: first!.html, ...markup }) : ctx.editMessageText(first!.html, markup))
          .then(() => true)
          .catch((e: unknown) => {
            deps.logger.warn('telegram card not edited; sending the outcome instead', { updateId: ctx.update.update_id, error: e });
            return false;
          });
        await sendReply(ctx, { messages: edited ? reply.messages.slice(1) : reply.messages }, deps.photos);
        return;
      }
      await sendReply(ctx, reply, deps.photos);
    } finally {
      if (!answered) await ctx.answerCallbackQuery({ text: toastText(translator(ctx.tnet.chat.memberLang).t('toast-telegram-failed')) }).catch(() => undefined);
    }
  });
  return c;
}

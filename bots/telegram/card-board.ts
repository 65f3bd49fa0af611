import type { Api } from 'grammy';
import { DEFAULT_PACE, type Core, type PostPace } from '../../core';
import { groupCardMessage } from '../common/card-message';
import { renderMessages } from './render-message';

export type CardBoardDeps = Pick<Core, 'posts' | 'assignment' | 'logger'>;

export interface CardBoardOptions {
  pace?: PostPace;
  /**
   * Least time between two rounds of card edits in one chat. Telegram allows about one
   * message per second per chat and twenty per minute per group; the API throttler holds
   * every call to those limits, and this pause lets the answers of that second collapse
   * into one edit per card instead of queueing one edit per answer.
   */
  editIntervalMs?: number;
}

/**
 * The task cards of group chats: posts them (reserved in core first, then sent), edits
 * them as answers arrive (batched per chat), shows the consensus when a task is final, and
 * posts new cards as old ones close. Work for one chat runs one piece at a time.
 */
export class CardBoard {
  private readonly pace: PostPace;
  private readonly editIntervalMs: number;
  private readonly chains = new Map<number, Promise<void>>();
  private readonly dirty = new Map<number, Map<number, number>>();
  private readonly timers = new Map<number, NodeJS.Timeout>();
  private readonly lastRound = new Map<number, number>();
  private readonly shown = new Map<string, string>();
  private stopped = false;

  constructor(
    private readonly api: Api,
    private readonly deps: CardBoardDeps,
    opts: CardBoardOptions = {},
  ) {
    this.pace = opts.pace ?? DEFAULT_PACE;
    this.editIntervalMs = opts.editIntervalMs ?? 1000;
  }

  /** Posts the cards a group chat is missing (campaigns posted there, at the pace). Resolves with how many it posted. */
  fill(chatId: number): Promise<number> {
    let posted = 0;
    return this.serial(chatId, async () => {
      posted = await this.post(chatId);
    }).then(() => posted);
  }

  /** A card may have changed (someone answered it): edit it in the chat's next round. */
  touch(chatId: number, messageId: number, taskId: number): void {
    if (this.stopped) return;
    let cards = this.dirty.get(chatId);
    if (!cards) this.dirty.set(chatId, (cards = new Map()));
    cards.set(messageId, taskId);
    if (this.timers.has(chatId)) return;
    const wait = Math.max(0, (this.lastRound.get(chatId) ?? 0) + this.editIntervalMs - Date.now());
    this.timers.set(
      chatId,
      setTimeout(() => {
        this.timers.delete(chatId);
        void this.serial(chatId, () => this.editRound(chatId));
      }, wait),
    );
  }

  /** After a restart: refresh every open card of Telegram chats (answers may have arrived elsewhere). */
  async reconcile(): Promise<void> {
    for (const c of await this.deps.posts.open({ chatPrefix: 'telegram:' })) {
      this.touch(Number(c.chatId.slice('telegram:'.length)), c.messageId!, c.taskId);
    }
  }

  /** Stops scheduling; edits already due run now, and it resolves when the chats' work is done. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const [chatId, t] of this.timers) {
      clearTimeout(t);
      void this.serial(chatId, () => this.editRound(chatId));
    }
    this.timers.clear();
    while (this.chains.size > 0) await Promise.all([...this.chains.values()]);
  }

  private serial(chatId: number, work: () => Promise<void>): Promise<void> {
    const prev = this.chains.get(chatId) ?? Promise.resolve();
    const p = prev
      .then(work)
      .catch((e: unknown) => this.deps.logger.error('telegram card board failed', { chatId, error: e }))
      .finally(() => {
        if (this.chains.get(chatId) === p) this.chains.delete(chatId);
      });
    this.chains.set(chatId, p);
    return p;
  }

  private async post(chatId: number): Promise<number> {
    const key = `telegram:${chatId}`;
    // A moderator's pace for this chat (/campaign post <id> <cards>) wins over the bot's.
    const reserved = await this.deps.posts.reserve(key, (await this.deps.posts.pace(key)) ?? this.pace);
    let posted = 0;
    for (const r of reserved) {
      try {
        const [m] = renderMessages([groupCardMessage(await this.deps.assignment.card(r.taskId))]);
        const sent = await this.api.sendMessage(chatId, m!.html, { parse_mode: 'HTML', reply_markup: m!.replyMarkup });
        await this.deps.posts.sent(key, r.taskId, sent.message_id);
        this.shown.set(`${chatId}:${sent.message_id}`, m!.html);
        posted += 1;
      } catch (e) {
        this.deps.logger.warn('telegram card not posted', { chatId, taskId: r.taskId, error: e });
        await this.deps.posts.release(key, r.taskId);
      }
    }
    return posted;
  }

  private async editRound(chatId: number): Promise<void> {
    const cards = this.dirty.get(chatId);
    this.dirty.delete(chatId);
    if (!cards || cards.size === 0) return;
    this.lastRound.set(chatId, Date.now());
    let closed = 0;
    for (const [messageId, taskId] of cards) {
      const card = await this.deps.assignment.card(taskId);
      const [m] = renderMessages([groupCardMessage(card)]);
      const shownKey = `${chatId}:${messageId}`;
      if (this.shown.get(shownKey) !== m!.html) {
        try {
          await this.api.editMessageText(chatId, messageId, m!.html, { parse_mode: 'HTML', reply_markup: m!.replyMarkup ?? { inline_keyboard: [] } });
          this.shown.set(shownKey, m!.html);
        } catch (e) {
          // "message is not modified" (an edit raced a restart) and deleted cards are harmless.
          this.deps.logger.warn('telegram card edit failed', { chatId, messageId, error: e });
        }
      }
      if (card.status !== 'open' && (await this.deps.posts.close(`telegram:${chatId}`, messageId))) {
        closed += 1;
        this.shown.delete(shownKey);
      }
    }
    if (closed > 0 && !this.stopped) await this.post(chatId);
  }
}

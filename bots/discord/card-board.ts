import { Routes, type REST } from 'discord.js';
import { DEFAULT_PACE, type Core, type PostPace } from '../../core';
import { groupCardMessage } from '../common/card-message';
import { chatKey } from './discord-context';
import { renderMessages, type DiscordMessage } from './render-message';

export type CardBoardDeps = Pick<Core, 'posts' | 'assignment' | 'logger'>;

export interface CardBoardOptions {
  pace?: PostPace;
  /**
   * Least time between two rounds of card edits in one channel. Discord allows about five
   * message edits per five seconds per channel (the REST queue waits out a 429 anyway); a
   * round a second lets the taps of that second collapse into one edit per card.
   */
  editIntervalMs?: number;
}

/** Posting and editing channel messages: the bot's REST client (its queue handles 429s). */
export type ChannelRest = Pick<REST, 'post' | 'patch'>;

/**
 * The task cards of server channels: posts them (reserved in core first, then sent), edits
 * their count as answers arrive (batched per channel), shows the consensus when a task is
 * final, and posts new cards as old ones close. Work for one channel runs one piece at a time.
 */
export class CardBoard {
  private readonly pace: PostPace;
  private readonly editIntervalMs: number;
  private readonly chains = new Map<string, Promise<void>>();
  private readonly dirty = new Map<string, Map<string, number>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastRound = new Map<string, number>();
  private readonly shown = new Map<string, string>();
  private stopped = false;

  constructor(
    private readonly rest: ChannelRest,
    private readonly deps: CardBoardDeps,
    opts: CardBoardOptions = {},
  ) {
    this.pace = opts.pace ?? DEFAULT_PACE;
    this.editIntervalMs = opts.editIntervalMs ?? 1000;
  }

  /** Posts the cards a channel is missing (campaigns posted there, at the pace). Resolves with how many it posted. */
  fill(channelId: string): Promise<number> {
    let posted = 0;
    return this.serial(channelId, async () => {
      posted = await this.post(channelId);
    }).then(() => posted);
  }

  /** A card may have changed (someone answered it): edit it in the channel's next round. */
  touch(channelId: string, messageId: string, taskId: number): void {
    if (this.stopped) return;
    let cards = this.dirty.get(channelId);
    if (!cards) this.dirty.set(channelId, (cards = new Map()));
    cards.set(messageId, taskId);
    if (this.timers.has(channelId)) return;
    const wait = Math.max(0, (this.lastRound.get(channelId) ?? 0) + this.editIntervalMs - Date.now());
    this.timers.set(
      channelId,
      setTimeout(() => {
        this.timers.delete(channelId);
        void this.serial(channelId, () => this.editRound(channelId));
      }, wait),
    );
  }

  /** After a restart: refresh every open card of Discord channels (answers may have arrived elsewhere). */
  async reconcile(): Promise<void> {
    for (const c of await this.deps.posts.open({ chatPrefix: chatKey('') })) {
      this.touch(c.chatId.slice(chatKey('').length), c.messageRef!, c.taskId);
    }
  }

  /** Stops scheduling; edits already due run now, and it resolves when the channels' work is done. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const [channelId, t] of this.timers) {
      clearTimeout(t);
      void this.serial(channelId, () => this.editRound(channelId));
    }
    this.timers.clear();
    while (this.chains.size > 0) await Promise.all([...this.chains.values()]);
  }

  private serial(channelId: string, work: () => Promise<void>): Promise<void> {
    const prev = this.chains.get(channelId) ?? Promise.resolve();
    const p = prev
      .then(work)
      .catch((e: unknown) => this.deps.logger.error('discord card board failed', { channelId, error: e }))
      .finally(() => {
        if (this.chains.get(channelId) === p) this.chains.delete(channelId);
      });
    this.chains.set(channelId, p);
    return p;
  }

  private async render(taskId: number): Promise<{ message: DiscordMessage; open: boolean }> {
    const card = await this.deps.assignment.card(taskId);
    // A card is one embed: its text fits Discord's 4096 characters (items are short), so one page.
    const [message] = renderMessages([groupCardMessage(card)]);
    return { message: message!, open: card.status === 'open' };
  }

  private async post(channelId: string): Promise<number> {
    const key = chatKey(channelId);
    const reserved = await this.deps.posts.reserve(key, (await this.deps.posts.pace(key)) ?? this.pace);
    let posted = 0;
    for (const r of reserved) {
      try {
        const { message } = await this.render(r.taskId);
        const sent = (await this.rest.post(Routes.channelMessages(channelId), { body: message })) as { id: string };
        await this.deps.posts.sent(key, r.taskId, sent.id);
        this.shown.set(`${channelId}:${sent.id}`, JSON.stringify(message));
        posted += 1;
      } catch (e) {
        this.deps.logger.warn('discord card not posted', { channelId, taskId: r.taskId, error: e });
        await this.deps.posts.release(key, r.taskId);
      }
    }
    return posted;
  }

  private async editRound(channelId: string): Promise<void> {
    const cards = this.dirty.get(channelId);
    this.dirty.delete(channelId);
    if (!cards || cards.size === 0) return;
    this.lastRound.set(channelId, Date.now());
    let closed = 0;
    for (const [messageId, taskId] of cards) {
      const { message, open } = await this.render(taskId);
      const shownKey = `${channelId}:${messageId}`;
      const json = JSON.stringify(message);
      if (this.shown.get(shownKey) !== json) {
        try {
          await this.rest.patch(Routes.channelMessage(channelId, messageId), { body: message });
          this.shown.set(shownKey, json);
        } catch (e) {
          // A deleted card or a channel the bot lost access to: the card closes below anyway.
          this.deps.logger.warn('discord card edit failed', { channelId, messageId, error: e });
        }
      }
      if (!open && (await this.deps.posts.close(chatKey(channelId), messageId))) {
        closed += 1;
        this.shown.delete(shownKey);
      }
    }
    if (closed > 0 && !this.stopped) await this.post(channelId);
  }
}

import { DEFAULT_PACE, type Core, type PostedCard, type PostPace, type TaskCard } from '../../core';
import { DEFAULT_LANGUAGE, type Lang } from './i18n/languages';
import { translator, type Translator } from './i18n/translator';

export type CardBoardDeps = Pick<Core, 'posts' | 'assignment' | 'logger'>;

export interface CardBoardOptions {
  pace?: PostPace;
  /**
   * Least time between two rounds of card edits in one chat. Chats limit edits (Telegram:
   * about one message a second per chat, twenty a minute per group; Discord: about five
   * edits per five seconds per channel); a round a second lets the answers of that second
   * collapse into one edit per card instead of queueing one edit per answer.
   */
  editIntervalMs?: number;
  /** The language a chat's cards speak (by core's chat key: "telegram:-100123"); English when absent. */
  chatLanguage?: (chatKey: string) => Promise<Lang>;
}

/**
 * How one platform shows a card: its chat and message ids, the rendered card, and the two
 * calls that post and edit it. `shown` is what an edit compares to skip an unchanged card.
 */
export interface CardSurface<Chat extends string | number, Message extends string | number, Rendered> {
  /** In log lines: 'telegram', 'discord'. */
  readonly platform: string;
  /** The chat as core keys it ("telegram:-100123"), and back. */
  chatKey(chat: Chat): string;
  readonly chatPrefix: string;
  chatOf(suffix: string): Chat;
  /** The message id of a posted card as core stored it. */
  messageOf(card: PostedCard): Message;
  /**
   * The card as the chat shows it: `message` carries the buttons; `lead` are the pages of a
   * card too long for one message, posted before it (the card is their last page), so no
   * card is ever posted without its buttons. An edit changes `message` only.
   */
  render(card: TaskCard, t: Translator): { message: Rendered; shown: string; lead?: Rendered[] };
  send(chat: Chat, message: Rendered): Promise<Message>;
  edit(chat: Chat, messageId: Message, message: Rendered): Promise<void>;
}

/**
 * The task cards of group chats and channels: posts them (reserved in core first, then
 * sent), edits them as answers arrive (batched per chat), shows the consensus when a task is
 * final, and posts new cards as old ones close. Work for one chat runs one piece at a time.
 */
export class CardBoard<Chat extends string | number, Message extends string | number, Rendered> {
  private readonly pace: PostPace;
  private readonly editIntervalMs: number;
  private readonly chatLanguage: (chatKey: string) => Promise<Lang>;
  private readonly chains = new Map<Chat, Promise<void>>();
  private readonly dirty = new Map<Chat, Map<Message, number>>();
  private readonly timers = new Map<Chat, NodeJS.Timeout>();
  private readonly lastRound = new Map<Chat, number>();
  private readonly shown = new Map<string, string>();
  private stopped = false;

  constructor(
    private readonly surface: CardSurface<Chat, Message, Rendered>,
    private readonly deps: CardBoardDeps,
    opts: CardBoardOptions = {},
  ) {
    this.pace = opts.pace ?? DEFAULT_PACE;
    this.editIntervalMs = opts.editIntervalMs ?? 1000;
    this.chatLanguage = opts.chatLanguage ?? (async () => DEFAULT_LANGUAGE);
  }

  /** Posts the cards a chat is missing (campaigns posted there, at the pace). Resolves with how many it posted. */
  fill(chat: Chat): Promise<number> {
    let posted = 0;
    return this.serial(chat, async () => {
      posted = await this.post(chat);
    }).then(() => posted);
  }

  /** A card may have changed (someone answered it): edit it in the chat's next round. */
  touch(chat: Chat, messageId: Message, taskId: number): void {
    if (this.stopped) return;
    let cards = this.dirty.get(chat);
    if (!cards) this.dirty.set(chat, (cards = new Map()));
    cards.set(messageId, taskId);
    if (this.timers.has(chat)) return;
    const wait = Math.max(0, (this.lastRound.get(chat) ?? 0) + this.editIntervalMs - Date.now());
    this.timers.set(
      chat,
      setTimeout(() => {
        this.timers.delete(chat);
        void this.serial(chat, () => this.editRound(chat));
      }, wait),
    );
  }

  /**
   * After a restart: refresh every open card of this platform (answers may have arrived
   * elsewhere), or only of the chats `mine` keeps (a Discord shard: its own servers' channels).
   */
  async reconcile(mine: (chat: Chat) => boolean = () => true): Promise<void> {
    const prefix = this.surface.chatPrefix;
    for (const c of await this.deps.posts.open({ chatPrefix: prefix })) {
      const chat = this.surface.chatOf(c.chatId.slice(prefix.length));
      if (mine(chat)) this.touch(chat, this.surface.messageOf(c), c.taskId);
    }
  }

  /** Stops scheduling; edits already due run now, and it resolves when the chats' work is done. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const [chat, t] of this.timers) {
      clearTimeout(t);
      void this.serial(chat, () => this.editRound(chat));
    }
    this.timers.clear();
    while (this.chains.size > 0) await Promise.all([...this.chains.values()]);
  }

  private serial(chat: Chat, work: () => Promise<void>): Promise<void> {
    const prev = this.chains.get(chat) ?? Promise.resolve();
    const p = prev
      .then(work)
      .catch((e: unknown) => this.deps.logger.error(`${this.surface.platform} card board failed`, { chatId: chat, error: e }))
      .finally(() => {
        if (this.chains.get(chat) === p) this.chains.delete(chat);
      });
    this.chains.set(chat, p);
    return p;
  }

  private async post(chat: Chat): Promise<number> {
    const key = this.surface.chatKey(chat);
    // A moderator's pace for this chat (/campaign post <id> <cards>) wins over the bot's.
    const reserved = await this.deps.posts.reserve(key, (await this.deps.posts.pace(key)) ?? this.pace);
    let posted = 0;
    const t = reserved.length > 0 ? translator(await this.chatLanguage(key)) : undefined;
    for (const r of reserved) {
      try {
        const { message, shown, lead } = this.surface.render(await this.deps.assignment.card(r.taskId, { chatId: key }), t!);
        for (const page of lead ?? []) await this.surface.send(chat, page);
        const messageId = await this.surface.send(chat, message);
        await this.deps.posts.sent(key, r.taskId, messageId);
        this.shown.set(`${chat}:${messageId}`, shown);
        posted += 1;
      } catch (e) {
        this.deps.logger.warn(`${this.surface.platform} card not posted`, { chatId: chat, taskId: r.taskId, error: e });
        await this.deps.posts.release(key, r.taskId);
      }
    }
    return posted;
  }

  private async editRound(chat: Chat): Promise<void> {
    const cards = this.dirty.get(chat);
    this.dirty.delete(chat);
    if (!cards || cards.size === 0) return;
    this.lastRound.set(chat, Date.now());
    let closed = 0;
    const t = translator(await this.chatLanguage(this.surface.chatKey(chat)));
    for (const [messageId, taskId] of cards) {
      const card = await this.deps.assignment.card(taskId, { chatId: this.surface.chatKey(chat) });
      const { message, shown } = this.surface.render(card, t);
      const shownKey = `${chat}:${messageId}`;
      if (this.shown.get(shownKey) !== shown) {
        try {
          await this.surface.edit(chat, messageId, message);
          this.shown.set(shownKey, shown);
          // A member pressing the card from now on saw it as edited: their think time starts here.
          if (card.status === 'open') await this.deps.posts.shown(this.surface.chatKey(chat), messageId);
        } catch (e) {
          // A deleted card, a chat the bot lost, "message is not modified" after a restart:
          // harmless, and the card still closes below when its task is final.
          this.deps.logger.warn(`${this.surface.platform} card edit failed`, { chatId: chat, messageId, error: e });
        }
      }
      if (card.status !== 'open' && (await this.deps.posts.close(this.surface.chatKey(chat), messageId))) {
        closed += 1;
        this.shown.delete(shownKey);
      }
    }
    if (closed > 0 && !this.stopped) await this.post(chat);
  }
}

import type { DataSource } from 'typeorm';
import { systemClock, type Clock } from '../clock';
import {
  closeCard,
  countOpenCards,
  deleteUnsentCard,
  insertReservedCards,
  lockChatCards,
  markCardSent,
  markCardShown,
  selectCardByMessage,
  selectChatPace,
  selectOpenCards,
  upsertChatPace,
  type PostedCardRow,
} from './post.statements';

/** A task card posted to a group chat ("platform:chatId"). */
export interface PostedCard {
  chatId: string;
  /** The chat's message id; null while the card is reserved but not sent yet. */
  messageId: number | null;
  /** The same id as decimal text, exact for ids beyond a JS number (Discord's snowflakes). */
  messageRef: string | null;
  taskId: number;
  campaignId: number;
  closed: boolean;
}

/** How many cards a chat shows at once, and when new ones follow. */
export interface PostPace {
  /** Cards open at once in one chat. */
  openCards: number;
  /** New cards follow when fewer than this many are still open (1..openCards). */
  refillBelow: number;
}

export const DEFAULT_PACE: PostPace = { openCards: 3, refillBelow: 3 };

/** The most cards a moderator may open at once in one chat (each card is a message to edit). */
export const MAX_OPEN_CARDS = 20;

const toCard = (r: PostedCardRow): PostedCard => ({
  chatId: r.chat_id,
  messageId: r.message_id === null ? null : Number(r.message_id),
  messageRef: r.message_ref,
  taskId: r.task_id,
  campaignId: r.campaign_id,
  closed: r.closed_at !== null,
});

/**
 * Which tasks are shown as cards in which group chats. Cards are reserved before they are
 * sent (persist, commit, then send): the unique (chat, task) key decides which replica
 * posts a task, never a check-then-insert.
 */
export class PostService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock = systemClock,
  ) {}

  /**
   * Reserves the tasks a chat should show now: when fewer than `pace.refillBelow` cards
   * are open there, open regular tasks of the active campaigns posted to the chat (budget
   * left, overlap not full, never shown there before), fullest first, up to
   * `pace.openCards` open cards. Gold tasks stay out of group cards: they never close by
   * overlap. Without `pace`, the chat's own (setPace) or DEFAULT_PACE. Returns the reserved
   * task ids; send each, then call `sent` or `release`.
   */
  async reserve(chatId: string, pace?: PostPace): Promise<PostedCard[]> {
    const p = pace ?? (await this.pace(chatId)) ?? DEFAULT_PACE;
    // Two replicas filling one chat at once would both count the same open cards and
    // reserve past the pace (the unique key only keeps them from reserving one task twice).
    return this.ds.transaction(async (m) => {
      await lockChatCards(m, chatId);
      const open = await countOpenCards(m, chatId);
      if (open >= p.refillBelow) return [];
      const want = p.openCards - open;
      if (want <= 0) return [];
      const rows = await insertReservedCards(m, chatId, want);
      return rows.map(toCard);
    });
  }

  /**
   * Sets how many cards a chat shows at once; new cards follow as soon as one closes.
   * @throws RangeError when `openCards` is not a whole number from 1 to MAX_OPEN_CARDS
   *   (the chat edge checks it first; this is the last guard).
   */
  async setPace(chatId: string, openCards: number): Promise<PostPace> {
    if (!Number.isInteger(openCards) || openCards < 1 || openCards > MAX_OPEN_CARDS) throw new RangeError(`openCards must be 1..${MAX_OPEN_CARDS}, got ${openCards}`);
    const pace: PostPace = { openCards, refillBelow: openCards };
    await upsertChatPace(this.ds, chatId, pace.openCards, pace.refillBelow);
    return pace;
  }

  /** The pace a moderator set for a chat, if any. */
  async pace(chatId: string): Promise<PostPace | undefined> {
    const r = await selectChatPace(this.ds, chatId);
    return r ? { openCards: r.open_cards, refillBelow: r.refill_below } : undefined;
  }

  /**
   * Records the message that shows a reserved card, shown from now on: a member who
   * presses it was served the task at this time (until the card's next edit, `shown`).
   */
  async sent(chatId: string, taskId: number, messageId: number | string): Promise<void> {
    await markCardSent(this.ds, chatId, taskId, messageId, this.clock());
  }

  /**
   * Records that a card was edited in front of its chat just now (its count, its outcome):
   * what a member pressing it from now on could have seen since. Think times run from here.
   */
  async shown(chatId: string, messageId: number | string): Promise<void> {
    await markCardShown(this.ds, chatId, messageId, this.clock());
  }

  /** Drops a reservation whose message could not be sent, so the task can be posted later. */
  async release(chatId: string, taskId: number): Promise<void> {
    await deleteUnsentCard(this.ds, chatId, taskId);
  }

  /** The card a chat message shows, if it is one. */
  async find(chatId: string, messageId: number | string): Promise<PostedCard | undefined> {
    const row = await selectCardByMessage(this.ds, chatId, messageId);
    return row && toCard(row);
  }

  /** Marks a card closed (its task is final or no longer takes answers). Returns whether it was open. */
  async close(chatId: string, messageId: number | string): Promise<boolean> {
    return closeCard(this.ds, chatId, messageId);
  }

  /** Open cards with their message, of one chat or (none given) of every chat of a platform prefix like "telegram:". */
  async open(filter: { chatId: string } | { chatPrefix: string }): Promise<PostedCard[]> {
    const rows = await selectOpenCards(this.ds, filter);
    return rows.map(toCard);
  }
}

import type { DataSource } from 'typeorm';
import { systemClock, type Clock } from '../clock';

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

interface Row {
  chat_id: string;
  message_id: string | number | null;
  message_ref: string | null;
  task_id: number;
  campaign_id: number;
  closed_at: Date | null;
}

const toCard = (r: Row): PostedCard => ({
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
    pace ??= (await this.pace(chatId)) ?? DEFAULT_PACE;
    const [{ open }] = await this.ds.query(`SELECT count(*)::int AS open FROM posted_card WHERE chat_id = $1 AND closed_at IS NULL`, [chatId]);
    if (open >= pace.refillBelow) return [];
    const want = pace.openCards - open;
    if (want <= 0) return [];
    const rows: Row[] = await this.ds.query(
      `INSERT INTO posted_card (chat_id, task_id, campaign_id)
       SELECT $1, t.id, t.campaign_id
       FROM task t JOIN campaign c ON c.id = t.campaign_id JOIN campaign_budget b ON b.campaign_id = c.id
       WHERE c.status = 'active' AND c.chat_ids @> to_jsonb($1::text)
         AND b.spent + c.reward_per_answer <= b.budget
         AND t.status = 'open' AND t.gold_label IS NULL AND t.answer_count < c.max_answers_per_task
         AND NOT EXISTS (SELECT 1 FROM posted_card p WHERE p.chat_id = $1 AND p.task_id = t.id)
       ORDER BY t.answer_count DESC, t.id
       LIMIT $2
       ON CONFLICT DO NOTHING
       RETURNING chat_id, message_id, message_id::text AS message_ref, task_id, campaign_id, closed_at`,
      [chatId, want],
    );
    return rows.map(toCard);
  }

  /**
   * Sets how many cards a chat shows at once; new cards follow as soon as one closes.
   * @throws RangeError when `openCards` is not a whole number from 1 to MAX_OPEN_CARDS
   *   (the chat edge checks it first; this is the last guard).
   */
  async setPace(chatId: string, openCards: number): Promise<PostPace> {
    if (!Number.isInteger(openCards) || openCards < 1 || openCards > MAX_OPEN_CARDS) throw new RangeError(`openCards must be 1..${MAX_OPEN_CARDS}, got ${openCards}`);
    const pace: PostPace = { openCards, refillBelow: openCards };
    await this.ds.query(
      `INSERT INTO chat_pace (chat_id, open_cards, refill_below) VALUES ($1, $2, $3)
       ON CONFLICT (chat_id) DO UPDATE SET open_cards = excluded.open_cards, refill_below = excluded.refill_below, updated_at = now()`,
      [chatId, pace.openCards, pace.refillBelow],
    );
    return pace;
  }

  /** The pace a moderator set for a chat, if any. */
  async pace(chatId: string): Promise<PostPace | undefined> {
    const [r] = await this.ds.query(`SELECT open_cards, refill_below FROM chat_pace WHERE chat_id = $1`, [chatId]);
    return r ? { openCards: r.open_cards, refillBelow: r.refill_below } : undefined;
  }

  /**
   * Records the message that shows a reserved card, shown from now on: a member who
   * presses it was served the task at this time (until the card's next edit, `shown`).
   */
  async sent(chatId: string, taskId: number, messageId: number | string): Promise<void> {
    await this.ds.query(`UPDATE posted_card SET message_id = $3, shown_at = $4 WHERE chat_id = $1 AND task_id = $2`, [chatId, taskId, messageId, this.clock()]);
  }

  /**
   * Records that a card was edited in front of its chat just now (its count, its outcome):
   * what a member pressing it from now on could have seen since. Think times run from here.
   */
  async shown(chatId: string, messageId: number | string): Promise<void> {
    await this.ds.query(`UPDATE posted_card SET shown_at = $3 WHERE chat_id = $1 AND message_id = $2`, [chatId, messageId, this.clock()]);
  }

  /** Drops a reservation whose message could not be sent, so the task can be posted later. */
  async release(chatId: string, taskId: number): Promise<void> {
    await this.ds.query(`DELETE FROM posted_card WHERE chat_id = $1 AND task_id = $2 AND message_id IS NULL`, [chatId, taskId]);
  }

  /** The card a chat message shows, if it is one. */
  async find(chatId: string, messageId: number | string): Promise<PostedCard | undefined> {
    const rows: Row[] = await this.ds.query(
      `SELECT chat_id, message_id, message_id::text AS message_ref, task_id, campaign_id, closed_at FROM posted_card WHERE chat_id = $1 AND message_id = $2`,
      [chatId, messageId],
    );
    return rows[0] && toCard(rows[0]);
  }

  /** Marks a card closed (its task is final or no longer takes answers). Returns whether it was open. */
  async close(chatId: string, messageId: number | string): Promise<boolean> {
    const res = await this.ds.query(
      `UPDATE posted_card SET closed_at = now() WHERE chat_id = $1 AND message_id = $2 AND closed_at IS NULL RETURNING id`,
      [chatId, messageId],
    );
    return res[0].length > 0;
  }

  /** Open cards with their message, of one chat or (none given) of every chat of a platform prefix like "telegram:". */
  async open(filter: { chatId: string } | { chatPrefix: string }): Promise<PostedCard[]> {
    const byChat = 'chatId' in filter;
    const rows: Row[] = await this.ds.query(
      `SELECT chat_id, message_id, message_id::text AS message_ref, task_id, campaign_id, closed_at FROM posted_card
       WHERE closed_at IS NULL AND message_id IS NOT NULL AND ${byChat ? 'chat_id = $1' : 'starts_with(chat_id, $1)'}
       ORDER BY id LIMIT 1000`,
      [byChat ? filter.chatId : filter.chatPrefix],
    );
    return rows.map(toCard);
  }
}

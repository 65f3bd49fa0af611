import type { Queryable } from '../db/queryable';

/** A posted card as read back. */
export interface PostedCardRow {
  chat_id: string;
  message_id: string | number | null;
  /** message_id as text: exact beyond a JS number. */
  message_ref: string | null;
  task_id: number;
  campaign_id: number;
  closed_at: Date | null;
}

export interface ChatPaceRow {
  open_cards: number;
  refill_below: number;
}

/**
 * Makes a chat's card reservations take turns until the transaction ends: the count of open
 * cards and the reservation that follows must not interleave with another replica's.
 */
export async function lockChatCards(q: Queryable, chatId: string): Promise<void> {
  await q.query(`SELECT pg_advisory_xact_lock(hashtext('tnet.cards'), hashtext($1))`, [chatId]);
}

/** How many cards are open in a chat (sent or only reserved). */
export async function countOpenCards(q: Queryable, chatId: string): Promise<number> {
  const [{ open }]: { open: number }[] = await q.query(`SELECT count(*)::int AS open FROM posted_card WHERE chat_id = $1 AND closed_at IS NULL`, [chatId]);
  return open;
}

/**
 * Reserves up to `want` cards for a chat: open regular tasks of the active campaigns posted
 * to it (budget left, overlap not full, never shown there before), fullest first; never a
 * contribute campaign's check (served only privately: a ring must not pick its partner's
 * text off a shared card), whatever chats it names. The
 * unique (chat, task) key decides between replicas; returns the cards this call reserved.
 */
export function insertReservedCards(q: Queryable, chatId: string, want: number): Promise<PostedCardRow[]> {
  return q.query(
    `INSERT INTO posted_card (chat_id, task_id, campaign_id)
       SELECT $1, t.id, t.campaign_id
       FROM task t JOIN campaign c ON c.id = t.campaign_id JOIN campaign_budget b ON b.campaign_id = c.id
       WHERE c.status = 'active' AND c.chat_ids @> to_jsonb($1::text)
         AND NOT EXISTS (SELECT 1 FROM contribution_campaign k WHERE k.check_campaign_id = c.id)
         AND b.spent + c.reward_per_answer <= b.budget
         AND t.status = 'open' AND t.gold_label IS NULL AND t.answer_count < c.max_answers_per_task
         AND NOT EXISTS (SELECT 1 FROM posted_card p WHERE p.chat_id = $1 AND p.task_id = t.id)
       ORDER BY t.answer_count DESC, t.id
       LIMIT $2
       ON CONFLICT DO NOTHING
       RETURNING chat_id, message_id, message_id::text AS message_ref, task_id, campaign_id, closed_at`,
    [chatId, want],
  );
}

/** Stores a chat's pace, replacing the one it had. */
export async function upsertChatPace(q: Queryable, chatId: string, openCards: number, refillBelow: number): Promise<void> {
  await q.query(
    `INSERT INTO chat_pace (chat_id, open_cards, refill_below) VALUES ($1, $2, $3)
       ON CONFLICT (chat_id) DO UPDATE SET open_cards = excluded.open_cards, refill_below = excluded.refill_below, updated_at = now()`,
    [chatId, openCards, refillBelow],
  );
}

export async function selectChatPace(q: Queryable, chatId: string): Promise<ChatPaceRow | undefined> {
  const [r]: ChatPaceRow[] = await q.query(`SELECT open_cards, refill_below FROM chat_pace WHERE chat_id = $1`, [chatId]);
  return r;
}

/** Records the message that shows a reserved card, and when it was shown. */
export async function markCardSent(q: Queryable, chatId: string, taskId: number, messageId: number | string, shownAt: Date): Promise<void> {
  await q.query(`UPDATE posted_card SET message_id = $3, shown_at = $4 WHERE chat_id = $1 AND task_id = $2`, [chatId, taskId, messageId, shownAt]);
}

/** Records when a card's message was last edited in front of its chat. */
export async function markCardShown(q: Queryable, chatId: string, messageId: number | string, shownAt: Date): Promise<void> {
  await q.query(`UPDATE posted_card SET shown_at = $3 WHERE chat_id = $1 AND message_id = $2`, [chatId, messageId, shownAt]);
}

/** Drops a reservation that has no message yet. */
export async function deleteUnsentCard(q: Queryable, chatId: string, taskId: number): Promise<void> {
  await q.query(`DELETE FROM posted_card WHERE chat_id = $1 AND task_id = $2 AND message_id IS NULL`, [chatId, taskId]);
}

/** The card a chat message shows, if any. */
export async function selectCardByMessage(q: Queryable, chatId: string, messageId: number | string): Promise<PostedCardRow | undefined> {
  const rows: PostedCardRow[] = await q.query(
    `SELECT chat_id, message_id, message_id::text AS message_ref, task_id, campaign_id, closed_at FROM posted_card WHERE chat_id = $1 AND message_id = $2`,
    [chatId, messageId],
  );
  return rows[0];
}

/** Closes a card; false when it was closed already (or is no card). */
export async function closeCard(q: Queryable, chatId: string, messageId: number | string): Promise<boolean> {
  const res: [unknown[], number] = await q.query(
    `UPDATE posted_card SET closed_at = now() WHERE chat_id = $1 AND message_id = $2 AND closed_at IS NULL RETURNING id`,
    [chatId, messageId],
  );
  return res[0].length > 0;
}

/** Open cards with a message, in id order (at most 1,000): of one chat, or of every chat whose id starts with a prefix. */
export function selectOpenCards(q: Queryable, filter: { chatId: string } | { chatPrefix: string }): Promise<PostedCardRow[]> {
  const byChat = 'chatId' in filter;
  return q.query(
    `SELECT chat_id, message_id, message_id::text AS message_ref, task_id, campaign_id, closed_at FROM posted_card
       WHERE closed_at IS NULL AND message_id IS NOT NULL AND ${byChat ? 'chat_id = $1' : 'starts_with(chat_id, $1)'}
       ORDER BY id LIMIT 1000`,
    [byChat ? filter.chatId : filter.chatPrefix],
  );
}

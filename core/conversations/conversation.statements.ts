import type { Queryable } from '../db/queryable';

/** A conversation's state, unless it expired. */
export async function selectConversationState<T>(q: Queryable, chat: string, user: string): Promise<T | undefined> {
  const rows: { state: T }[] = await q.query(`SELECT state FROM conversation WHERE chat_key = $1 AND user_key = $2 AND expires_at > now()`, [chat, user]);
  return rows[0]?.state;
}

/**
 * Orders read-modify-write turns of one conversation until the transaction ends (a row
 * lock cannot: the row may not exist yet). Two keys sharing a hash only wait for each other.
 */
export async function lockConversation(q: Queryable, chat: string, user: string): Promise<void> {
  await q.query(`SELECT pg_advisory_xact_lock(hashtext('tnet.conversation'), hashtext($1 || chr(10) || $2))`, [chat, user]);
}

/** Ends a conversation. */
export async function deleteConversation(q: Queryable, chat: string, user: string): Promise<void> {
  await q.query(`DELETE FROM conversation WHERE chat_key = $1 AND user_key = $2`, [chat, user]);
}

/** Stores a conversation's state (JSON text) and makes it live for `idleMs` from now. */
export async function upsertConversation(q: Queryable, chat: string, user: string, json: string, idleMs: number): Promise<void> {
  await q.query(
    `INSERT INTO conversation (chat_key, user_key, state, expires_at) VALUES ($1, $2, $3::jsonb, now() + $4 * interval '1 millisecond')
       ON CONFLICT (chat_key, user_key) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at, updated_at = now()`,
    [chat, user, json, idleMs],
  );
}

/** Deletes expired conversations; returns how many. */
export async function deleteExpiredConversations(q: Queryable): Promise<number> {
  const [{ n }]: { n: number }[] = await q.query(`WITH gone AS (DELETE FROM conversation WHERE expires_at <= now() RETURNING 1) SELECT count(*)::int AS n FROM gone`);
  return n;
}

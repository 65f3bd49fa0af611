import type { Queryable } from '../db/queryable';
import type { Platform } from '../domain/platform';

/** The stored language of the member behind an identity: null when they chose none, undefined when the identity is unknown. */
export async function selectMemberLanguage(q: Queryable, platform: Platform, platformUserId: string): Promise<string | null | undefined> {
  const rows: { language: string | null }[] = await q.query(
    `SELECT m.language FROM identity i JOIN member m ON m.id = i.member_id WHERE i.platform = $1 AND i.platform_user_id = $2`,
    [platform, platformUserId],
  );
  return rows[0]?.language;
}

/** Sets (or, with null, clears) a member's language; false when there is no such member. */
export async function updateMemberLanguage(q: Queryable, memberId: number, language: string | null): Promise<boolean> {
  // An UPDATE answers [rows, affected count].
  const [rows]: [unknown[]] = await q.query(`UPDATE member SET language = $2 WHERE id = $1 RETURNING id`, [memberId, language]);
  return rows.length > 0;
}

/** A chat's language, or undefined when its moderators chose none. */
export async function selectChatLanguage(q: Queryable, chatKey: string): Promise<string | undefined> {
  const rows: { language: string }[] = await q.query(`SELECT language FROM chat_language WHERE chat_key = $1`, [chatKey]);
  return rows[0]?.language;
}

/** Sets a chat's language, remembering who set it and when. */
export async function upsertChatLanguage(q: Queryable, chatKey: string, language: string, setBy: number | null): Promise<void> {
  await q.query(
    `INSERT INTO chat_language (chat_key, language, set_by) VALUES ($1, $2, $3)
       ON CONFLICT (chat_key) DO UPDATE SET language = excluded.language, set_by = excluded.set_by, set_at = now()`,
    [chatKey, language, setBy],
  );
}

/** Clears a chat's language. */
export async function deleteChatLanguage(q: Queryable, chatKey: string): Promise<void> {
  await q.query(`DELETE FROM chat_language WHERE chat_key = $1`, [chatKey]);
}

/**
 * Moves a chat's language to its new key (a Telegram group that became a supergroup): kept
 * where the new chat chose none, gone from the old key.
 */
export async function moveChatLanguage(q: Queryable, fromKey: string, toKey: string): Promise<void> {
  await q.query(
    `WITH gone AS (DELETE FROM chat_language WHERE chat_key = $1 RETURNING language, set_by, set_at)
     INSERT INTO chat_language (chat_key, language, set_by, set_at) SELECT $2, language, set_by, set_at FROM gone
       ON CONFLICT (chat_key) DO NOTHING`,
    [fromKey, toKey],
  );
}

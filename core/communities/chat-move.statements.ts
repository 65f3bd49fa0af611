import type { Platform } from '../domain/platform';
import type { Queryable } from '../db/queryable';

/**
 * Points a community at its chat's new id; the community's id, or undefined when the old id
 * was no community or the new one is registered already (that registration stays as is).
 */
export async function moveCommunityChat(q: Queryable, platform: Platform, from: string, to: string): Promise<number | undefined> {
  const [rows]: [{ id: number }[]] = await q.query(
    `UPDATE community SET platform_chat_id = $3 WHERE platform = $1 AND platform_chat_id = $2
       AND NOT EXISTS (SELECT 1 FROM community o WHERE o.platform = $1 AND o.platform_chat_id = $3)
     RETURNING id`,
    [platform, from, to],
  );
  return rows[0]?.id;
}

/** Moves a chat's card pace ("platform:chatId") to its new key, unless the new chat has one; how many rows moved. */
export async function moveChatPace(q: Queryable, fromKey: string, toKey: string): Promise<number> {
  const [rows]: [unknown[]] = await q.query(
    `UPDATE chat_pace SET chat_id = $2, updated_at = now() WHERE chat_id = $1 AND NOT EXISTS (SELECT 1 FROM chat_pace o WHERE o.chat_id = $2) RETURNING chat_id`,
    [fromKey, toKey],
  );
  return rows.length;
}

/** Campaigns posted to the old chat key are posted to the new one instead; how many campaigns changed. */
export async function moveCampaignChat(q: Queryable, fromKey: string, toKey: string): Promise<number> {
  const [rows]: [unknown[]] = await q.query(
    `UPDATE campaign SET chat_ids = (chat_ids - $1::text) || CASE WHEN chat_ids @> to_jsonb($2::text) THEN '[]'::jsonb ELSE jsonb_build_array($2::text) END,
       updated_at = now()
     WHERE chat_ids @> to_jsonb($1::text)
     RETURNING id`,
    [fromKey, toKey],
  );
  return rows.length;
}

/**
 * Closes the old chat's open cards (reserved ones included): their messages stay behind in
 * the old chat, whose message ids mean nothing in the new one, so they are never moved.
 * How many closed.
 */
export async function closeChatCards(q: Queryable, chatKey: string, at: Date): Promise<number> {
  const [rows]: [unknown[]] = await q.query(`UPDATE posted_card SET closed_at = $2 WHERE chat_id = $1 AND closed_at IS NULL RETURNING id`, [chatKey, at]);
  return rows.length;
}

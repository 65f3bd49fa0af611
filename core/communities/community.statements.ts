import type { Platform } from '../domain/platform';
import type { Queryable } from '../db/queryable';

/** A registered community and its emission allowance (base units). */
export interface Community {
  id: number;
  platform: Platform;
  /** Telegram chat id, or Discord server (guild) id. */
  platformChatId: string;
  title: string;
  /** The identity that registered it ("telegram:<user id>", "cli"). */
  registeredBy: string;
  registeredAt: Date;
  /** TNET granted in total, base units. */
  allowance: bigint;
  /** What its campaign budgets reserved of it, base units. */
  reserved: bigint;
  /** What one member may earn from its campaigns in a UTC day, base units; null: no cap. */
  dailyCap: bigint | null;
}

interface CommunityRow {
  id: number;
  platform: Platform;
  platform_chat_id: string;
  title: string;
  registered_by: string;
  registered_at: Date | string;
  allowance: string;
  reserved: string;
  daily_cap: string | null;
}

const COLUMNS = `id, platform, platform_chat_id, title, registered_by, registered_at, allowance::text AS allowance, reserved::text AS reserved, daily_cap::text AS daily_cap`;

const toCommunity = (r: CommunityRow): Community => ({
  id: r.id,
  platform: r.platform,
  platformChatId: r.platform_chat_id,
  title: r.title,
  registeredBy: r.registered_by,
  registeredAt: new Date(r.registered_at),
  allowance: BigInt(r.allowance),
  reserved: BigInt(r.reserved),
  dailyCap: r.daily_cap === null ? null : BigInt(r.daily_cap),
});

/** Sets a community's daily earning cap per member (null: none); undefined for an unknown community. */
export async function updateDailyCap(q: Queryable, communityId: number, cap: bigint | null): Promise<Community | undefined> {
  // An UPDATE through TypeORM answers [rows, count].
  const [rows]: [CommunityRow[]] = await q.query(`UPDATE community SET daily_cap = $2 WHERE id = $1 RETURNING ${COLUMNS}`, [communityId, cap?.toString() ?? null]);
  return rows[0] && toCommunity(rows[0]);
}

/** Inserts a community; undefined when that chat or server is registered already. */
export async function insertCommunity(q: Queryable, c: { platform: Platform; platformChatId: string; title: string; registeredBy: string }): Promise<Community | undefined> {
  const rows: CommunityRow[] = await q.query(
    `INSERT INTO community (platform, platform_chat_id, title, registered_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (platform, platform_chat_id) DO NOTHING RETURNING ${COLUMNS}`,
    [c.platform, c.platformChatId, c.title, c.registeredBy],
  );
  return rows[0] && toCommunity(rows[0]);
}

export async function selectCommunity(q: Queryable, id: number): Promise<Community | undefined> {
  const rows: CommunityRow[] = await q.query(`SELECT ${COLUMNS} FROM community WHERE id = $1`, [id]);
  return rows[0] && toCommunity(rows[0]);
}

export async function selectCommunityByChat(q: Queryable, platform: Platform, platformChatId: string): Promise<Community | undefined> {
  const rows: CommunityRow[] = await q.query(`SELECT ${COLUMNS} FROM community WHERE platform = $1 AND platform_chat_id = $2`, [platform, platformChatId]);
  return rows[0] && toCommunity(rows[0]);
}

export async function selectCommunities(q: Queryable): Promise<Community[]> {
  const rows: CommunityRow[] = await q.query(`SELECT ${COLUMNS} FROM community ORDER BY id`);
  return rows.map(toCommunity);
}

/** The community a campaign belongs to: null for a platform campaign, undefined for no such campaign. */
export async function selectCampaignCommunity(q: Queryable, campaignId: number): Promise<number | null | undefined> {
  const rows: { community_id: number | null }[] = await q.query(`SELECT community_id FROM campaign WHERE id = $1`, [campaignId]);
  return rows[0] === undefined ? undefined : rows[0].community_id;
}

/** Adds to a community's allowance; undefined when there is no such community. */
export async function addAllowance(q: Queryable, id: number, amount: bigint): Promise<Community | undefined> {
  const [rows]: [CommunityRow[]] = await q.query(`UPDATE community SET allowance = allowance + $2::numeric WHERE id = $1 RETURNING ${COLUMNS}`, [id, amount.toString()]);
  return rows[0] && toCommunity(rows[0]);
}

/**
 * Reserves a budget from a community's allowance in one conditional UPDATE (the rule of
 * fitsAllowance): it either fits and is taken, or nothing changes. Returns whether it did.
 */
export async function reserveAllowance(q: Queryable, id: number, budget: bigint): Promise<boolean> {
  const [rows]: [unknown[]] = await q.query(
    `UPDATE community SET reserved = reserved + $2::numeric WHERE id = $1 AND $2::numeric > 0 AND reserved + $2::numeric <= allowance RETURNING id`,
    [id, budget.toString()],
  );
  return rows.length === 1;
}

/** Gives a budget back to its community's allowance (a draft that never ran). */
export async function releaseAllowance(q: Queryable, id: number, budget: bigint): Promise<void> {
  await q.query(`UPDATE community SET reserved = greatest(reserved - $2::numeric, 0) WHERE id = $1`, [id, budget.toString()]);
}

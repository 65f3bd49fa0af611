import type { Queryable } from '../db/queryable';

/** How many campaigns exist, of any status. */
export async function countCampaigns(q: Queryable): Promise<number> {
  const [{ n }]: { n: number }[] = await q.query(`SELECT count(*)::int AS n FROM campaign`);
  return n;
}

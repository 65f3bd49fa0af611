import type { Queryable } from '../db/queryable';

/** The cheapest round trip: resolves when the database answers. */
export async function ping(q: Queryable): Promise<void> {
  await q.query(`SELECT 1`);
}

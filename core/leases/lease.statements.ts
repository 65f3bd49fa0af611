import type { Queryable } from '../db/queryable';

/**
 * Takes or renews a lease: succeeds when nobody holds it, its holder's time ran out, or
 * `holder` holds it already; then it is `holder`'s for `ttlMs` more. Returns whether it did.
 */
export async function takeLease(q: Queryable, name: string, holder: string, ttlMs: number): Promise<boolean> {
  const rows: unknown[] = await q.query(
    `INSERT INTO process_lease AS l (name, holder, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')
     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
       WHERE l.holder = excluded.holder OR l.expires_at < now()
     RETURNING name`,
    [name, holder, ttlMs],
  );
  return rows.length > 0;
}

/** Gives a lease up, if `holder` still holds it. */
export async function dropLease(q: Queryable, name: string, holder: string): Promise<void> {
  await q.query(`DELETE FROM process_lease WHERE name = $1 AND holder = $2`, [name, holder]);
}

/** Who holds a lease now (tests, logs). */
export async function selectLease(q: Queryable, name: string): Promise<{ holder: string; expires_at: Date } | undefined> {
  const [row]: { holder: string; expires_at: Date }[] = await q.query(`SELECT holder, expires_at FROM process_lease WHERE name = $1 AND expires_at >= now()`, [name]);
  return row;
}

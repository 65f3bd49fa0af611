import type { Queryable } from '../db/queryable';

export interface TakeRow {
  /** Buckets that have no row yet (nothing was taken: seed them, then take again). */
  missing: number;
  /** 0 when taken; else ms until every bucket has a token. */
  wait_ms: number;
  /** Buckets taken from (all of them, or none). */
  taken: number;
}

/**
 * Takes one token from every bucket named, all or nothing, in one statement: locks their rows
 * (in key order, so two calls never deadlock), then applies takeAll's rule (send-budget.ts)
 * row by row. `now` in epoch ms; null: the database's clock, read once the rows are locked,
 * so every replica counts on the same clock. Missing rows take nothing and are reported.
 */
export async function takeTokens(q: Queryable, keys: readonly string[], intervalsMs: readonly number[], tolerancesMs: readonly number[], now: number | null = null): Promise<TakeRow> {
  const [row]: TakeRow[] = await q.query(
    `WITH want AS (
       SELECT * FROM unnest($1::text[], $2::float8[], $3::float8[]) AS w(key, interval_ms, tolerance_ms)
     ), held AS (
       SELECT key, tat FROM send_budget WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE
     ), state AS (
       SELECT w.key, w.interval_ms, w.tolerance_ms, h.tat,
              coalesce($4::float8, extract(epoch FROM clock_timestamp()) * 1000) AS now_ms
       FROM want w LEFT JOIN held h USING (key)
     ), decision AS (
       SELECT count(*) FILTER (WHERE tat IS NULL)::int AS missing, max(now_ms) AS now_ms,
              greatest(0, max(tat - tolerance_ms) - max(now_ms)) AS wait_ms
       FROM state
     ), taken AS (
       UPDATE send_budget b SET tat = greatest(s.tat, d.now_ms) + s.interval_ms
       FROM state s, decision d
       WHERE b.key = s.key AND d.missing = 0 AND d.wait_ms <= 1e-6
       RETURNING b.key
     )
     SELECT d.missing, CASE WHEN d.missing = 0 AND d.wait_ms <= 1e-6 THEN 0 ELSE d.wait_ms END AS wait_ms,
            (SELECT count(*) FROM taken)::int AS taken
     FROM decision d`,
    [keys, intervalsMs, tolerancesMs, now],
  );
  return { missing: row!.missing, wait_ms: Number(row!.wait_ms), taken: row!.taken };
}

/** Adds rows for buckets seen for the first time, full (tat 0); another replica's rows stay as they are. */
export async function seedBuckets(q: Queryable, keys: readonly string[]): Promise<void> {
  await q.query(`INSERT INTO send_budget (key, tat) SELECT unnest($1::text[]), 0 ON CONFLICT (key) DO NOTHING`, [keys]);
}

/** Deletes the rows of buckets full since `idleMs` (a missing row is a full bucket); returns how many. */
export async function pruneBuckets(q: Queryable, idleMs: number): Promise<number> {
  const res: [unknown[], number] = await q.query(
    `DELETE FROM send_budget WHERE tat < extract(epoch FROM clock_timestamp()) * 1000 - $1 RETURNING key`,
    [idleMs],
  );
  return res[0].length;
}

/** The stored tat of each bucket named (tests). */
export async function selectBuckets(q: Queryable, keys: readonly string[]): Promise<{ key: string; tat: number }[]> {
  const rows: { key: string; tat: number }[] = await q.query(`SELECT key, tat FROM send_budget WHERE key = ANY($1::text[]) ORDER BY key`, [keys]);
  return rows.map((r) => ({ key: r.key, tat: Number(r.tat) }));
}

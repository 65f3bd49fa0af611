import type { DataSource, EntityManager } from 'typeorm';

interface PgLike {
  query(q: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * Runs a hot-path statement as a named prepared statement on PostgreSQL, so the server
 * parses and plans it once per connection instead of on every call (a large share of the
 * server's CPU per answer: bench:answers in bench/RESULTS.md). Embedded PGlite runs
 * it as a plain query, and a DataSource built with prepared statements off (behind
 * PgBouncer in transaction mode, where the next transaction may land on a server
 * connection that never saw the statement: docs/pgbouncer.md) as an unnamed one. Inside a
 * transaction (an EntityManager with its query runner) it runs on that transaction's
 * connection; otherwise (the DataSource, or `ds.manager`) on a pooled one, in autocommit.
 * Always returns the rows, whatever the statement's kind.
 */
export async function namedQuery<T = Record<string, unknown>>(
  on: DataSource | EntityManager,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const runner = 'manager' in on ? undefined : on.queryRunner;
  const ds = 'manager' in on ? on : on.connection;
  const embedded = isEmbedded(ds);
  const q = { ...(namedStatements(ds) ? { name } : {}), text, values };
  if (!runner) {
    // No transaction (the DataSource, or its manager): a pooled connection for this one statement.
    if (embedded) return rowsOf(await ds.query(text, values)) as T[];
    // What ds.query does, through the same public API, with a name for the statement.
    const own = ds.createQueryRunner();
    try {
      const client = (await own.connect()) as PgLike;
      return (await client.query(q)).rows as T[];
    } finally {
      await own.release();
    }
  }
  if (embedded) return (await runner.query(text, values, true)).records as T[];
  const client = (await runner.connect()) as PgLike;
  return (await client.query(q)).rows as T[];
}

/** Whether `ds` is embedded PGlite (one in-process connection, every statement planned anew) rather than a PostgreSQL server. */
export function isEmbedded(ds: DataSource): boolean {
  return ds.options.type === 'postgres' && 'driver' in ds.options && ds.options.driver !== undefined;
}

/** TypeORM returns [rows, count] for UPDATE and DELETE, rows otherwise. */
const rowsOf = (raw: unknown): unknown[] =>
  Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number' ? raw[0] : (raw as unknown[]);

/** Our key in the `extra` options TypeORM hands to the pg pool (whose clients ignore keys they do not know). */
const NAMED_STATEMENTS = 'tnetNamedStatements';

/** The DataSource `extra` options that turn named prepared statements on or off for namedQuery. */
export function namedStatementsOption(on: boolean): Record<string, boolean> {
  return { [NAMED_STATEMENTS]: on };
}

/** Whether namedQuery names its statements on `ds`: PostgreSQL, unless the DataSource was built with prepared statements off. */
export function namedStatements(ds: DataSource): boolean {
  if (isEmbedded(ds)) return false;
  const extra = (ds.options as { extra?: Record<string, unknown> }).extra;
  return extra?.[NAMED_STATEMENTS] !== false;
}

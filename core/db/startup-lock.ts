import type { DataSource } from 'typeorm';
import { isEmbedded } from './named-query';
import { ownConnection } from './own-connection';
import { beginStartupLock, endStartupLock } from './startup-lock.statements';

/** Start-up work that replicas starting together must not run twice at once. */
export type StartupWork = 'migrations' | 'demo-seed';

/**
 * Runs `work` while this process holds a PostgreSQL advisory lock named after it; a replica
 * starting at the same time waits, then runs `work` itself (which finds nothing left to do).
 * The lock is a transaction-scoped one held by a transaction on a connection of its own,
 * kept open for the duration: it works behind PgBouncer in transaction pooling mode (the
 * open transaction pins the server connection) and ends with the process if it dies. The
 * holder is a connection outside the pool, so `work` has the whole pool (a pool of one
 * included). Embedded PGlite is one process: no lock.
 */
export async function withStartupLock<T>(ds: DataSource, name: StartupWork, work: () => Promise<T>): Promise<T> {
  if (isEmbedded(ds)) return work();
  // A dropped connection ends the lock with it; nothing more to do about it here.
  const holder = await ownConnection(ds, 'tnet-startup', () => undefined);
  try {
    await beginStartupLock(holder, name);
    try {
      return await work();
    } finally {
      await endStartupLock(holder).catch(() => undefined);
    }
  } finally {
    await holder.end().catch(() => undefined);
  }
}

/** Applies the pending migrations under the start-up lock, each in its own transaction; returns the names applied. */
export async function runMigrationsLocked(ds: DataSource): Promise<string[]> {
  return withStartupLock(ds, 'migrations', async () => (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name));
}

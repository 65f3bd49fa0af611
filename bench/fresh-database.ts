import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { adminSql } from '../core/db/admin-sql';
import { createDataSource } from '../ormconfig';

/** How a bench's PostgreSQL data sources connect (PGlite ignores both). */
export interface FreshDatabaseOptions {
  /** Connections per data source (createDataSource's default when absent). */
  poolSize?: number;
  /** Named prepared statements on the hot path (default true); false as behind PgBouncer. */
  preparedStatements?: boolean;
}

/** A database of a bench's own and how to throw it away after. */
export interface FreshDatabase {
  ds: DataSource;
  /**
   * Another, uninitialised data source on the same database, as a second replica's pool:
   * PostgreSQL only (an embedded PGlite belongs to one data source), else it throws.
   */
  another(): DataSource;
  cleanup(): Promise<void>;
}

/**
 * A new, empty database for one bench run: PGlite in a temporary directory, or a database
 * created for the run on the PostgreSQL server behind `adminUrl` (undefined, with a line on
 * stderr, when that server does not answer: the bench skips the engine). Cleanup drops the
 * database even while data sources on it are still open.
 */
export async function freshDatabase(engine: string, name: string, adminUrl: string, opts: FreshDatabaseOptions = {}): Promise<FreshDatabase | undefined> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), `tnet-${name}-`));
    return {
      ds: createDataSource({ pgliteDir: dir }),
      another: () => {
        throw new Error('freshDatabase: an embedded PGlite has one data source; another() needs PostgreSQL');
      },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  try {
    await adminSql(adminUrl, 'SELECT 1');
  } catch {
    process.stderr.write('PostgreSQL does not answer; skipping\n');
    return undefined;
  }
  const db = `tnet_bench_${name}_${process.pid}`;
  await adminSql(adminUrl, `CREATE DATABASE ${db}`);
  const url = new URL(adminUrl);
  url.pathname = `/${db}`;
  const dataSource = () => createDataSource({ databaseUrl: url.toString(), poolSize: opts.poolSize, preparedStatements: opts.preparedStatements });
  return {
    ds: dataSource(),
    another: dataSource,
    cleanup: async () => {
      await adminSql(adminUrl, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    },
  };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { adminSql } from '../core/db/admin-sql';
import { createDataSource } from '../ormconfig';

/** A database of a bench's own and how to throw it away after. */
export interface FreshDatabase {
  ds: DataSource;
  cleanup(): Promise<void>;
}

/**
 * A new, empty database for one bench run: PGlite in a temporary directory, or a database
 * created for the run on the PostgreSQL server behind `adminUrl` (undefined, with a line on
 * stderr, when that server does not answer: the bench skips the engine).
 */
export async function freshDatabase(engine: string, name: string, adminUrl: string): Promise<FreshDatabase | undefined> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), `tnet-${name}-`));
    return { ds: createDataSource({ pgliteDir: dir }), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
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
  return {
    ds: createDataSource({ databaseUrl: url.toString() }),
    cleanup: async () => {
      await adminSql(adminUrl, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    },
  };
}

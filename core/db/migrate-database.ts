import { createDataSource } from '../../ormconfig';
import type { Config } from '../config';
import { runMigrationsLocked } from './startup-lock';

/**
 * Applies the pending migrations to the configured database (PostgreSQL or the embedded
 * PGlite under DATA_DIR), each in its own transaction, under the start-up lock replicas share. Returns the names it applied.
 */
export async function migrateDatabase(config: Config): Promise<string[]> {
  const ds = createDataSource({ databaseUrl: config.databaseUrl, pgliteDir: config.dataDir, poolSize: 1, preparedStatements: config.databasePreparedStatements });
  await ds.initialize();
  try {
    return await runMigrationsLocked(ds);
  } finally {
    await ds.destroy();
  }
}

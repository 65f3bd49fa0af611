import { createDataSource } from '../../ormconfig';
import type { Config } from '../config';

/**
 * Applies the pending migrations to the configured database (PostgreSQL or the embedded
 * PGlite under DATA_DIR), each in its own transaction. Returns the names it applied.
 */
export async function migrateDatabase(config: Config): Promise<string[]> {
  const ds = createDataSource({ databaseUrl: config.databaseUrl, pgliteDir: config.dataDir, poolSize: 1, preparedStatements: config.databasePreparedStatements });
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

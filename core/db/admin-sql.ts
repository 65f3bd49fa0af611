import { Client } from 'pg';

/**
 * Runs one statement on its own connection, outside any pool: CREATE or DROP DATABASE
 * (which cannot run inside a transaction) for tests, benchmarks and CI.
 */
export async function adminSql(url: string, sql: string, timeoutMs = 5000): Promise<void> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

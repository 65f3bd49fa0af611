import { adminSql } from '../../core/db/admin-sql';
import { createWebServer } from '../../bots/web/create-web-server';
import { startWeb, type RunningWeb } from '../../bots/web/start-web';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';

/**
 * Takes the core's database away for real: on PostgreSQL the database is dropped under
 * the open pool (its connections are terminated, new ones find no database); on PGlite
 * the DataSource is destroyed.
 */
async function loseDatabase(core: TestCore): Promise<void> {
  const base = process.env.DATABASE_URL;
  if (!base) return core.ds.destroy();
  const [{ name }] = await core.ds.query(`SELECT current_database() AS name`);
  await adminSql(base, `DROP DATABASE ${name} WITH (FORCE)`);
}

describe(`/healthz without a database on ${engine}`, () => {
  let core: TestCore;
  let running: RunningWeb;
  const get = async (url: string) => {
    const res = await fetch(`http://127.0.0.1:${running.port}${url}`);
    return { status: res.status, headers: Object.fromEntries(res.headers), body: (await res.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    core = await createTestCore();
    running = await startWeb(createWebServer(core, {}), { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await running?.stop();
    await core?.cleanup();
  });

  it('answers 503 naming the database once it is gone, and keeps answering', async () => {
    expect((await get('/healthz')).status).toBe(200);
    await loseDatabase(core);
    for (let i = 0; i < 2; i++) {
      const res = await get('/healthz');
      expect(res.status).toBe(503);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toMatchObject({ status: 'down', database: false, chain: 'none', jobs: [] });
    }
  });
});

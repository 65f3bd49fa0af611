import { randomBytes } from 'node:crypto';
import { adminSql } from '../../core/db/admin-sql';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImageStore, seedDemo } from '../../core';
import { runMigrationsLocked, withStartupLock } from '../../core/db/startup-lock';
import { CampaignService } from '../../core/campaigns/campaign.service';
import { engine, postgresDataSource } from '../helpers/test-core';

/** Replicas starting at once on one fresh PostgreSQL database: one applies, one seeds. */
(engine === 'postgres' ? describe : describe.skip)('replicas starting together on postgres', () => {
  // Collected on PGlite too (describe.skip still runs this body): no URL there, nothing connects.
  const base = process.env.DATABASE_URL ?? 'postgres://unused@127.0.0.1/unused';
  const name = `tnet_t_start_${process.pid}_${randomBytes(4).toString('hex')}`;
  const url = new URL(base);
  url.pathname = `/${name}`;
  // A pool of one each: the lock's holder must not take the connection the work needs.
  const a = postgresDataSource(url.toString(), 1);
  const b = postgresDataSource(url.toString(), 1);

  beforeAll(async () => {
    await adminSql(base, `CREATE DATABASE ${name}`);
    await Promise.all([a.initialize(), b.initialize()]);
  });

  afterAll(async () => {
    await Promise.all([a.destroy(), b.destroy()]);
    await adminSql(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('applies every migration once when two replicas migrate at the same time', async () => {
    const [fromA, fromB] = await Promise.all([runMigrationsLocked(a), runMigrationsLocked(b)]);
    const all = a.migrations.length;
    // One of them applied all, the other found none pending (without the lock both raced: "relation already exists").
    expect([fromA.length, fromB.length].sort((x, y) => x - y)).toEqual([0, all]);
    const [{ n, distinct }]: { n: number; distinct: number }[] = await a.query(`SELECT count(*)::int AS n, count(DISTINCT name)::int AS distinct FROM typeorm_migrations`);
    expect({ n, distinct }).toEqual({ n: all, distinct: all });
  });

  it('seeds the demo campaign once when two replicas start on an empty database', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tnet-seed-'));
    const seed = (ds: typeof a) => withStartupLock(ds, 'demo-seed', () => seedDemo(ds, new CampaignService(ds, new ImageStore(dir))));
    const results = await Promise.all([seed(a), seed(b)]).finally(() => rmSync(dir, { recursive: true, force: true }));
    expect(results.filter((r) => r !== undefined)).toHaveLength(1);
    const [{ n }]: { n: number }[] = await a.query(`SELECT count(*)::int AS n FROM campaign`);
    expect(n).toBe(1);
  });
});

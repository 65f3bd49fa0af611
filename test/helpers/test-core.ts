import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import os from 'node:os';
import path from 'node:path';
import { adminSql as admin } from '../../core/db/admin-sql';
import { createDataSource } from '../../ormconfig';
import { createCore, createLogger, loadConfig, type Core, type CoreOptions } from '../../core';
import type { DataSource } from 'typeorm';

/** Which engine this run tests: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
export const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';

/**
 * This run's DATABASE_PREPARED_STATEMENTS (off when DATABASE_URL is a PgBouncer in
 * transaction mode: docs/pgbouncer.md), as the config reads it.
 */
const preparedStatements = (): boolean =>
  loadConfig({ DATABASE_PREPARED_STATEMENTS: process.env.DATABASE_PREPARED_STATEMENTS ?? '' }).databasePreparedStatements;

/**
 * A DataSource on a PostgreSQL URL of this run, with prepared statements as the run says:
 * every PostgreSQL data source of the tests (child processes too) comes from here, since a
 * named statement breaks behind the CI's PgBouncer in transaction mode.
 */
export function postgresDataSource(url: string, poolSize?: number): DataSource {
  return createDataSource({ databaseUrl: url, poolSize, preparedStatements: preparedStatements() });
}

export interface TestCore extends Core {
  /** Drops what the test created (the per-file PostgreSQL database). */
  cleanup(): Promise<void>;
}

/**
 * A core on a database of its own: an in-memory PGlite, or a fresh PostgreSQL database
 * created next to DATABASE_URL's and dropped by cleanup() (through DATABASE_URL's server:
 * behind PgBouncer, one that routes every database name). Logs stay quiet unless a test
 * asks for them. The gold draw has a fixed key, so which tasks are gold is the same each run.
 */
export async function createTestCore(env: Record<string, string> = {}, opts: Pick<CoreOptions, 'chain' | 'mint' | 'logger' | 'clock'> = {}): Promise<TestCore> {
  // A data folder of its own: uploaded images go to DATA_DIR/media (the database stays in memory or on DATABASE_URL).
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tnet-test-data-'));
  const removeData = () => rmSync(dataDir, { recursive: true, force: true });
  const config = loadConfig({
    ANSWERS_PER_MINUTE: '0',
    LOG_LEVEL: 'error',
    GOLD_DRAW_KEY: 'tnet-test-gold-draw',
    DATA_DIR: dataDir,
    DATABASE_PREPARED_STATEMENTS: process.env.DATABASE_PREPARED_STATEMENTS ?? '',
    ...env,
  });
  const logger = opts.logger ?? createLogger({ level: 'error', write: () => undefined });
  const base = process.env.DATABASE_URL;
  if (!base) {
    const core = await createCore(config, { ...opts, logger, ds: createDataSource({ pgliteTemplate: await pgliteTemplate() }) });
    return {
      ...core,
      cleanup: async () => {
        await core.close();
        removeData();
      },
    };
  }
  const name = `tnet_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(base, `CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const core = await createCore(config, { ...opts, logger, ds: postgresDataSource(url.toString(), 40) });
  return {
    ...core,
    cleanup: async () => {
      await core.close();
      await admin(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      removeData();
    },
  };
}

/**
 * A migrated, empty in-memory PGlite as a dump, made once per set of migrations and kept in
 * the temporary folder: a fresh PGlite runs initdb in WebAssembly (2 to 8 s on two busy
 * cores) while loading a dump takes under one, and the tests make about a hundred cores.
 */
async function pgliteTemplate(): Promise<Blob> {
  const root = path.resolve(__dirname, '../..');
  const pgliteVersion = (JSON.parse(readFileSync(path.join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version;
  const key = createHash('sha256').update(readFileSync(path.join(root, 'migrations', 'SHA256SUMS'))).update(pgliteVersion).digest('hex').slice(0, 16);
  const file = path.join(os.tmpdir(), `tnet-pglite-template-${key}.tar`);
  try {
    return new Blob([readFileSync(file)]);
  } catch {
    // Not made yet: make it. Two workers may both do so; the rename keeps the file whole.
  }
  const ds = createDataSource({});
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const db = await (ds.options as unknown as { driver: { instance(): Promise<PGlite> } }).driver.instance();
    const dump = await db.dumpDataDir('none');
    const part = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(part, Buffer.from(await dump.arrayBuffer()));
    renameSync(part, file);
    return dump;
  } finally {
    await ds.destroy();
  }
}

/**
 * A small active campaign with `items` plain tasks (and optional gold ones). It decides by
 * simple majority and pays at once (no assessment first) unless `def` says otherwise, so
 * bookkeeping tests have outcomes a reader can check by hand; the consensus tests ask for
 * dawid_skene and for assessment.
 */
export async function activeCampaign(
  core: Core,
  opts: { items?: number; gold?: { key: string; label: string }[]; def?: Record<string, unknown> } = {},
): Promise<number> {
  const { Readable } = await import('node:stream');
  const c = await core.campaigns.create(
    {
      name: 'Test campaign',
      kind: 'label',
      question: 'Cat or dog?',
      options: ['cat', 'dog', 'bird'],
      reward: '10',
      budget: '1000000',
      answersPerTask: 3,
      maxAnswersPerTask: 5,
      consensusMode: 'majority',
      minEvidence: 0,
      ...opts.def,
    },
    null,
  );
  const lines = ['id,text,gold'];
  for (let i = 1; i <= (opts.items ?? 5); i++) lines.push(`item${i},picture ${i},`);
  for (const g of opts.gold ?? []) lines.push(`${g.key},gold picture,${g.label}`);
  await core.campaigns.importItems(c.id, Readable.from([lines.join('\n') + '\n']), 'csv');
  await core.campaigns.transition(c.id, 'activate');
  return c.id;
}

/**
 * An active "Pets" campaign (cat, dog, bird) whose items are the given texts, scored by the
 * default engine and paying at once (`over` may change any of it): what the chat adapters'
 * end-to-end tests answer.
 */
export async function campaignWithItems(core: Core, texts: string[], over: Record<string, unknown> = {}, opts: { communityId?: number } = {}): Promise<number> {
  const { Readable } = await import('node:stream');
  const c = await core.campaigns.create(
    { name: 'Pets', kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog', 'bird'], reward: '10', budget: '1000', answersPerTask: 3, maxAnswersPerTask: 5, minEvidence: 0, ...over },
    null,
    { communityId: opts.communityId ?? null },
  );
  const csv = ['id,text', ...texts.map((t, i) => `i${i + 1},${t}`)].join('\n') + '\n';
  await core.campaigns.importItems(c.id, Readable.from([csv]), 'csv');
  await core.campaigns.transition(c.id, 'activate');
  return c.id;
}

/** Registers a Telegram chat or Discord server as a community (as the CLI does) with an allowance in TNET. */
export async function testCommunity(core: Core, platform: 'telegram' | 'discord', platformChatId: string, allowanceTnet = 1_000_000n): Promise<number> {
  const { CLI_ACTOR } = await import('../../core');
  const c = await core.communities.register(CLI_ACTOR, { platform, platformChatId, title: `${platform} ${platformChatId}` });
  if (allowanceTnet > 0n) await core.communities.grant(CLI_ACTOR, c.id, allowanceTnet * 10n ** 18n);
  return c.id;
}

/** The member id for a test user name. */
export async function member(core: Core, name: string): Promise<number> {
  return (await core.identities.resolve({ platform: 'console', platformUserId: name, displayName: name })).memberId;
}

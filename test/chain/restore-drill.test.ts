import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Wallet } from 'ethers';
import { Client } from 'pg';
import { createCore, createLogger, loadConfig, startLocalChain, type Config, type Core, type PlatformUser } from '../../core';
import { configuredChain } from '../../app/boot-core';
import { ANVIL_DEV_KEYS, startAnvil, type AnvilNode } from '../../core/chain/anvil';
import { deployTnet } from '../../core/chain/deploy';
import { adminSql } from '../../core/db/admin-sql';
import { mintJob } from '../../jobs/mint.job';
import { activeCampaign, engine } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';

/**
 * The restore drill of docs/deploy.md: books built through the real services (answers,
 * rewards, a wallet linked by signature, a batch minted on anvil), backed up the documented
 * way, restored, booted as app/boot-core boots a process, and checked row for row.
 * PostgreSQL: pg_dump -Fc and pg_restore into a fresh database. PGlite: the stopped DATA_DIR
 * copied whole (database, local chain and media together).
 */

const TNET = 10n ** 18n;
const BASE = process.env.DATABASE_URL;
/**
 * Where pg_dump and pg_restore connect: PostgreSQL itself. Behind a PgBouncer in transaction
 * mode (the CI's run), DATABASE_DIRECT_URL names the server: a pg_restore through PgBouncer
 * 1.18 left its tables visible only on the pooler's server connection, never committed.
 */
const direct = (url: string): string => {
  if (!process.env.DATABASE_DIRECT_URL) return url;
  const d = new URL(process.env.DATABASE_DIRECT_URL);
  d.pathname = new URL(url).pathname;
  return d.toString();
};

const user = (name: string): PlatformUser => ({ platform: 'console', platformUserId: name });

/** A booted core and how to stop it (its local chain too, in the embedded mode). */
interface Booted {
  core: Core;
  stop(): Promise<void>;
}

/**
 * What app/boot-core's bootCore does (the configured chain, or the local anvil under
 * DATA_DIR/chain), with a quiet logger: under ts-jest, createCore without a logger throws
 * (its local \`exports\` shadows the module's; tsx, which runs the app, is not affected).
 */
async function boot(config: Config, logs: string[] = []): Promise<Booted> {
  const logger = createLogger({ level: 'error', write: (line) => logs.push(line) });
  if (config.rpcUrl) {
    const core = await createCore(config, { chain: configuredChain(config), logger });
    return { core, stop: () => core.close() };
  }
  const local = await startLocalChain(config.dataDir, { foundationAddress: config.foundationAddress, foundationBps: config.foundationBps });
  const chain = { rpcUrl: local.rpcUrl, chainId: local.chainId, tokenAddress: local.tokenAddress, minterPrivateKey: local.minterPrivateKey, maxFeePerGasWei: config.mintMaxFeePerGasWei, deployBlock: local.deployBlock };
  const core = await createCore(config, { chain, logger });
  return {
    core,
    stop: async () => {
      await core.close();
      await local.node.stop();
    },
  };
}

/** The quiet settings every core of the drill shares. */
const quiet = { ANSWERS_PER_MINUTE: '0', LOG_LEVEL: 'error', GOLD_DRAW_KEY: 'tnet-test-gold-draw', MINT_MAX_RECIPIENTS: '2' };

/** Everything a restore must give back, read through SQL and the reward service. */
async function books(core: Core): Promise<Record<string, unknown>> {
  const q = (sql: string) => core.ds.query(sql);
  const members: { id: number }[] = await q(`SELECT id FROM member ORDER BY id`);
  const balances = [];
  for (const m of members) balances.push({ member: m.id, ...(await core.rewards.balance(m.id)) });
  return {
    balances,
    ledger: await q(`SELECT member_id, status, count(*)::int AS n, sum(amount)::text AS total FROM reward_ledger GROUP BY 1, 2 ORDER BY 1, 2`),
    answers: await q(`SELECT task_id, member_id, choice FROM answer ORDER BY id`),
    wallets: await q(`SELECT member_id, address FROM wallet ORDER BY member_id`),
    batches: await q(`SELECT batch_id, state, gross_total::text AS gross, foundation_total::text AS foundation, tx_hash FROM mint_batch ORDER BY id`),
    tasks: await q(`SELECT id, status FROM task ORDER BY id`),
    migrations: await q(`SELECT timestamp::text AS timestamp, name FROM typeorm_migrations ORDER BY id`),
  };
}

/** Base units the confirmed batches minted, and the minted ledger rows' sum. */
async function mintedTotals(core: Core): Promise<{ batches: bigint; ledger: bigint }> {
  const [b] = await core.ds.query(`SELECT coalesce(sum(gross_total), 0)::text AS s FROM mint_batch WHERE state = 'confirmed'`);
  const [l] = await core.ds.query(`SELECT coalesce(sum(amount), 0)::text AS s FROM reward_ledger WHERE status = 'minted'`);
  return { batches: BigInt(b.s), ledger: BigInt(l.s) };
}

/**
 * The pre-start check of docs/deploy.md after a restore: the chain's totalSupply against
 * the confirmed batches' gross and the gross of batches still in flight (prepared or
 * submitted: minted or not, the mint settles them). `unknown` > 0: the chain minted a batch
 * these books do not know (a backup older than a mint).
 */
async function supplyCheck(core: Core): Promise<{ supply: bigint; confirmed: bigint; inFlight: bigint; unknown: bigint }> {
  const [r] = await core.ds.query(
    `SELECT coalesce(sum(gross_total) FILTER (WHERE state = 'confirmed'), 0)::text AS confirmed,
            coalesce(sum(gross_total) FILTER (WHERE state IN ('prepared', 'submitted')), 0)::text AS in_flight FROM mint_batch`,
  );
  const supply = await core.chain!.totalSupply();
  const confirmed = BigInt(r.confirmed);
  const inFlight = BigInt(r.in_flight);
  const over = supply - confirmed - inFlight;
  return { supply, confirmed, inFlight, unknown: over > 0n ? over : 0n };
}

/** Links a fresh wallet to the member the real way: the SIWE message, signed, verified. */
async function linkWallet(core: Core, name: string): Promise<string> {
  const wallet = Wallet.createRandom();
  const { memberId } = await core.identities.resolve({ ...user(name), displayName: name });
  const req = await core.wallets.requestLink(memberId, user(name), wallet.address);
  await core.wallets.verify(memberId, user(name), await wallet.signMessage(req.message));
  return wallet.address.toLowerCase();
}

const memberId = async (core: Core, name: string) => (await core.identities.resolve({ ...user(name), displayName: name })).memberId;

/** Answers task `index` of the campaign as `name`; the answer must be taken. */
async function answer(core: Core, campaignId: number, index: number, name: string, choice: string): Promise<void> {
  const tasks: { id: number }[] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [campaignId]);
  const r = await submitServed(core, { memberId: await memberId(core, name), taskId: tasks[index]!.id, choice });
  expect(r.outcome).toBe('accepted');
}

/**
 * The state to back up: two wallets (ann, bob) and one member without (cy); task 0 final
 * and minted in one batch; task 1 final after the mint (pending rows); task 2 half answered
 * (two of its three answers), so the restore must carry work in progress.
 */
async function buildBooks(core: Core): Promise<{ campaignId: number; ann: string; bob: string }> {
  const campaignId = await activeCampaign(core, { items: 3 });
  const ann = await linkWallet(core, 'ann');
  const bob = await linkWallet(core, 'bob');
  await answer(core, campaignId, 0, 'ann', 'cat');
  await answer(core, campaignId, 0, 'bob', 'cat');
  await answer(core, campaignId, 0, 'cy', 'dog');
  expect(await core.mint!.run()).toMatchObject({ prepared: 1, confirmed: 1, failed: 0, mintedGross: 20n * TNET });
  await answer(core, campaignId, 1, 'ann', 'dog');
  await answer(core, campaignId, 1, 'bob', 'dog');
  await answer(core, campaignId, 1, 'cy', 'dog');
  await answer(core, campaignId, 2, 'ann', 'bird');
  await answer(core, campaignId, 2, 'cy', 'bird');
  return { campaignId, ann, bob };
}

/**
 * After a restore: the platform keeps working. Bob's answer finishes task 2 (scored and
 * paid), then one mint job run under its lock mints every pending row with a wallet, and
 * the chain's supply equals the minted ledger.
 */
async function keepsWorking(core: Core, campaignId: number, wallets: { ann: string; bob: string }): Promise<void> {
  await answer(core, campaignId, 2, 'bob', 'bird');
  const [t] = await core.ds.query(`SELECT status FROM task WHERE campaign_id = $1 ORDER BY id OFFSET 2 LIMIT 1`, [campaignId]);
  expect(t.status).toBe('final');
  expect(await core.rewards.balance(await memberId(core, 'bob'))).toMatchObject({ pending: 20n * TNET, minted: 10n * TNET });

  expect(await core.jobRuns.run('mint', () => mintJob(core.config.mintSchedule).run(core))).toBe('ok');
  const [run] = await core.ds.query(`SELECT outcome, detail FROM job_run WHERE job = 'mint' ORDER BY id DESC LIMIT 1`);
  expect(run.detail).toMatch(/^reconciled 0, prepared 1, confirmed 1, failed 0/);

  for (const name of ['ann', 'bob']) expect(await core.rewards.balance(await memberId(core, name))).toMatchObject({ pending: 0n, minted: 30n * TNET });
  // cy has no wallet: their rewards stay pending through the restore and the mint.
  expect(await core.rewards.balance(await memberId(core, 'cy'))).toMatchObject({ pending: 20n * TNET, minted: 0n });
  const totals = await mintedTotals(core);
  expect(totals).toEqual({ batches: 60n * TNET, ledger: 60n * TNET });
  expect(await core.chain!.totalSupply()).toBe(totals.ledger);
  const net = (gross: bigint) => gross - (gross * 2000n) / 10000n;
  expect(await core.chain!.balanceOf(wallets.ann)).toBe(net(30n * TNET));
  expect(await core.chain!.balanceOf(wallets.bob)).toBe(net(30n * TNET));
}

/** The major version of a PostgreSQL client tool (`pg_dump (PostgreSQL) 15.20 ...`), or undefined without one. */
function toolMajor(tool: string): number | undefined {
  try {
    const m = /\(PostgreSQL\) (\d+)/.exec(execFileSync(tool, ['--version'], { encoding: 'utf8' }));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

const pgDumpMajor = engine === 'postgres' ? toolMajor('pg_dump') : undefined;
const describePostgres = engine === 'postgres' && pgDumpMajor !== undefined && toolMajor('pg_restore') !== undefined ? describe : describe.skip;
if (engine === 'postgres' && pgDumpMajor === undefined) {
  // A skip, not a failure: a host without the client tools cannot run the drill.
  process.stderr.write('restore-drill: pg_dump or pg_restore not on PATH (Debian: postgresql-client); the PostgreSQL drill is skipped\n');
}

describePostgres('restore drill on PostgreSQL: pg_dump -Fc, pg_restore into a fresh database', () => {
  const databases: string[] = [];
  const folders: string[] = [];
  const nodes: AnvilNode[] = [];
  const booted: Booted[] = [];
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'tnet-restore-dumps-'));
    folders.push(scratch);
  });

  /** A fresh database next to DATABASE_URL's; dropped at the end. */
  async function freshDatabase(): Promise<string> {
    const name = `tnet_restore_${process.pid}_${randomBytes(4).toString('hex')}`;
    await adminSql(BASE!, `CREATE DATABASE ${name}`);
    databases.push(name);
    const url = new URL(BASE!);
    url.pathname = `/${name}`;
    return url.toString();
  }

  /** An anvil of the test's own with TNET deployed: the chain outlives the database, as a real one does. */
  async function freshChain(): Promise<Record<string, string>> {
    const node = await startAnvil();
    nodes.push(node);
    const token = await deployTnet({ rpcUrl: node.url, deployerKey: ANVIL_DEV_KEYS[0], minter: new Wallet(ANVIL_DEV_KEYS[0]).address, foundation: Wallet.createRandom().address, foundationBps: 2000 });
    return { RPC_URL: node.url, CHAIN_ID: String(node.chainId), TNET_ADDRESS: token, MINTER_PRIVATE_KEY: ANVIL_DEV_KEYS[0] };
  }

  /** Boots the core as a process does, on this database and chain. */
  async function bootOn(databaseUrl: string, chainEnv: Record<string, string>, logs?: string[]): Promise<Core> {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tnet-restore-'));
    folders.push(dataDir);
    const b = await boot(loadConfig({ ...quiet, ...chainEnv, DATABASE_URL: databaseUrl, DATA_DIR: dataDir }), logs);
    booted.push(b);
    return b.core;
  }

  /** The server is lost: stops the latest booted core. */
  const stopLatest = async () => booted.pop()!.stop();

  /** pg_dump -Fc of the database, then pg_restore of that file into a fresh one; its URL. */
  async function dumpAndRestore(from: string): Promise<string> {
    const file = path.join(scratch, `backup-${randomBytes(4).toString('hex')}.dump`);
    execFileSync('pg_dump', ['-Fc', '--file', file, '--dbname', direct(from)]);
    const to = await freshDatabase();
    execFileSync('pg_restore', ['--no-owner', '--exit-on-error', '--single-transaction', '--dbname', direct(to), file]);
    return to;
  }

  afterAll(async () => {
    for (const b of booted.reverse()) await b.stop().catch(() => undefined);
    for (const name of databases) await adminSql(BASE!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    for (const f of folders) rmSync(f, { recursive: true, force: true });
    for (const n of nodes) await n.stop();
  });

  it('uses a pg_dump at least as new as the server (pg_dump refuses a newer server)', async () => {
    const c = new Client({ connectionString: BASE });
    await c.connect();
    try {
      const { rows } = await c.query(`SELECT current_setting('server_version_num')::int / 10000 AS major`);
      expect(pgDumpMajor).toBeGreaterThanOrEqual(rows[0].major);
    } finally {
      await c.end();
    }
  });

  it('gives back the same books, applies no migration, and the platform keeps working', async () => {
    const chain = await freshChain();
    const source = await freshDatabase();
    const live = await bootOn(source, chain);
    const { campaignId, ann, bob } = await buildBooks(live);
    const before = await books(live);
    const supply = await live.chain!.totalSupply();

    const restored = await dumpAndRestore(source);
    // The old server is gone: only the dump's copy runs from here.
    await stopLatest();
    const core = await bootOn(restored, chain);

    expect(await books(core)).toEqual(before);
    // The boot ran the migrations: none was pending, the table is the backup's.
    expect((before.migrations as unknown[]).length).toBeGreaterThan(30);
    expect(await core.ds.showMigrations()).toBe(false);
    // The pre-start check of docs/deploy.md passes: the chain holds no batch the books do not know.
    expect(await supplyCheck(core)).toEqual({ supply, confirmed: 20n * TNET, inFlight: 0n, unknown: 0n });

    await keepsWorking(core, campaignId, { ann, bob });
  });

  /**
   * A backup older than a confirmed batch B: B was minted after the dump, so the restored
   * books hold B's rows as pending and know no B. The chain stays the truth for minted
   * batches; the pre-start check must see it before the mint runs.
   */
  async function staleRestore(): Promise<{ core: Core; logs: string[]; campaignId: number; batchB: string; supply: bigint }> {
    const chain = await freshChain();
    const source = await freshDatabase();
    const live = await bootOn(source, chain);
    const { campaignId } = await buildBooks(live);
    const restoredUrl = await dumpAndRestore(source);
    expect(await live.mint!.run()).toMatchObject({ prepared: 1, confirmed: 1 });
    const [b] = await live.ds.query(`SELECT batch_id FROM mint_batch WHERE state = 'confirmed' ORDER BY id DESC LIMIT 1`);
    const supply = await live.chain!.totalSupply();
    // Time passes on the chain before the restore: more blocks than the confirmation depth.
    await live.chain!.provider.send('anvil_mine', ['0x20']);
    await stopLatest();
    const logs: string[] = [];
    const core = await bootOn(restoredUrl, chain, logs);
    expect(await supplyCheck(core)).toEqual({ supply, confirmed: 20n * TNET, inFlight: 0n, unknown: 20n * TNET });
    return { core, logs, campaignId, batchB: b.batch_id, supply };
  }

  it('a backup older than a mint, rows unchanged: the mint refuses to cut a batch while the supply is above the books', async () => {
    const { core, batchB, supply } = await staleRestore();
    // B's rows are pending again in the restored books, and the chain holds B: the mint waits.
    expect(await core.mint!.run()).toMatchObject({ prepared: 0, confirmed: 0, mintedGross: 0n, degraded: 'chain.unknown_mints' });
    expect(core.mint!.state.problem).toBe('chain.unknown_mints');
    expect(await core.ds.query(`SELECT 1 FROM mint_batch WHERE batch_id = $1`, [batchB])).toHaveLength(0);
    expect(await core.chain!.totalSupply()).toBe(supply);
  });

  it('a backup older than a mint, new rows since: the mint does not pay B\'s rows a second time', async () => {
    const { core, campaignId, supply } = await staleRestore();
    await answer(core, campaignId, 2, 'bob', 'bird');
    expect(await core.mint!.run()).toMatchObject({ prepared: 0, degraded: 'chain.unknown_mints' });
    expect(await core.chain!.totalSupply()).toBe(supply);
  });
});

const describePglite = engine === 'pglite' ? describe : describe.skip;

describePglite('restore drill on embedded PGlite: the stopped DATA_DIR copied whole', () => {
  const folders: string[] = [];
  let running: Booted | undefined;

  afterAll(async () => {
    await running?.stop().catch(() => undefined);
    for (const f of folders) rmSync(f, { recursive: true, force: true });
  });

  const bootAt = async (dataDir: string) => (running = await boot(loadConfig({ ...quiet, DATA_DIR: dataDir })));

  it('gives back the same books and chain, applies no migration, and the platform keeps working', async () => {
    const original = mkdtempSync(path.join(os.tmpdir(), 'tnet-restore-'));
    const copy = `${original}-copy`;
    folders.push(original, copy);
    // The embedded default: PGlite under DATA_DIR/pglite, anvil's state and deployment.json under DATA_DIR/chain.
    const live = (await bootAt(original)).core;
    const { campaignId, ann, bob } = await buildBooks(live);
    const before = await books(live);
    const supply = await live.chain!.totalSupply();
    const token = live.chain!.tokenAddress;
    // Stop first: PGlite and anvil write their files on the way down.
    await running!.stop();
    running = undefined;
    cpSync(original, copy, { recursive: true });
    rmSync(original, { recursive: true, force: true });

    const core = (await bootAt(copy)).core;
    // The same token (deployment.json came along with a chain state that holds it), not a fresh deployment.
    expect(core.chain!.tokenAddress).toBe(token);
    expect(await core.chain!.totalSupply()).toBe(supply);
    expect(await books(core)).toEqual(before);
    expect(await core.ds.showMigrations()).toBe(false);

    await keepsWorking(core, campaignId, { ann, bob });
  }, 60_000);
});

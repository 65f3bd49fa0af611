import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Contract, Interface, JsonRpcProvider, Wallet } from 'ethers';
import { adminSql as admin } from '../../core/db/admin-sql';
import artifact from '../../contracts/artifacts/TNET.json';
import { createCore, createLogger, loadConfig, type Core, type MintStep } from '../../core';
import { ANVIL_DEV_KEYS, startAnvil, type AnvilNode } from '../../core/chain/anvil';
import { deployTnet } from '../../core/chain/deploy';
import { decodeManifest, type Manifest } from '../../core/mint/manifest';
import { createDataSource } from '../../ormconfig';
import { activeCampaign, engine, member, postgresDataSource } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';

/**
 * The mint job as a child process, SIGKILLed at each step of a batch's way to the chain,
 * then restarted: no reward is lost, none is paid twice, and no batch id is minted twice.
 */

const TNET = 10n ** 18n;
const BPS = 2000n;
const REWARD = 10n * TNET;
const net = (gross: bigint) => gross - (gross * BPS) / 10000n;
const foundationPart = (gross: bigint) => (gross * BPS) / 10000n;
const ROOT = path.resolve(__dirname, '../..');
const CHILD = 'test/chain/fixtures/mint-child.ts';
const tnet = new Interface(artifact.abi);
const batchMintedTopic = tnet.getEvent('TNETBatchMinted')!.topicHash;

interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface ChildSummary {
  reconciled: number;
  prepared: number;
  confirmed: number;
  failed: number;
  mintedGross: string;
}

interface BatchRow {
  id: number;
  batch_id: string;
  state: 'prepared' | 'submitted' | 'confirmed' | 'failed';
  manifest: object;
  tx_hash: string | null;
  foundation_total: string;
}


describe(`mint job killed mid-batch and restarted (${engine})`, () => {
  let node: AnvilNode;
  let token: string;
  let foundation: string;
  let provider: JsonRpcProvider;
  let contract: Contract;
  /** The parent's core (seeding, checks); closed while a child holds a PGlite folder. */
  let core: Core | undefined;
  let databaseUrl: string | undefined;
  let dbName: string | undefined;
  let pgliteDir: string | undefined;
  /** Base units each member earned (paid answers), as the test counts them. */
  const earned = new Map<number, bigint>();
  const wallets = new Map<number, string>();

  const db = (): Core => {
    if (!core) throw new Error('the parent core is closed');
    return core;
  };

  async function openCore(): Promise<void> {
    const config = loadConfig({ ANSWERS_PER_MINUTE: '0', LOG_LEVEL: 'error' });
    const ds = databaseUrl ? postgresDataSource(databaseUrl, 10) : createDataSource({ pgliteDir });
    core = await createCore(config, { ds, logger: createLogger({ level: 'error', write: () => undefined }) });
  }

  async function closeCore(): Promise<void> {
    const c = core;
    core = undefined;
    await c?.close();
  }

  /** Finalizes one task of a fresh campaign: `winners` answer 'cat' (paid), one 'dog' (withheld). */
  async function earn(winners: number[], loser?: number): Promise<void> {
    const c = db();
    const campaign = await activeCampaign(c, { items: 1, def: { answersPerTask: winners.length + (loser ? 1 : 0), maxAnswersPerTask: 10, reward: '10' } });
    const [t] = await c.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [campaign]);
    for (const m of winners) await submitServed(c, { memberId: m, taskId: t.id, choice: 'cat' });
    if (loser) await submitServed(c, { memberId: loser, taskId: t.id, choice: 'dog' });
    for (const m of winners) earned.set(m, (earned.get(m) ?? 0n) + REWARD);
    if (loser) earned.set(loser, earned.get(loser) ?? 0n);
  }

  async function linkWallet(memberId: number): Promise<string> {
    const address = Wallet.createRandom().address.toLowerCase();
    await db().ds.query(`INSERT INTO wallet (member_id, address) VALUES ($1, $2)`, [memberId, address]);
    wallets.set(memberId, address);
    return address;
  }

  /** Runs the mint job once in a child process; on PGlite the parent lets go of the folder meanwhile. */
  async function runChild(killAt: MintStep | ''): Promise<ChildResult> {
    if (!databaseUrl) await closeCore();
    try {
      const env: NodeJS.ProcessEnv = { ...process.env };
      // Jest runs under --experimental-vm-modules; the child is a plain tsx process.
      delete env.NODE_OPTIONS;
      delete env.DATABASE_URL;
      delete env.PGLITE_DIR;
      Object.assign(env, {
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { PGLITE_DIR: pgliteDir }),
        RPC_URL: node.url,
        CHAIN_ID: String(node.chainId),
        TNET_ADDRESS: token,
        MINTER_PRIVATE_KEY: ANVIL_DEV_KEYS[0],
        MINT_MAX_RECIPIENTS: '2',
        KILL_AT: killAt,
      });
      const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      return await new Promise<ChildResult>((resolve, reject) => {
        child.once('error', reject);
        child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
      });
    } finally {
      if (!databaseUrl) await openCore();
    }
  }

  const summaryOf = (r: ChildResult): ChildSummary => {
    if (r.code !== 0) throw new Error(`mint child exited ${r.code ?? r.signal}: ${r.stderr.trim().slice(-2000)}`);
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildSummary;
  };

  /** Restarts the job until a run finds nothing left to do; returns the summaries. */
  async function restartUntilIdle(): Promise<ChildSummary[]> {
    const runs: ChildSummary[] = [];
    for (let i = 0; i < 4; i++) {
      const s = summaryOf(await runChild(''));
      runs.push(s);
      if (s.reconciled === 0 && s.prepared === 0) return runs;
    }
    throw new Error(`the mint job still had work after ${runs.length} runs: ${JSON.stringify(runs)}`);
  }

  const batches = async (): Promise<BatchRow[]> =>
    db().ds.query(`SELECT id, batch_id, state, manifest, tx_hash, foundation_total::text AS foundation_total FROM mint_batch ORDER BY id`);

  /**
   * The exactly-once invariants, over everything minted so far: balances on-chain, the
   * ledger, the stored manifests and the contract's events all tell the same story.
   */
  async function assertExactlyOnce(): Promise<{ confirmed: number; failed: number }> {
    const c = db();
    const all = await batches();
    const confirmed = all.filter((b) => b.state === 'confirmed');
    const failed = all.filter((b) => b.state === 'failed');
    // Nothing is left half-way.
    expect(all.filter((b) => b.state === 'prepared' || b.state === 'submitted')).toEqual([]);
    const manifests = new Map<string, Manifest>(confirmed.map((b) => [b.batch_id, decodeManifest(b.manifest)]));

    // Per wallet, what the confirmed batches paid: the contract splits each recipient's
    // gross within a batch, so the expected balance is summed batch by batch.
    const expectedBalance = new Map<string, bigint>();
    let expectedFoundation = 0n;
    const ledgerInBatch = new Map<string, string>();
    for (const b of confirmed) {
      const m = manifests.get(b.batch_id)!;
      let part = 0n;
      for (const p of m.payouts) {
        expectedBalance.set(p.wallet, (expectedBalance.get(p.wallet) ?? 0n) + net(p.gross));
        part += foundationPart(p.gross);
      }
      expect(BigInt(b.foundation_total)).toBe(part);
      expectedFoundation += part;
      for (const r of m.rows) {
        // A ledger row is paid by one confirmed batch only.
        expect(ledgerInBatch.get(r.ledgerId)).toBeUndefined();
        ledgerInBatch.set(r.ledgerId, b.batch_id);
      }
      expect(await contract.getFunction('batchMinted')(b.batch_id)).toBe(true);
    }

    // A failed batch was proven unminted, and its rows went back and were paid by another.
    for (const b of failed) {
      expect(await contract.getFunction('batchMinted')(b.batch_id)).toBe(false);
      for (const r of decodeManifest(b.manifest).rows) expect(ledgerInBatch.has(r.ledgerId)).toBe(true);
    }

    // The ledger: every minted row sits in the confirmed batch whose manifest lists it, with
    // the amount and wallet the manifest paid.
    const ledger: { id: string; member_id: number; amount: string; status: string; batch: string | null; batch_state: string | null }[] = await c.ds.query(
      `SELECT r.id::text AS id, r.member_id, r.amount::text AS amount, r.status, b.batch_id AS batch, b.state AS batch_state
       FROM reward_ledger r LEFT JOIN mint_batch b ON b.id = r.mint_batch_id ORDER BY r.id`,
    );
    const mintedRows = ledger.filter((r) => r.status === 'minted');
    expect(mintedRows.length).toBe(ledgerInBatch.size);
    for (const r of mintedRows) {
      expect(r.batch_state).toBe('confirmed');
      expect(ledgerInBatch.get(r.id)).toBe(r.batch);
      const row = manifests.get(r.batch!)!.rows.find((x) => x.ledgerId === r.id)!;
      expect(row.amount).toBe(BigInt(r.amount));
      expect(row.wallet).toBe(wallets.get(r.member_id));
    }

    // Per member: minted exactly what they earned when they have a wallet, nothing otherwise.
    let membersTotal = 0n;
    for (const [memberId, gross] of earned) {
      const rows = ledger.filter((r) => r.member_id === memberId && r.status !== 'withheld');
      const sum = (status: string) => rows.filter((r) => r.status === status).reduce((s, r) => s + BigInt(r.amount), 0n);
      const wallet = wallets.get(memberId);
      if (wallet) {
        expect({ memberId, pending: sum('pending'), minted: sum('minted') }).toEqual({ memberId, pending: 0n, minted: gross });
        const balance = (await contract.getFunction('balanceOf')(wallet)) as bigint;
        expect({ memberId, balance }).toEqual({ memberId, balance: expectedBalance.get(wallet) ?? 0n });
        // Every reward is a whole 10 TNET, so batch-wise rounding loses nothing either.
        expect({ memberId, balance }).toEqual({ memberId, balance: net(gross) });
        membersTotal += balance;
      } else {
        expect({ memberId, pending: sum('pending'), minted: sum('minted') }).toEqual({ memberId, pending: gross, minted: 0n });
        expect(rows.every((r) => r.batch === null)).toBe(true);
      }
    }
    expect([...expectedBalance.keys()].every((w) => [...wallets.values()].includes(w))).toBe(true);

    const foundationBalance = (await contract.getFunction('balanceOf')(foundation)) as bigint;
    expect(foundationBalance).toBe(expectedFoundation);
    expect(foundationBalance).toBe([...earned].filter(([m]) => wallets.has(m)).reduce((s, [, g]) => s + foundationPart(g), 0n));
    expect((await contract.getFunction('totalSupply')()) as bigint).toBe(membersTotal + foundationBalance);

    // One TNETBatchMinted event per confirmed batch: no batch id was minted twice.
    const logs = await provider.getLogs({ address: token, topics: [batchMintedTopic], fromBlock: 0 });
    const minted = logs.map((l) => l.topics[1]!);
    expect(new Set(minted).size).toBe(minted.length);
    expect([...minted].sort()).toEqual(confirmed.map((b) => b.batch_id).sort());
    return { confirmed: confirmed.length, failed: failed.length };
  }

  beforeAll(async () => {
    node = await startAnvil();
    foundation = Wallet.createRandom().address;
    token = await deployTnet({ rpcUrl: node.url, deployerKey: ANVIL_DEV_KEYS[0], minter: new Wallet(ANVIL_DEV_KEYS[0]).address, foundation, foundationBps: Number(BPS) });
    provider = new JsonRpcProvider(node.url, node.chainId, { staticNetwork: true });
    contract = new Contract(token, artifact.abi, provider);
    const base = process.env.DATABASE_URL;
    if (base) {
      dbName = `tnet_t_${process.pid}_${randomBytes(4).toString('hex')}`;
      await admin(base, `CREATE DATABASE ${dbName}`);
      const url = new URL(base);
      url.pathname = `/${dbName}`;
      databaseUrl = url.toString();
    } else {
      pgliteDir = mkdtempSync(path.join(tmpdir(), 'tnet-mint-faults-'));
    }
    await openCore();
  }, 60_000);

  afterAll(async () => {
    await closeCore();
    if (dbName) await admin(process.env.DATABASE_URL!, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
    provider?.destroy();
    await node?.stop();
  });

  /** Members who earn in every scenario; one of them only links a wallet late. */
  const regulars: number[] = [];
  let lateLinker = 0;

  /**
   * Seeds a round of earnings: five fresh members with wallets and one without, plus the
   * regulars; with MINT_MAX_RECIPIENTS=2 that is several batches.
   */
  async function seedRound(round: string): Promise<void> {
    const c = db();
    if (regulars.length === 0) {
      for (const n of ['reg-a', 'reg-b']) {
        const m = await member(c, n);
        regulars.push(m);
        await linkWallet(m);
      }
      lateLinker = await member(c, 'reg-late');
    }
    const fresh = await Promise.all([1, 2, 3, 4, 5].map((i) => member(c, `${round}-${i}`)));
    const walletless = await member(c, `${round}-nowallet`);
    for (const m of fresh) await linkWallet(m);
    await earn([...fresh.slice(0, 3), regulars[0]!, walletless], fresh[4]);
    await earn([fresh[1]!, fresh[3]!, fresh[4]!, regulars[1]!, lateLinker]);
    await earn([fresh[0]!, regulars[0]!]);
  }

  const unminted = async (): Promise<number> =>
    Number((await db().ds.query(`SELECT count(*)::int AS n FROM reward_ledger r JOIN wallet w ON w.member_id = r.member_id WHERE r.status = 'pending'`))[0].n);

  it('after persisting its batches: the restart sends them, each once', async () => {
    await seedRound('persisted');
    const killed = await runChild('batch-persisted');
    expect({ code: killed.code, signal: killed.signal, stdout: killed.stdout }).toEqual({ code: null, signal: 'SIGKILL', stdout: '' });

    // Killed right after the batches were committed: all prepared, nothing sent.
    const left = await batches();
    expect(left.length).toBeGreaterThanOrEqual(3);
    expect(left.map((b) => [b.state, b.tx_hash])).toEqual(left.map(() => ['prepared', null]));
    for (const b of left) expect(await contract.getFunction('batchMinted')(b.batch_id)).toBe(false);

    const runs = await restartUntilIdle();
    expect(runs[0]).toMatchObject({ reconciled: left.length, prepared: 0, confirmed: left.length, failed: 0 });
    expect(await unminted()).toBe(0);
    expect(await assertExactlyOnce()).toEqual({ confirmed: left.length, failed: 0 });
  }, 120_000);

  it('after sending a transaction whose hash it never saved: the restart finds the mint on-chain', async () => {
    const before = (await batches()).length;
    await seedRound('sent');
    const killed = await runChild('tx-sent');
    expect({ code: killed.code, signal: killed.signal, stdout: killed.stdout }).toEqual({ code: null, signal: 'SIGKILL', stdout: '' });

    // The first new batch is minted on-chain while the database still says prepared.
    const left = (await batches()).slice(before);
    expect(left.length).toBeGreaterThanOrEqual(3);
    expect(left.map((b) => [b.state, b.tx_hash])).toEqual(left.map(() => ['prepared', null]));
    const onChain = await Promise.all(left.map((b) => contract.getFunction('batchMinted')(b.batch_id) as Promise<boolean>));
    expect(onChain).toEqual(left.map((_, i) => i === 0));

    const runs = await restartUntilIdle();
    expect(runs[0]).toMatchObject({ reconciled: left.length, prepared: 0, confirmed: left.length, failed: 0 });
    // The restart pays only what the killed run had not: the first batch's gross came from the chain.
    expect(await unminted()).toBe(0);
    expect(await assertExactlyOnce()).toEqual({ confirmed: before + left.length, failed: 0 });
  }, 120_000);

  it('after the receipt but before marking it confirmed: the restart confirms without resending', async () => {
    const before = (await batches()).length;
    await seedRound('receipt');
    // A member of an earlier round links a wallet only now: their pending rewards join this round.
    await linkWallet(lateLinker);
    const killed = await runChild('receipt-seen');
    expect({ code: killed.code, signal: killed.signal, stdout: killed.stdout }).toEqual({ code: null, signal: 'SIGKILL', stdout: '' });

    // The first new batch is mined and its hash saved (submitted), but not confirmed.
    const left = (await batches()).slice(before);
    expect(left.length).toBeGreaterThanOrEqual(3);
    expect(left[0]!.state).toBe('submitted');
    expect(left[0]!.tx_hash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(left.slice(1).map((b) => [b.state, b.tx_hash])).toEqual(left.slice(1).map(() => ['prepared', null]));
    const onChain = await Promise.all(left.map((b) => contract.getFunction('batchMinted')(b.batch_id) as Promise<boolean>));
    expect(onChain).toEqual(left.map((_, i) => i === 0));
    const lateRows = await db().ds.query(`SELECT count(*)::int AS n FROM reward_ledger WHERE member_id = $1 AND status = 'pending' AND mint_batch_id IS NOT NULL`, [lateLinker]);
    expect(lateRows[0].n).toBe(3);

    const runs = await restartUntilIdle();
    expect(runs[0]).toMatchObject({ reconciled: left.length, prepared: 0, confirmed: left.length, failed: 0 });
    const [first] = await db().ds.query(`SELECT state, tx_hash FROM mint_batch WHERE id = $1`, [left[0]!.id]);
    // Confirmed with the transaction the killed run sent, not a second one.
    expect(first).toEqual({ state: 'confirmed', tx_hash: left[0]!.tx_hash });
    const minterTxs = await provider.getTransactionCount(new Wallet(ANVIL_DEV_KEYS[0]).address, 'latest');
    const [{ n: sentSoFar }] = await db().ds.query(`SELECT count(*)::int AS n FROM mint_batch WHERE state = 'confirmed'`);
    // Dev key 0 deployed (deploy, grant) and mints: two transactions plus one per confirmed batch, no resend.
    expect(minterTxs).toBe(2 + sentSoFar);
    expect(await unminted()).toBe(0);
    expect(await assertExactlyOnce()).toEqual({ confirmed: before + left.length, failed: 0 });
  }, 120_000);

  it('leaves no reward of a member with a wallet unpaid, and pays the foundation its part', async () => {
    const totals = await assertExactlyOnce();
    expect(totals.failed).toBe(0);
    expect(totals.confirmed).toBeGreaterThanOrEqual(9);
    // The three members who never linked a wallet keep their rewards pending.
    const [{ pending }] = await db().ds.query(
      `SELECT coalesce(sum(r.amount), 0)::text AS pending FROM reward_ledger r LEFT JOIN wallet w ON w.member_id = r.member_id WHERE w.id IS NULL AND r.status = 'pending'`,
    );
    expect(BigInt(pending)).toBe(3n * REWARD);
  });
});

import { Wallet, keccak256, toUtf8Bytes } from 'ethers';
import { ANVIL_DEV_KEYS, startAnvil, type AnvilNode } from '../../core/chain/anvil';
import { deployTnet } from '../../core/chain/deploy';
import { decodeManifest, encodeManifest } from '../../core/mint/manifest';
import { mintJob } from '../../jobs/mint.job';
import { CommandRouter } from '../../bots/common/command-router';
import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';
import { DEFAULT_LANGUAGE } from '../../bots/common/i18n/languages';

const ctx = { user: { platform: 'console' as const, platformUserId: 'auditor' }, chatId: 'console:local', isPrivate: true, place: null, lang: DEFAULT_LANGUAGE, memberLang: DEFAULT_LANGUAGE, isModerator: false };
const TNET = 10n ** 18n;
const BPS = 2000n;
const net = (gross: bigint) => gross - (gross * BPS) / 10000n;

/** Finalizes one task of a fresh campaign: `winners` answer 'cat' (paid), one 'dog' (withheld). */
async function earn(core: TestCore, winners: number[], loser?: number): Promise<void> {
  const c = await activeCampaign(core, { items: 1, def: { answersPerTask: winners.length + (loser ? 1 : 0), maxAnswersPerTask: 10, reward: '10' } });
  const [t] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [c]);
  for (const m of winners) await submitServed(core, { memberId: m, taskId: t.id, choice: 'cat' });
  if (loser) await submitServed(core, { memberId: loser, taskId: t.id, choice: 'dog' });
}

async function linkWallet(core: TestCore, memberId: number): Promise<string> {
  const address = Wallet.createRandom().address.toLowerCase();
  await core.ds.query(`INSERT INTO wallet (member_id, address) VALUES ($1, $2)`, [memberId, address]);
  return address;
}

describe(`mint job on anvil and ${engine}`, () => {
  let node: AnvilNode;
  let token: string;
  let foundation: string;
  let core: TestCore;

  beforeAll(async () => {
    node = await startAnvil();
    foundation = Wallet.createRandom().address;
    token = await deployTnet({ rpcUrl: node.url, deployerKey: ANVIL_DEV_KEYS[0], minter: new Wallet(ANVIL_DEV_KEYS[0]).address, foundation, foundationBps: Number(BPS) });
    core = await createTestCore({ MINT_MAX_RECIPIENTS: '2' }, {
      chain: { rpcUrl: node.url, chainId: node.chainId, tokenAddress: token, minterPrivateKey: ANVIL_DEV_KEYS[0], pollMs: 50 },
      mint: { confirmTimeoutMs: 20_000, retries: 2, retryBaseMs: 50 },
    });
  }, 60_000);

  afterAll(async () => {
    await core?.cleanup();
    await node?.stop();
  });

  it('mints what members with a wallet earned, in batches, and gives the foundation its part', async () => {
    const [a, b, c, d] = await Promise.all(['m-a', 'm-b', 'm-c', 'm-d'].map((n) => member(core, n)));
    await earn(core, [a!, b!, c!], d);
    await earn(core, [a!, c!]);
    const wallets = await Promise.all([a!, b!, c!].map((m) => linkWallet(core, m)));

    const summary = await core.mint!.run();
    expect(summary).toMatchObject({ prepared: 2, confirmed: 2, failed: 0, mintedGross: 50n * TNET });

    const expected = [20n * TNET, 10n * TNET, 20n * TNET];
    for (let i = 0; i < 3; i++) expect(await core.chain!.balanceOf(wallets[i]!)).toBe(net(expected[i]!));
    expect(await core.chain!.balanceOf(foundation)).toBe((50n * TNET * BPS) / 10000n);

    const ledger = await core.ds.query(`SELECT status, count(*)::int AS n FROM reward_ledger GROUP BY status ORDER BY status`);
    expect(ledger).toEqual([
      { status: 'minted', n: 5 },
      { status: 'withheld', n: 1 },
    ]);
    const balance = await core.rewards.balance(a!);
    expect(balance).toMatchObject({ pending: 0n, minted: 20n * TNET });
  });

  it('stores a manifest whose hash is the batch id, and pays exactly what it lists', async () => {
    const batches = await core.ds.query(`SELECT batch_id, manifest, gross_total::text AS gross, foundation_total::text AS foundation, state FROM mint_batch ORDER BY id`);
    expect(batches.length).toBeGreaterThan(0);
    for (const b of batches) {
      const text = encodeManifest(decodeManifest(b.manifest));
      expect(keccak256(toUtf8Bytes(text))).toBe(b.batch_id);
      const m = decodeManifest(text);
      expect(m.payouts.length).toBeLessThanOrEqual(2);
      expect(m.payouts.reduce((s, p) => s + p.gross, 0n)).toBe(BigInt(b.gross));
      expect(b.state).toBe('confirmed');
      expect(BigInt(b.foundation)).toBe(m.payouts.reduce((s, p) => s + (p.gross * BPS) / 10000n, 0n));
      expect(await core.chain!.batchMinted(b.batch_id)).toBe(true);
      // Anyone can ask for the manifest and re-hash it.
      const shown = await new CommandRouter(core).handleText(ctx, `/batch ${b.batch_id}`);
      expect(shown.messages[0]!.text).toBe(text);
    }
    const unknown = await new CommandRouter(core).handleText(ctx, `/batch 0x${'0'.repeat(64)}`);
    expect(unknown.messages[0]!.text).toMatch(/There is no mint batch/);
  });

  it('keeps rewards of members without a wallet pending until they link one', async () => {
    const late = await member(core, 'late-linker');
    await earn(core, [late]);
    const first = await core.mint!.run();
    expect(first.prepared).toBe(0);
    expect((await core.rewards.balance(late)).pending).toBe(10n * TNET);
    const address = await linkWallet(core, late);
    const second = await mintJob('* * * * *').run(core);
    expect(second).toContain('confirmed 1');
    expect(await core.chain!.balanceOf(address)).toBe(net(10n * TNET));
    expect(await core.rewards.balance(late)).toMatchObject({ pending: 0n, minted: 10n * TNET });
  });

  it('finishes a batch an interrupted run left behind, without minting it twice', async () => {
    let crashAt: string | undefined = 'tx-sent';
    // A token of its own: this core's database is not the first core's, and one token's supply is one database's books.
    const ownToken = await deployTnet({ rpcUrl: node.url, deployerKey: ANVIL_DEV_KEYS[0], minter: new Wallet(ANVIL_DEV_KEYS[0]).address, foundation, foundationBps: Number(BPS) });
    const crashing = await createTestCore({}, {
      chain: { rpcUrl: node.url, chainId: node.chainId, tokenAddress: ownToken, minterPrivateKey: ANVIL_DEV_KEYS[0], pollMs: 50 },
      mint: { confirmTimeoutMs: 20_000, retries: 2, retryBaseMs: 50, onStep: (step) => {
        if (step === crashAt) throw new Error('simulated crash');
      } },
    });
    try {
      const m = await member(crashing, 'interrupted');
      const address = await linkWallet(crashing, m);
      await earn(crashing, [m]);
      // The run stops right after sending, before the transaction hash is saved.
      await expect(crashing.mint!.run()).rejects.toThrow('simulated crash');
      const [stuck] = await crashing.ds.query(`SELECT state, tx_hash FROM mint_batch`);
      expect(stuck).toEqual({ state: 'prepared', tx_hash: null });

      crashAt = undefined;
      const next = await crashing.mint!.run();
      expect(next).toMatchObject({ reconciled: 1, confirmed: 1, prepared: 0 });
      expect(await crashing.chain!.balanceOf(address)).toBe(net(10n * TNET));
      const [done] = await crashing.ds.query(`SELECT state, tx_hash FROM mint_batch`);
      expect(done.state).toBe('confirmed');
      expect(done.tx_hash).toMatch(/^0x[0-9a-f]{64}$/);
      expect(await crashing.rewards.balance(m)).toMatchObject({ pending: 0n, minted: 10n * TNET });
    } finally {
      await crashing.cleanup();
    }
  });
});

describe(`mint job when the node goes down (${engine})`, () => {
  it('ends the run degraded with one log line, loses nothing, and mints once the node is back', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'tnet-outage-'));
    const stateFile = path.join(dir, 'state.json');
    let node = await startAnvil({ stateFile });
    const port = node.port;
    const token = await deployTnet({ rpcUrl: node.url, deployerKey: ANVIL_DEV_KEYS[0], minter: new Wallet(ANVIL_DEV_KEYS[0]).address, foundation: Wallet.createRandom().address, foundationBps: Number(BPS) });
    const warnings: string[] = [];
    const quiet = () => undefined;
    const core = await createTestCore({}, {
      chain: { rpcUrl: node.url, chainId: node.chainId, tokenAddress: token, minterPrivateKey: ANVIL_DEV_KEYS[0], pollMs: 50, rpcTimeoutMs: 3000 },
      mint: { confirmTimeoutMs: 20_000, retries: 3, retryBaseMs: 20 },
      logger: { debug: quiet, info: quiet, warn: (msg) => warnings.push(msg), error: (msg) => warnings.push(msg) },
    });
    try {
      const m = await member(core, 'outage');
      const address = await linkWallet(core, m);
      await earn(core, [m]);
      await node.stop();

      expect(await core.mint!.run()).toMatchObject({ degraded: 'chain.unreachable', prepared: 0, confirmed: 0 });
      expect(await core.mint!.run()).toMatchObject({ degraded: 'chain.unreachable' });
      expect(core.mint!.state.problem).toBe('chain.unreachable');
      // One line for the change of state, none per attempt or per run.
      expect(warnings).toEqual(['mint degraded; retrying with backoff']);
      expect(await core.ds.query(`SELECT state FROM mint_batch`)).toEqual([]);
      expect((await core.rewards.balance(m)).pending).toBe(10n * TNET);

      node = await startAnvil({ stateFile, port });
      const run = await core.mint!.run();
      expect(run).toMatchObject({ prepared: 1, confirmed: 1 });
      expect(run.degraded).toBeUndefined();
      expect(core.mint!.state.problem).toBeUndefined();
      expect(await core.chain!.balanceOf(address)).toBe(net(10n * TNET));
      expect(await core.rewards.balance(m)).toMatchObject({ pending: 0n, minted: 10n * TNET });
    } finally {
      await core.cleanup();
      await node.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

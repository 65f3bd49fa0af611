import { createServer, type Server } from 'node:http';
import { Contract, JsonRpcProvider, Wallet, keccak256, toUtf8Bytes } from 'ethers';
import artifact from '../../contracts/artifacts/TNET.json';
import type { MintRunSummary } from '../../core';
import { ANVIL_DEV_KEYS, startAnvil, type AnvilNode } from '../../core/chain/anvil';
import { deployTnetAt } from '../../core/chain/deploy';
import { decodeManifest } from '../../core/mint/manifest';
import { insertBatch, recordSending } from '../../core/mint/mint-batch.statements';
import { tnetKit } from './tnet-kit';
import { mintUnderLock } from '../../bots/cli/mint.command';
import { CliError } from '../../bots/cli/cli-runtime';
import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';

/**
 * Minting keeps going (issue 14, finding 5 and 7): a failed batch never blocks the next
 * one, a stuck transaction is replaced at higher fees, crash recovery searches events in
 * bounded ranges from the deployment, and a reorg that takes a mint away sends it again.
 * Through every one of them each reward is minted exactly once.
 */

const TNET = 10n ** 18n;
const BPS = 2000n;
const net = (gross: bigint) => gross - (gross * BPS) / 10000n;
const MINTER_ROLE = keccak256(toUtf8Bytes('MINTER_ROLE'));
const admin = new Wallet(ANVIL_DEV_KEYS[0]);
const minter = new Wallet(ANVIL_DEV_KEYS[1]);
const quiet = () => undefined;

describe(`minting keeps going (${engine})`, () => {
  let node: AnvilNode;
  let token: string;
  let provider: JsonRpcProvider;
  let tnet: Contract;
  let core: TestCore;
  let now = 1_000_000;
  /** What each step does right after a batch is persisted (the revocation tests act there). */
  let onPersisted: (() => Promise<void>) | undefined;
  const kit = tnetKit(() => provider);
  const adminSigner = () => new Wallet(ANVIL_DEV_KEYS[0], provider);
  const role = async (grant: boolean) =>
    kit.send(adminSigner(), { to: token, data: tnet.interface.encodeFunctionData(grant ? 'grantRole' : 'revokeRole', [MINTER_ROLE, minter.address]) });

  beforeAll(async () => {
    node = await startAnvil();
    ({ address: token } = await deployTnetAt({ rpcUrl: node.url, deployerKey: ANVIL_DEV_KEYS[0], minter: minter.address, foundation: Wallet.createRandom().address, foundationBps: Number(BPS) }));
    // No request cache: a nonce read just after a send must come fresh from the node.
    provider = new JsonRpcProvider(node.url, node.chainId, { staticNetwork: true, cacheTimeout: -1 });
    tnet = new Contract(token, artifact.abi, provider);
    core = await createTestCore({}, {
      chain: { rpcUrl: node.url, chainId: node.chainId, tokenAddress: token, minterPrivateKey: ANVIL_DEV_KEYS[1], pollMs: 50 },
      mint: {
        confirmTimeoutMs: 500,
        retries: 2,
        retryBaseMs: 20,
        replaceAfterMs: 60_000,
        now: () => now,
        onStep: async (step) => {
          if (step === 'batch-persisted') await onPersisted?.();
        },
      },
      logger: { debug: quiet, info: quiet, warn: quiet, error: quiet },
    });
  }, 60_000);

  afterAll(async () => {
    await core?.cleanup();
    provider?.destroy();
    await node?.stop();
  });

  /** A fresh member with a wallet who earned `tnet` TNET (pending). */
  async function earner(name: string, reward = '10'): Promise<{ memberId: number; wallet: string }> {
    const memberId = await member(core, name);
    const wallet = Wallet.createRandom().address.toLowerCase();
    await core.ds.query(`INSERT INTO wallet (member_id, address) VALUES ($1, $2)`, [memberId, wallet]);
    const campaign = await activeCampaign(core, { items: 1, def: { answersPerTask: 1, maxAnswersPerTask: 1, reward } });
    const [t] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [campaign]);
    await submitServed(core, { memberId, taskId: t.id, choice: 'cat' });
    return { memberId, wallet };
  }

  const batchesOf = async (memberId: number) =>
    core.ds.query(
      `SELECT DISTINCT b.id, b.batch_id, b.state, b.manifest, b.tx_hash, b.tx_max_fee::text AS tx_max_fee FROM mint_batch b
       WHERE b.manifest::text LIKE '%' || (SELECT address FROM wallet WHERE member_id = $1) || '%' ORDER BY b.id`,
      [memberId],
    ) as Promise<{ id: number; batch_id: string; state: string; manifest: object; tx_hash: string | null; tx_max_fee: string | null }[]>;

  /** A TNET of a test's own, for a core on another database: one token's supply is one database's books. */
  const ownToken = async () => {
    const { address, blockNumber } = await deployTnetAt({ rpcUrl: node.url, deployerKey: ANVIL_DEV_KEYS[0], minter: minter.address, foundation: Wallet.createRandom().address, foundationBps: Number(BPS) });
    return { token: address, block: blockNumber, tnet: new Contract(address, artifact.abi, provider) };
  };
  const mintEventsOf = async (own: { token: string; tnet: Contract }, batchId: string) =>
    (await provider.getLogs({ address: own.token, topics: [own.tnet.interface.getEvent('TNETBatchMinted')!.topicHash, batchId], fromBlock: 0 })).length;

  const mintEvents = async (batchId: string) =>
    (await provider.getLogs({ address: token, topics: [tnet.interface.getEvent('TNETBatchMinted')!.topicHash, batchId], fromBlock: 0 })).length;

  /** Each of the member's rows minted once, to the wallet, and nothing left pending. */
  async function expectMintedOnce(memberId: number, wallet: string, gross: bigint): Promise<void> {
    expect(await core.rewards.balance(memberId)).toMatchObject({ pending: 0n, minted: gross });
    expect(await tnet.getFunction('balanceOf')(wallet)).toBe(net(gross));
    const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM reward_ledger WHERE member_id = $1 AND status = 'minted'`, [memberId]);
    expect(n).toBe(1);
    // Everything minted so far is exactly what the confirmed batches say: nothing twice.
    const [{ gross: confirmed }] = await core.ds.query(`SELECT coalesce(sum(gross_total), 0)::text AS gross FROM mint_batch WHERE state = 'confirmed'`);
    expect(await tnet.getFunction('totalSupply')()).toBe(BigInt(confirmed));
  }

  it('revoked while a batch is prepared: the batch fails, and after the restore its rows mint once under a new id', async () => {
    const { memberId, wallet } = await earner('revoked-early');
    onPersisted = async () => {
      onPersisted = undefined;
      await role(false);
    };
    const first = await core.mint!.run();
    expect(first).toMatchObject({ prepared: 1, confirmed: 0, failed: 1, degraded: 'chain.not_minter' });
    expect(core.mint!.state.problem).toBe('chain.not_minter');

    // Still revoked: nothing is cut or sent.
    expect(await core.mint!.run()).toMatchObject({ prepared: 0, failed: 0, degraded: 'chain.not_minter' });

    await role(true);
    const restored = await core.mint!.run();
    expect(restored).toMatchObject({ prepared: 1, confirmed: 1, failed: 0, mintedGross: 10n * TNET });
    expect(restored.degraded).toBeUndefined();
    expect(await core.mint!.run()).toMatchObject({ reconciled: 0, prepared: 0, confirmed: 0 });

    const [failed, confirmed] = await batchesOf(memberId);
    expect([failed!.state, confirmed!.state]).toEqual(['failed', 'confirmed']);
    // The same rows, a new attempt, so a new id.
    expect(decodeManifest(confirmed!.manifest).rows).toEqual(decodeManifest(failed!.manifest).rows);
    expect([decodeManifest(failed!.manifest).attempt, decodeManifest(confirmed!.manifest).attempt]).toEqual([0, 1]);
    expect(confirmed!.batch_id).not.toBe(failed!.batch_id);
    expect(await tnet.getFunction('batchMinted')(failed!.batch_id)).toBe(false);
    expect(await mintEvents(confirmed!.batch_id)).toBe(1);
    await expectMintedOnce(memberId, wallet, 10n * TNET);
  }, 60_000);

  it('revoked while its transaction is pending: the reverted batch fails after the restore, and its rows mint once', async () => {
    const { memberId, wallet } = await earner('revoked-late');
    await provider.send('evm_setAutomine', [false]);
    const sent = await core.mint!.run();
    expect(sent).toMatchObject({ prepared: 1, confirmed: 0, failed: 0 });
    const [pending] = await batchesOf(memberId);
    expect(pending!.state).toBe('submitted');

    // The revocation pays a higher tip, so the block orders it before the mint, which reverts.
    const data = tnet.interface.encodeFunctionData('revokeRole', [MINTER_ROLE, minter.address]);
    const nonce = await provider.getTransactionCount(admin.address, 'pending');
    await adminSigner().sendTransaction({ to: token, data, nonce, gasLimit: 100_000n, maxFeePerGas: 10n ** 12n, maxPriorityFeePerGas: 10n ** 11n });
    await provider.send('evm_mine', []);
    await provider.send('evm_setAutomine', [true]);
    expect((await provider.getTransactionReceipt(pending!.tx_hash!))?.status).toBe(0);

    expect(await core.mint!.run()).toMatchObject({ degraded: 'chain.not_minter', confirmed: 0 });
    await role(true);
    const restored = await core.mint!.run();
    expect(restored).toMatchObject({ reconciled: 1, failed: 1, prepared: 1, confirmed: 1, mintedGross: 10n * TNET });
    const [failed, confirmed] = await batchesOf(memberId);
    expect([failed!.state, confirmed!.state]).toEqual(['failed', 'confirmed']);
    expect(await tnet.getFunction('batchMinted')(failed!.batch_id)).toBe(false);
    await expectMintedOnce(memberId, wallet, 10n * TNET);
  }, 60_000);

  it('replaces a stuck transaction at the same nonce with higher fees, and mints once', async () => {
    const { memberId, wallet } = await earner('stuck');
    await provider.send('evm_setAutomine', [false]);
    try {
      expect(await core.mint!.run()).toMatchObject({ prepared: 1, confirmed: 0 });
      const [first] = await batchesOf(memberId);
      const stuckTx = await provider.getTransaction(first!.tx_hash!);

      // Not pending long enough yet: the same transaction waits.
      expect(await core.mint!.run()).toMatchObject({ reconciled: 1, confirmed: 0 });
      expect((await batchesOf(memberId))[0]!.tx_hash).toBe(first!.tx_hash);

      now += 60_000;
      expect(await core.mint!.run()).toMatchObject({ reconciled: 1, confirmed: 0, failed: 0 });
      const [replaced] = await batchesOf(memberId);
      expect(replaced!.tx_hash).not.toBe(first!.tx_hash);
      const replacement = await provider.getTransaction(replaced!.tx_hash!);
      expect(replacement!.nonce).toBe(stuckTx!.nonce);
      expect(replacement!.maxFeePerGas! >= (stuckTx!.maxFeePerGas! * 9n) / 8n).toBe(true);
      expect(replacement!.maxPriorityFeePerGas! >= (stuckTx!.maxPriorityFeePerGas! * 9n) / 8n).toBe(true);
      expect(BigInt(replaced!.tx_max_fee!)).toBe(replacement!.maxFeePerGas);

      await provider.send('evm_mine', []);
    } finally {
      await provider.send('evm_setAutomine', [true]);
    }
    expect(await core.mint!.run()).toMatchObject({ reconciled: 1, confirmed: 1, mintedGross: 10n * TNET });
    const [done] = await batchesOf(memberId);
    expect(done!.state).toBe('confirmed');
    expect((await provider.getTransactionReceipt(done!.tx_hash!))?.status).toBe(1);
    expect(await mintEvents(done!.batch_id)).toBe(1);
    await expectMintedOnce(memberId, wallet, 10n * TNET);
  }, 60_000);

  it('sends a mint again when a reorg took it away before its confirmations, and mints it once', async () => {
    // A token of its own: another database minting into the main core's token would be refused (chain.unknown_mints).
    const own = await ownToken();
    const deep = await createTestCore({ MINT_CONFIRMATIONS: '3' }, {
      chain: { rpcUrl: node.url, chainId: node.chainId, tokenAddress: own.token, minterPrivateKey: ANVIL_DEV_KEYS[1], pollMs: 50 },
      mint: { confirmTimeoutMs: 300, retries: 2, retryBaseMs: 20 },
      logger: { debug: quiet, info: quiet, warn: quiet, error: quiet },
    });
    try {
      const memberId = await member(deep, 'reorged');
      const wallet = Wallet.createRandom().address.toLowerCase();
      await deep.ds.query(`INSERT INTO wallet (member_id, address) VALUES ($1, $2)`, [memberId, wallet]);
      const campaign = await activeCampaign(deep, { items: 1, def: { answersPerTask: 1, maxAnswersPerTask: 1, reward: '10' } });
      const [t] = await deep.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [campaign]);
      await submitServed(deep, { memberId, taskId: t.id, choice: 'cat' });
      const supplyBefore = (await own.tnet.getFunction('totalSupply')()) as bigint;

      const snapshot = await provider.send('evm_snapshot', []);
      expect(await deep.mint!.run()).toMatchObject({ prepared: 1, confirmed: 0 });
      const [{ batch_id, tx_hash }] = await deep.ds.query(`SELECT batch_id, tx_hash FROM mint_batch`);
      expect(await own.tnet.getFunction('batchMinted')(batch_id)).toBe(true);
      // One block deep, two short of the depth: the rows are not minted yet.
      expect((await deep.rewards.balance(memberId)).pending).toBe(10n * TNET);

      // The block with the mint is gone.
      await provider.send('evm_revert', [snapshot]);
      expect(await own.tnet.getFunction('batchMinted')(batch_id)).toBe(false);
      expect(await provider.getTransactionReceipt(tx_hash)).toBeNull();

      expect(await deep.mint!.run()).toMatchObject({ reconciled: 1, confirmed: 0, failed: 0 });
      expect(await own.tnet.getFunction('batchMinted')(batch_id)).toBe(true);
      await provider.send('anvil_mine', ['0x2']);
      expect(await deep.mint!.run()).toMatchObject({ reconciled: 1, confirmed: 1, mintedGross: 10n * TNET });
      expect(await deep.rewards.balance(memberId)).toMatchObject({ pending: 0n, minted: 10n * TNET });
      expect(await own.tnet.getFunction('balanceOf')(wallet)).toBe(net(10n * TNET));
      expect((await own.tnet.getFunction('totalSupply')()) as bigint).toBe(supplyBefore + 10n * TNET);
      expect(await mintEventsOf(own, batch_id)).toBe(1);
    } finally {
      await deep.cleanup();
    }
  }, 60_000);

  it('tnet mint sends nothing while the mint job holds its lock, then mints once', async () => {
    const { memberId, wallet } = await earner('cli-locked');
    // The job on another replica (PostgreSQL: its advisory lock in a transaction on another
    // connection, as JobRunService holds it, which PgBouncer keeps on one server connection)
    // or in this process (PGlite: one process, its in-process guard).
    let release: () => Promise<void>;
    if (process.env.DATABASE_URL) {
      const other = core.ds.createQueryRunner();
      await other.query(`BEGIN`);
      await other.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, ['tnet.job.mint']);
      release = async () => {
        await other.query(`ROLLBACK`);
        await other.release();
      };
    } else {
      let finish!: () => void;
      const job = core.jobRuns.run('mint', () => new Promise<void>((resolve) => (finish = resolve)));
      release = async () => {
        finish();
        await job;
      };
    }
    try {
      await expect(mintUnderLock(core)).rejects.toThrow(new CliError('the mint job is running now (it holds the mint lock); nothing was done, try again when it finishes'));
      expect(await batchesOf(memberId)).toEqual([]);
    } finally {
      await release();
    }
    expect(await mintUnderLock(core)).toMatchObject({ prepared: 1, confirmed: 1, mintedGross: 10n * TNET });
    const [last] = await core.ds.query(`SELECT outcome, detail FROM job_run WHERE job = 'mint' ORDER BY id DESC LIMIT 1`);
    expect(last).toEqual({ outcome: 'ok', detail: 'reconciled 0, prepared 1, confirmed 1, failed 0 (tnet mint)' });
    await expectMintedOnce(memberId, wallet, 10n * TNET);
  }, 60_000);

  describe('crash recovery behind a provider that limits eth_getLogs to 100 blocks', () => {
    let proxy: Server;
    let proxyUrl: string;
    const ranges: [string, string][] = [];

    beforeAll(async () => {
      // A JSON-RPC proxy in front of anvil that refuses log queries over 100 blocks, as
      // hosted providers do.
      proxy = createServer((req, res) => {
        let body = '';
        req.on('data', (d: Buffer) => (body += d.toString()));
        req.on('end', async () => {
          const call = JSON.parse(body) as { id: number; method: string; params: { fromBlock?: string; toBlock?: string }[] };
          if (call.method === 'eth_getLogs') {
            const { fromBlock, toBlock } = call.params[0]!;
            ranges.push([fromBlock ?? 'none', toBlock ?? 'none']);
            const numeric = /^0x[0-9a-f]+$/.test(fromBlock ?? '') && /^0x[0-9a-f]+$/.test(toBlock ?? '');
            if (!numeric || Number(toBlock) - Number(fromBlock) + 1 > 100) {
              res.setHeader('content-type', 'application/json');
              res.end(JSON.stringify({ jsonrpc: '2.0', id: call.id, error: { code: -32005, message: 'query exceeds max block range 100' } }));
              return;
            }
          }
          const upstream = await fetch(node.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          res.setHeader('content-type', 'application/json');
          res.end(await upstream.text());
        });
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      proxyUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
    });

    afterAll(async () => {
      await new Promise((resolve) => proxy?.close(resolve));
    });

    it('finds a mint whose hash a crash lost by searching bounded ranges from the deployment block', async () => {
      let crash = true;
      const own = await ownToken();
      const limited = await createTestCore({ MINT_LOG_RANGE: '100', TNET_DEPLOY_BLOCK: String(own.block) }, {
        chain: { rpcUrl: proxyUrl, chainId: node.chainId, tokenAddress: own.token, minterPrivateKey: ANVIL_DEV_KEYS[1], pollMs: 50 },
        mint: {
          confirmTimeoutMs: 2_000,
          retries: 2,
          retryBaseMs: 20,
          onStep: (step) => {
            if (step === 'tx-sent' && crash) throw new Error('simulated crash');
          },
        },
        logger: { debug: quiet, info: quiet, warn: quiet, error: quiet },
      });
      try {
        const memberId = await member(limited, 'recovered');
        const wallet = Wallet.createRandom().address.toLowerCase();
        await limited.ds.query(`INSERT INTO wallet (member_id, address) VALUES ($1, $2)`, [memberId, wallet]);
        const campaign = await activeCampaign(limited, { items: 1, def: { answersPerTask: 1, maxAnswersPerTask: 1, reward: '10' } });
        const [t] = await limited.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [campaign]);
        await submitServed(limited, { memberId, taskId: t.id, choice: 'cat' });

        await expect(limited.mint!.run()).rejects.toThrow('simulated crash');
        const [lost] = await limited.ds.query(`SELECT id, batch_id, state, tx_hash FROM mint_batch`);
        expect(lost).toMatchObject({ state: 'prepared', tx_hash: null });
        expect(await own.tnet.getFunction('batchMinted')(lost.batch_id)).toBe(true);
        // A batch from before search_from_block was kept searches from the deployment; 1,000
        // blocks later that is far more than one query may ask for.
        await limited.ds.query(`UPDATE mint_batch SET search_from_block = NULL WHERE id = $1`, [lost.id]);
        await provider.send('anvil_mine', ['0x3e8']);

        crash = false;
        ranges.length = 0;
        const run: MintRunSummary = await limited.mint!.run();
        expect(run).toMatchObject({ reconciled: 1, confirmed: 1, mintedGross: 10n * TNET });
        expect(ranges.length).toBeGreaterThan(1);
        for (const [from, to] of ranges) {
          expect(Number(to) - Number(from) + 1).toBeLessThanOrEqual(100);
          expect(Number(from)).toBeGreaterThanOrEqual(own.block);
        }
        const [done] = await limited.ds.query(`SELECT state, tx_hash FROM mint_batch`);
        expect(done.state).toBe('confirmed');
        expect((await provider.getTransactionReceipt(done.tx_hash))?.status).toBe(1);
        expect(await limited.rewards.balance(memberId)).toMatchObject({ pending: 0n, minted: 10n * TNET });
        expect(await own.tnet.getFunction('balanceOf')(wallet)).toBe(net(10n * TNET));
        expect(await mintEventsOf(own, lost.batch_id)).toBe(1);
        } finally {
        await limited.cleanup();
      }
    }, 60_000);
  });

  it('waits, degraded, while RPC_URL leads to another chain, and mints once it is back', async () => {
    const { memberId, wallet } = await earner('wrong-chain');
    // A provider that switched networks under the same URL: batch facts read there would lie.
    await provider.send('anvil_setChainId', [4242]);
    try {
      expect(await core.mint!.run()).toMatchObject({ prepared: 0, confirmed: 0, failed: 0, degraded: 'chain.wrong_chain_id' });
      expect(core.mint!.state.problem).toBe('chain.wrong_chain_id');
      expect(await core.rewards.balance(memberId)).toMatchObject({ pending: 10n * TNET, minted: 0n });
    } finally {
      await provider.send('anvil_setChainId', [node.chainId]);
    }
    expect(await core.mint!.run()).toMatchObject({ prepared: 1, confirmed: 1, failed: 0 });
    await expectMintedOnce(memberId, wallet, 10n * TNET);
  });

  it('keeps a batch on its first nonce: a second run cannot record another', async () => {
    const id = await insertBatch(core.ds, { batchId: `0x${'ab'.repeat(32)}`, manifestText: '{"v":1}', gross: 1n, searchFromBlock: 0 });
    expect(await recordSending(core.ds, id!, 7, 2n, 1n)).toBe(true);
    expect(await recordSending(core.ds, id!, 8, 3n, 1n)).toBe(false);
    // The same nonce again (a replacement at higher fees) is the same transaction slot.
    expect(await recordSending(core.ds, id!, 7, 4n, 2n)).toBe(true);
    const [row] = await core.ds.query(`SELECT tx_nonce, tx_max_fee::text AS fee FROM mint_batch WHERE id = $1`, [id]);
    expect(row).toEqual({ tx_nonce: 7, fee: '4' });
    await core.ds.query(`DELETE FROM mint_batch WHERE id = $1`, [id]);
  });
});

import { JsonRpcProvider, Wallet } from 'ethers';
import { ANVIL_DEV_KEYS, startAnvil, type AnvilNode } from '../../core/chain/anvil';
import { configuredChain } from '../../app/boot-core';
import { loadConfig } from '../../core';
import { ChainClient } from '../../core/chain/chain-client';
import { ChainReader } from '../../core/chain/chain-reader';
import { deployTnet } from '../../core/chain/deploy';
import { activeCampaign, createTestCore, engine, member } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';

describe('chain client start-up checks', () => {
  let node: AnvilNode;
  let token: string;
  beforeAll(async () => {
    node = await startAnvil();
    token = await deployTnet({ rpcUrl: node.url, deployerKey: ANVIL_DEV_KEYS[0], minter: new Wallet(ANVIL_DEV_KEYS[0]).address, foundation: Wallet.createRandom().address, foundationBps: 2000 });
  }, 60_000);
  afterAll(async () => {
    await node?.stop();
  });

  const client = (over: Partial<ConstructorParameters<typeof ChainClient>[0]>) =>
    new ChainClient({ rpcUrl: node.url, chainId: node.chainId, tokenAddress: token, minterPrivateKey: ANVIL_DEV_KEYS[0], rpcTimeoutMs: 3000, ...over });

  it('accepts a configured minter on the right chain', async () => {
    const c = client({});
    await expect(c.check()).resolves.toEqual({ chainId: 31337 });
    c.destroy();
  });

  it.each([
    ['a wrong chain id', { chainId: 1 }, 'chain.wrong_chain_id', /chain 31337, CHAIN_ID says 1/],
    ['an address without a contract', { tokenAddress: Wallet.createRandom().address }, 'chain.no_contract', /no contract at TNET_ADDRESS/],
    ['a key without MINTER_ROLE', { minterPrivateKey: ANVIL_DEV_KEYS[1] }, 'chain.not_minter', /lacks MINTER_ROLE/],
  ])('refuses %s with one clear message', async (_what, over, code, message) => {
    const c = client(over);
    await expect(c.check()).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    c.destroy();
  });

  it('does not send a mint while the base fee is above the configured cap', async () => {
    const c = client({ maxFeePerGasWei: 1n });
    const recipient = Wallet.createRandom().address;
    await expect(c.sendMintBatch('0x' + '11'.repeat(32), [recipient], [10n ** 18n])).rejects.toMatchObject({ code: 'chain.fees_too_high' });
    expect(await c.batchMinted('0x' + '11'.repeat(32))).toBe(false);
    expect(await c.balanceOf(recipient)).toBe(0n);
    c.destroy();
  });

  it('reads a batch as unminted at a block before the token existed', async () => {
    const c = client({});
    expect(await c.batchMintedAt('0x' + '22'.repeat(32), 0)).toBe(false);
    expect(await c.batchMintedAt('0x' + '22'.repeat(32), await c.blockNumber())).toBe(false);
    c.destroy();
  });

  it('refuses an unreachable node as a retryable error', async () => {
    const dead = await startAnvil();
    await dead.stop();
    const c = client({ rpcUrl: dead.url });
    await expect(c.check()).rejects.toMatchObject({ code: 'chain.unreachable', retryable: true });
    c.destroy();
  });

  const reader = (over: Partial<ConstructorParameters<typeof ChainReader>[0]>) =>
    new ChainReader({ rpcUrl: node.url, chainId: node.chainId, tokenAddress: token, rpcTimeoutMs: 3000, ...over });

  it('reads without a key: checks the chain id and the token, not MINTER_ROLE', async () => {
    const r = reader({});
    await expect(r.check()).resolves.toEqual({ chainId: 31337 });
    expect(await r.totalSupply()).toBe(0n);
    expect(await r.batchMinted('0x' + '33'.repeat(32))).toBe(false);
    r.destroy();
    for (const [over, code] of [[{ chainId: 1 }, 'chain.wrong_chain_id'], [{ tokenAddress: Wallet.createRandom().address }, 'chain.no_contract']] as const) {
      const wrong = reader(over);
      await expect(wrong.check()).rejects.toMatchObject({ code });
      wrong.destroy();
    }
  });

  it('gives ROLE=web (and bot) a core that reads the chain and has no mint', async () => {
    const web = loadConfig({ ROLE: 'web', DATABASE_URL: 'postgres://tnet@db/tnet', RPC_URL: node.url, CHAIN_ID: String(node.chainId), TNET_ADDRESS: token });
    const chain = configuredChain(web);
    expect(chain).not.toHaveProperty('minterPrivateKey');
    const core = await createTestCore({}, { chain });
    try {
      expect(core.mint).toBeUndefined();
      expect(core.chain).toBeInstanceOf(ChainReader);
      expect(core.chain).not.toBeInstanceOf(ChainClient);
      expect(await core.health.check()).toMatchObject({ chain: true, blockNumber: expect.any(Number) });
      expect((await core.health.check()).chainProblem).toBeUndefined();
    } finally {
      await core.cleanup();
    }
  });
});

describe(`mint job and a dropped transaction (${engine})`, () => {
  it('sends a dropped batch again under the same batch id, and mints it once', async () => {
    const node = await startAnvil();
    const token = await deployTnet({ rpcUrl: node.url, deployerKey: ANVIL_DEV_KEYS[0], minter: new Wallet(ANVIL_DEV_KEYS[0]).address, foundation: Wallet.createRandom().address, foundationBps: 2000 });
    const warnings: string[] = [];
    const core = await createTestCore({}, {
      chain: { rpcUrl: node.url, chainId: node.chainId, tokenAddress: token, minterPrivateKey: ANVIL_DEV_KEYS[0], pollMs: 50 },
      mint: { confirmTimeoutMs: 300, retries: 2, retryBaseMs: 20 },
      logger: { debug: () => undefined, info: () => undefined, warn: (msg) => warnings.push(msg), error: (msg) => warnings.push(msg) },
    });
    const rpc = new JsonRpcProvider(node.url, undefined, { staticNetwork: true });
    try {
      const c = await activeCampaign(core, { items: 1, def: { answersPerTask: 1, maxAnswersPerTask: 1 } });
      const m = await member(core, 'dropped');
      const address = Wallet.createRandom().address.toLowerCase();
      await core.ds.query(`INSERT INTO wallet (member_id, address) VALUES ($1, $2)`, [m, address]);
      const [t] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [c]);
      await submitServed(core, { memberId: m, taskId: t.id, choice: 'cat' });

      await rpc.send('evm_setAutomine', [false]);
      const first = await core.mint!.run();
      expect(first).toMatchObject({ prepared: 1, confirmed: 0 });
      const [sent] = await core.ds.query(`SELECT state, tx_hash FROM mint_batch`);
      expect(sent.state).toBe('submitted');
      await rpc.send('anvil_dropTransaction', [sent.tx_hash]);
      await rpc.send('evm_setAutomine', [true]);

      const second = await core.mint!.run();
      expect(second).toMatchObject({ reconciled: 1, confirmed: 1 });
      const [done] = await core.ds.query(`SELECT state, tx_hash FROM mint_batch`);
      expect(done.state).toBe('confirmed');
      // Same nonce, same batch, same fees: the resend may well be the identical transaction.
      expect(warnings).toContain('mint transaction dropped; sending again');
      const [{ batch_id }] = await core.ds.query(`SELECT batch_id FROM mint_batch`);
      expect((await core.chain!.findBatchMint(batch_id))?.txHash).toBe(done.tx_hash);
      expect(await core.chain!.balanceOf(address)).toBe(8n * 10n ** 18n);
    } finally {
      rpc.destroy();
      await core.cleanup();
      await node.stop();
    }
  }, 120_000);
});

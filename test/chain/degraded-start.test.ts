import { createServer } from 'node:net';
import { Contract, JsonRpcProvider, Wallet, getCreateAddress, keccak256, toUtf8Bytes } from 'ethers';
import artifact from '../../contracts/artifacts/TNET.json';
import { configuredChain } from '../../app/boot-core';
import { createWebServer } from '../../bots/web/create-web-server';
import { startWeb, type RunningWeb } from '../../bots/web/start-web';
import { loadConfig } from '../../core';
import { ANVIL_DEV_KEYS, startAnvil, type AnvilNode } from '../../core/chain/anvil';
import { deployTnet } from '../../core/chain/deploy';
import { mintJob } from '../../jobs/mint.job';
import { tnetKit } from './tnet-kit';
import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';

/**
 * The platform started while its chain is not usable (the node down, or the key without
 * MINTER_ROLE): the core, the web side and the mint job start as the app builds them,
 * /healthz says "degraded" and why, the job waits out its backoff, and once the chain is
 * usable it mints, once, and /healthz says "ok".
 */

const TNET = 10n ** 18n;
const MINTER_ROLE = keccak256(toUtf8Bytes('MINTER_ROLE'));
const deployer = new Wallet(ANVIL_DEV_KEYS[0]);

/** A port nothing listens on (taken, then given back). */
const closedPort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe(`the platform started with an unusable chain (${engine})`, () => {
  let node: AnvilNode | undefined;
  let core: TestCore | undefined;
  let web: RunningWeb | undefined;
  let now = 1_000_000;
  const warnings: string[] = [];
  const quiet = () => undefined;

  afterEach(async () => {
    await web?.stop();
    await core?.cleanup();
    await node?.stop();
    web = undefined;
    core = undefined;
    node = undefined;
    warnings.length = 0;
  });

  const health = async () => {
    const res = await fetch(`http://127.0.0.1:${web!.port}/healthz`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  /** One fire of the mint job as the scheduler fires it (under its lock); the run's detail. */
  const fire = async (): Promise<string> => {
    expect(await core!.jobRuns.run('mint', () => mintJob('*/30 * * * * *').run(core!))).toBe('ok');
    const [{ detail }] = await core!.ds.query(`SELECT detail FROM job_run WHERE job = 'mint' ORDER BY id DESC LIMIT 1`);
    return detail as string;
  };

  /** A member with a wallet and 10 TNET pending. */
  async function earner(): Promise<{ memberId: number; wallet: string }> {
    const memberId = await member(core!, 'early-bird');
    const wallet = Wallet.createRandom().address.toLowerCase();
    await core!.ds.query(`INSERT INTO wallet (member_id, address) VALUES ($1, $2)`, [memberId, wallet]);
    const campaign = await activeCampaign(core!, { items: 1, def: { answersPerTask: 1, maxAnswersPerTask: 1, reward: '10' } });
    const [t] = await core!.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [campaign]);
    await submitServed(core!, { memberId, taskId: t.id, choice: 'cat' });
    return { memberId, wallet };
  }

  async function boot(env: Record<string, string>): Promise<void> {
    const all = { CHAIN_ID: '31337', MINTER_PRIVATE_KEY: ANVIL_DEV_KEYS[0], ...env };
    core = await createTestCore(all, {
      chain: { ...configuredChain(loadConfig(all)), pollMs: 50, rpcTimeoutMs: 3000 },
      mint: { confirmTimeoutMs: 20_000, retries: 2, retryBaseMs: 20, backoffBaseMs: 30_000, now: () => now },
      logger: { debug: quiet, info: quiet, warn: (msg) => warnings.push(msg), error: (msg) => warnings.push(msg) },
    });
    web = await startWeb(createWebServer(core, {}), { port: 0, host: '127.0.0.1' });
  }

  it('starts with the node down, says degraded, and mints once when the node is back', async () => {
    const port = await closedPort();
    // Deployed by dev key 0 as its first transaction on a fresh node: the address is known before.
    const token = getCreateAddress({ from: deployer.address, nonce: 0 });
    await boot({ RPC_URL: `http://127.0.0.1:${port}`, TNET_ADDRESS: token });
    const { wallet } = await earner();

    expect(await health()).toMatchObject({ status: 200, body: { status: 'degraded', database: true, chain: false, reason: expect.stringMatching(/does not answer/) } });
    // Within the backoff the job does not touch the chain.
    expect(await fire()).toBe('degraded (chain.unreachable); next try in 30 s');
    expect(warnings).toEqual(['mint degraded; retrying with backoff']);

    node = await startAnvil({ port });
    expect(await deployTnet({ rpcUrl: node.url, deployerKey: ANVIL_DEV_KEYS[0], minter: deployer.address, foundation: Wallet.createRandom().address, foundationBps: 2000 })).toBe(token);
    now += 30_000;
    expect(await fire()).toMatch(/prepared 1, confirmed 1, failed 0, minted 10 TNET gross$/);
    expect(await fire()).toMatch(/^reconciled 0, prepared 0, confirmed 0/);

    const provider = new JsonRpcProvider(node.url, node.chainId, { staticNetwork: true });
    const tnet = new Contract(token, artifact.abi, provider);
    expect(await tnet.getFunction('balanceOf')(wallet)).toBe(8n * TNET);
    expect(await tnet.getFunction('totalSupply')()).toBe(10n * TNET);
    provider.destroy();
    const [{ n }] = await core!.ds.query(`SELECT count(*)::int AS n FROM reward_ledger WHERE status = 'minted'`);
    expect(n).toBe(1);
    const ok = await health();
    expect(ok).toMatchObject({ status: 200, body: { status: 'ok', chain: true } });
    expect(ok.body.reason).toBeUndefined();
    expect(warnings).toEqual(['mint degraded; retrying with backoff']);
  }, 60_000);

  it('starts with a key that lacks MINTER_ROLE, says so, and mints once the role is granted', async () => {
    node = await startAnvil();
    const token = await deployTnet({ rpcUrl: node.url, deployerKey: ANVIL_DEV_KEYS[0], minter: deployer.address, foundation: Wallet.createRandom().address, foundationBps: 2000 });
    const minter = new Wallet(ANVIL_DEV_KEYS[2]);
    await boot({ RPC_URL: node.url, TNET_ADDRESS: token, MINTER_PRIVATE_KEY: ANVIL_DEV_KEYS[2] });
    const { wallet } = await earner();

    expect(await health()).toMatchObject({ status: 200, body: { status: 'degraded', chain: true, reason: expect.stringMatching(/lacks MINTER_ROLE/) } });
    now += 30_000;
    expect(await fire()).toMatch(/prepared 0, confirmed 0, failed 0, minted 0 TNET gross; degraded \(chain.not_minter\)$/);
    expect(warnings).toEqual(['mint degraded; retrying with backoff']);

    const provider = new JsonRpcProvider(node.url, node.chainId, { staticNetwork: true });
    const admin = new Wallet(ANVIL_DEV_KEYS[0], provider);
    const tnet = new Contract(token, artifact.abi, provider);
    await tnetKit(() => provider).send(admin, { to: token, data: tnet.interface.encodeFunctionData('grantRole', [MINTER_ROLE, minter.address]) });
    // The backoff doubled after the second degraded run.
    expect(await fire()).toBe('degraded (chain.not_minter); next try in 60 s');
    now += 60_000;
    expect(await fire()).toMatch(/prepared 1, confirmed 1, failed 0, minted 10 TNET gross$/);
    expect(await tnet.getFunction('balanceOf')(wallet)).toBe(8n * TNET);
    expect(await tnet.getFunction('totalSupply')()).toBe(10n * TNET);
    provider.destroy();
    expect((await health()).body).toMatchObject({ status: 'ok' });
  }, 60_000);
});

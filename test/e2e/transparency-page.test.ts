import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Wallet, keccak256, toUtf8Bytes } from 'ethers';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CLI_ACTOR, ONE_TNET } from '../../core';
import { ANVIL_DEV_KEYS, startAnvil, type AnvilNode } from '../../core/chain/anvil';
import { deployTnet } from '../../core/chain/deploy';
import { buildManifest, encodeManifest } from '../../core/mint/manifest';
import { translator } from '../../bots/common/i18n/translator';
import { createWebServer } from '../../bots/web/create-web-server';
import { startWeb, type RunningWeb } from '../../bots/web/start-web';
import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.join(__dirname, '..', '..', 'test-output', 'screenshots');
const T = ONE_TNET;
const en = translator(undefined);

// Debian's chromium (never a browser download); .ci/run installs it with apt when missing.
const describeWithChromium = existsSync(CHROMIUM) ? describe : describe.skip;

/** Finalizes one task of a fresh campaign: every winner answers 'cat' and earns 10 TNET. */
async function earn(core: TestCore, winners: number[]): Promise<void> {
  const c = await activeCampaign(core, { items: 1, def: { answersPerTask: winners.length, maxAnswersPerTask: 10, reward: '10' } });
  const [t] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [c]);
  for (const m of winners) await submitServed(core, { memberId: m, taskId: t.id, choice: 'cat' });
}

describeWithChromium(`the transparency page in headless Chromium, minting on anvil, on ${engine}`, () => {
  let node: AnvilNode;
  let core: TestCore;
  let web: RunningWeb;
  let browser: Browser;
  let base: string;
  let batchIds: string[];
  /** How far the core's clock runs ahead: past the chain checks' one-minute memory when the node goes down. */
  let skewMs = 0;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    node = await startAnvil();
    const token = await deployTnet({ rpcUrl: node.url, deployerKey: ANVIL_DEV_KEYS[0], minter: new Wallet(ANVIL_DEV_KEYS[0]).address, foundation: Wallet.createRandom().address, foundationBps: 2000 });
    core = await createTestCore(
      {},
      {
        chain: { rpcUrl: node.url, chainId: node.chainId, tokenAddress: token, minterPrivateKey: ANVIL_DEV_KEYS[0], pollMs: 50, rpcTimeoutMs: 3_000 },
        mint: { confirmTimeoutMs: 20_000, retries: 2, retryBaseMs: 50 },
        clock: () => new Date(Date.now() + skewMs),
      },
    );
    const community = await core.communities.register(CLI_ACTOR, { platform: 'telegram', platformChatId: '-100555000111', title: 'Bird watchers' });
    await core.communities.grant(CLI_ACTOR, community.id, 2_500n * T);
    // Two real mints: 30 TNET to three wallets, then 20 TNET to two.
    const members = await Promise.all(['ann', 'ben', 'cid'].map((n) => member(core, n)));
    for (const m of members) await core.ds.query(`INSERT INTO wallet (member_id, address) VALUES ($1, $2)`, [m, Wallet.createRandom().address.toLowerCase()]);
    await earn(core, members);
    expect(await core.mint!.run()).toMatchObject({ confirmed: 1, failed: 0 });
    await earn(core, members.slice(0, 2));
    expect(await core.mint!.run()).toMatchObject({ confirmed: 1, failed: 0 });
    batchIds = (await core.ds.query(`SELECT batch_id FROM mint_batch WHERE state = 'confirmed' ORDER BY id`)).map((r: { batch_id: string }) => r.batch_id);
    expect(batchIds).toHaveLength(2);

    web = await startWeb(createWebServer(core), { port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${web.port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await core?.cleanup();
    await node?.stop();
  });

  /** Opens the page at a width and waits until its script has checked every batch. */
  async function openChecked(width: number): Promise<{ page: Page; blocked: string[]; requests: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    const blocked: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Error/i.test(m.text())) blocked.push(m.text());
    });
    page.on('pageerror', (e) => blocked.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${base}/transparency`);
    await page.waitForSelector('body[data-checked="true"]', { timeout: 30_000 });
    return { page, blocked, requests, close: () => context.close() };
  }

  const checks = (page: Page) => page.$$eval('tr[data-batch-id]', (rows) => rows.map((r) => ({ id: r.getAttribute('data-batch-id'), check: r.getAttribute('data-check'), text: r.querySelector('.check')!.textContent })));

  it('shows the minted figures and verifies every batch against its manifest and the chain', async () => {
    const { page, blocked, requests, close } = await openChecked(1280);
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await page.getByRole('heading', { level: 1, name: 'TNET in the open' }).waitFor();
    for (const h of ['Minted against the cap', 'Pace', "The foundation's share", 'Communities', 'Mint batches']) await page.getByRole('heading', { level: 2, name: h }).waitFor();
    expect(await page.textContent('#minted')).toContain(`${en.tnet(50n * T)} of ${en.tnet(6_000_000_000n * T)}`);
    expect(await page.textContent('#confirmed-batches')).toBe('2');
    expect(await page.textContent('#foundation')).toBe(`The foundation received ${en.tnet(10n * T)}, 20% of all TNET minted; the miners received ${en.tnet(40n * T)}.`);
    await page.getByRole('rowheader', { name: '#1 Bird watchers' }).waitFor();
    await page.getByRole('columnheader', { name: 'Check' }).waitFor();

    const rows = await checks(page);
    expect(rows.map((r) => r.id).sort()).toEqual([...batchIds].sort());
    for (const r of rows) expect(r).toMatchObject({ check: 'verified', text: expect.stringContaining('Verified: the manifest hashes to this id') });
    await page.getByText('Checked 2 batches: 2 verified, 0 mismatched, 0 could not be checked.').waitFor();
    // Our own script only: the CSP blocked nothing, and nothing left the server.
    expect(blocked).toEqual([]);
    expect(requests.every((u) => u.startsWith(base))).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'transparency-desktop.png'), fullPage: true });
    await close();
  }, 60_000);

  it('fits a 390 px wide phone: the tables scroll inside their region, not the page', async () => {
    const { page, close } = await openChecked(390);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const regions = await page.getByRole('region').count();
    expect(regions).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: path.join(SHOTS, 'transparency-phone-390.png'), fullPage: true });
    await close();
  }, 60_000);

  it('flags a batch whose stored manifest was altered as a mismatch', async () => {
    const [target] = batchIds;
    const [before] = await core.ds.query(`SELECT manifest FROM mint_batch WHERE batch_id = $1`, [target]);
    // One wei more to the first payout: the served text no longer hashes to the id.
    await core.ds.query(`UPDATE mint_batch SET manifest = jsonb_set(manifest, '{payouts,0,1}', to_jsonb(((manifest->'payouts'->0->>1)::numeric + 1)::text)) WHERE batch_id = $1`, [target]);
    try {
      const { page, close } = await openChecked(1280);
      const rows = await checks(page);
      expect(rows.find((r) => r.id === target)).toMatchObject({ check: 'mismatch', text: expect.stringContaining('MISMATCH: the manifest does not hash to this batch id.') });
      expect(rows.find((r) => r.id !== target)).toMatchObject({ check: 'verified' });
      // Said in words, not colour alone, and announced in the status line.
      await page.getByRole('status').filter({ hasText: '1 mismatched' }).waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'transparency-mismatch.png'), fullPage: true });
      await close();
    } finally {
      await core.ds.query(`UPDATE mint_batch SET manifest = $2::jsonb WHERE batch_id = $1`, [target, JSON.stringify(before.manifest)]);
    }
  }, 60_000);

  it("flags a batch whose transaction minted another id, and a confirmed batch the chain never minted", async () => {
    const [first, second] = batchIds as [string, string];
    const [{ tx_hash: secondTx }] = await core.ds.query(`SELECT tx_hash FROM mint_batch WHERE batch_id = $1`, [second]);
    const [{ tx_hash: firstTx }] = await core.ds.query(`SELECT tx_hash FROM mint_batch WHERE batch_id = $1`, [first]);
    // The database claims the first batch went out in the second's transaction.
    await core.ds.query(`UPDATE mint_batch SET tx_hash = $2 WHERE batch_id = $1`, [first, secondTx]);
    // And lists as confirmed a batch (a true manifest and its hash) that no transaction minted.
    const text = encodeManifest(buildManifest(node.chainId, Wallet.createRandom().address, [{ ledgerId: '999999', wallet: Wallet.createRandom().address, amount: 5n * T }]));
    const ghost = keccak256(toUtf8Bytes(text));
    await core.ds.query(`INSERT INTO mint_batch (batch_id, state, manifest, gross_total, foundation_total) VALUES ($1, 'confirmed', $2::jsonb, $3, 0)`, [ghost, text, (5n * T).toString()]);
    try {
      const { page, close } = await openChecked(1280);
      const rows = await checks(page);
      expect(rows.find((r) => r.id === first)).toMatchObject({ check: 'mismatch', text: expect.stringContaining(`MISMATCH: the chain recorded batch id ${second} for this transaction.`) });
      expect(rows.find((r) => r.id === ghost)).toMatchObject({ check: 'mismatch', text: expect.stringContaining('MISMATCH: listed as confirmed, but the chain has not minted this batch.') });
      expect(rows.find((r) => r.id === second)).toMatchObject({ check: 'verified' });
      await close();
    } finally {
      await core.ds.query(`UPDATE mint_batch SET tx_hash = $2 WHERE batch_id = $1`, [first, firstTx]);
      await core.ds.query(`DELETE FROM mint_batch WHERE batch_id = $1`, [ghost]);
    }
  }, 60_000);

  it('says it could not check when the chain node is down, and still serves the page', async () => {
    await node.stop();
    skewMs = 5 * 60_000;
    const { page, close } = await openChecked(1280);
    const rows = await checks(page);
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r).toMatchObject({ check: 'unchecked', text: expect.stringContaining("Could not check: the chain's node did not answer.") });
    expect(await page.textContent('#minted')).toContain(en.tnet(50n * T));
    await page.getByText('Checked 2 batches: 0 verified, 0 mismatched, 2 could not be checked.').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'transparency-rpc-down.png'), fullPage: true });
    await close();
  }, 60_000);
});

import { createServer, type AddressInfo, type Socket } from 'node:net';
import { Wallet, keccak256, toUtf8Bytes } from 'ethers';
import { ChainReader } from '../../core/chain/chain-reader';
import { TransparencyService } from '../../core/transparency/transparency.service';
import { CLI_ACTOR, ONE_TNET } from '../../core';
import { buildManifest, encodeManifest } from '../../core/mint/manifest';
import { languageTags } from '../../bots/common/i18n/languages';
import { translator } from '../../bots/common/i18n/translator';
import { createWebServer, type WebServer } from '../../bots/web/create-web-server';
import { campaignWithItems, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';

const T = ONE_TNET;
const TOKEN = Wallet.createRandom().address;
const DAY = 86_400_000;
const en = translator(undefined);

/** A mint batch as the mint job stores it, its id the keccak256 of its manifest; `daysAgo` dates its last change. */
async function insertBatch(core: TestCore, state: string, amounts: bigint[], daysAgo: number, firstLedger: number): Promise<{ id: string; text: string }> {
  const rows = amounts.map((amount, i) => ({ ledgerId: String(firstLedger + i), wallet: Wallet.createRandom().address, amount }));
  const text = encodeManifest(buildManifest(31337, TOKEN, rows));
  const id = keccak256(toUtf8Bytes(text));
  const gross = amounts.reduce((s, a) => s + a, 0n);
  const foundation = state === 'confirmed' ? amounts.reduce((s, a) => s + (a * 2000n) / 10_000n, 0n) : 0n;
  const at = new Date(Date.now() - daysAgo * DAY);
  await core.ds.query(
    `INSERT INTO mint_batch (batch_id, state, manifest, gross_total, foundation_total, tx_hash, created_at, updated_at) VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $7)`,
    [id, state, text, gross.toString(), foundation.toString(), state === 'confirmed' ? `0x${'1'.repeat(64)}` : null, at],
  );
  return { id, text };
}

describe(`the transparency page's routes on ${engine}`, () => {
  let core: TestCore;
  let web: WebServer;
  const get = (url: string, headers: Record<string, string> = {}) => web.app.inject({ method: 'GET', url, headers });
  let confirmed: { id: string; text: string };

  beforeAll(async () => {
    core = await createTestCore();
    web = createWebServer(core);
    // A community with an allowance, a campaign reserving from it, and three members paid by it.
    const c = await core.communities.register(CLI_ACTOR, { platform: 'telegram', platformChatId: '-100987654321', title: '<b>Cats & dogs</b>' });
    await core.communities.grant(CLI_ACTOR, c.id, 5_000n * T);
    const campaign = await campaignWithItems(core, ['a cat'], { budget: '1000', reward: '10', answersPerTask: 3 }, { communityId: c.id });
    const [task] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [campaign]);
    for (const name of ['Alice Secretname', 'bob', 'carol']) await submitServed(core, { memberId: await member(core, name), taskId: task.id, choice: 'cat' });
    // Minted: 100 three days ago, 50 twenty days ago, 1000 forty days ago; a failed batch counts nothing.
    confirmed = await insertBatch(core, 'confirmed', [60n * T, 40n * T], 3, 1);
    await insertBatch(core, 'confirmed', [50n * T], 20, 10);
    await insertBatch(core, 'confirmed', [1_000n * T], 40, 20);
    await insertBatch(core, 'failed', [7n * T], 1, 30);
  });
  afterAll(async () => {
    await web.app.close();
    await core.cleanup();
  });

  it('shows minted against the cap, the pace, the foundation share and each community, in English by default', async () => {
    const res = await get('/transparency');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    const html = res.body;
    expect(html).toContain('<html lang="en">');
    // 1,150 of 6 billion shows as a share too small for 0.0001 %, never as 0 %.
    expect(html).toContain(`${en.tnet(1_150n * T)} of ${en.tnet(6_000_000_000n * T)} (&lt; 0.0001%)`);
    expect(html).toMatch(/<dd id="confirmed-batches">3<\/dd>/);
    // Pace: 100 in 7 days, 150 in 30 days.
    expect(html).toContain(`<th scope="row">Last 7 days</th><td class="num">${en.tnet(100n * T)}</td>`);
    expect(html).toContain(`<th scope="row">Last 30 days</th><td class="num">${en.tnet(150n * T)}</td>`);
    expect(html).toContain(`The foundation received ${en.tnet(230n * T)}, 20% of all TNET minted; the miners received ${en.tnet(920n * T)}.`);
    // The community: allowance 5,000, reserved the budget 1,000, paid 30; its title escaped.
    expect(html).toContain(`&lt;b&gt;Cats &amp; dogs&lt;/b&gt;</th><td class="num">${en.tnet(5_000n * T)}</td><td class="num">${en.tnet(1_000n * T)}</td><td class="num">${en.tnet(30n * T)}</td><td class="num">${en.tnet(4_000n * T)}</td>`);
    expect(html).not.toContain('<b>Cats');
    // Every batch is listed, the failed one too, with its manifest link; nothing names a member or a chat.
    expect(html.match(/<tr data-batch-id=/g)).toHaveLength(4);
    expect(html).toContain(`<tr data-batch-id="${confirmed.id}" data-state="confirmed">`);
    expect(html).toContain(`href="/transparency/batches/${confirmed.id}/manifest"`);
    expect(html).not.toContain('Secretname');
    expect(html).not.toContain('987654321');
    expect(html).not.toMatch(/<script>|<script type="text\/javascript">/);
  });

  it("speaks the visitor's language: ?lang first, then Accept-Language", async () => {
    const ru = await get('/transparency?lang=ru');
    expect(ru.body).toContain('<html lang="ru">');
    expect(ru.body).toContain(`<h1>${translator('ru' as never).t('transparency-heading')}</h1>`);
    const es = await get('/transparency', { 'accept-language': 'xx, es-MX;q=0.9' });
    expect(es.body).toContain('<html lang="es">');
    for (const tag of languageTags()) {
      const page = await get(`/transparency?lang=${tag}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(`<html lang="${tag}">`);
      expect(page.body).toContain(`<title>${translator(tag).t('transparency-title')}</title>`);
    }
  });

  it('serves the manifest as the exact text its id hashes', async () => {
    const res = await get(`/transparency/batches/${confirmed.id}/manifest`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.body).toBe(confirmed.text);
    expect(keccak256(res.rawPayload)).toBe(confirmed.id);
    // Upper-case hex names the same batch.
    expect((await get(`/transparency/batches/0x${confirmed.id.slice(2).toUpperCase()}/manifest`)).body).toBe(confirmed.text);
  });

  it.each([
    ['too short', '0x1234'],
    ['not hex', `0x${'z'.repeat(64)}`],
    ['no 0x', 'a'.repeat(64)],
    ['too long', `0x${'a'.repeat(65)}`],
    ['a path', '..%2F..%2Fetc%2Fpasswd'],
    ['SQL', "0x'%20OR%201=1--"],
  ])('refuses a malformed batch id (%s) with 400', async (_name, id) => {
    const res = await get(`/transparency/batches/${id}/manifest`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 'request.invalid', error: 'That request is not valid.' });
  });

  it('answers 404 for a well-formed id no batch has', async () => {
    const res = await get(`/transparency/batches/0x${'0'.repeat(64)}/manifest`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });

  it('says per batch that it could not check without a chain, and refuses bad id lists', async () => {
    const other = `0x${'0'.repeat(64)}`;
    const res = await get(`/transparency/chain?ids=${confirmed.id},${other}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ batches: { [confirmed.id]: { status: 'unchecked', reason: 'no-chain' } } });
    for (const ids of ['', '0x12', `${confirmed.id},nope`, Array.from({ length: 51 }, () => confirmed.id).join(',')]) {
      expect((await get(`/transparency/chain?ids=${ids}`)).statusCode).toBe(400);
    }
    expect((await get('/transparency/chain')).statusCode).toBe(400);
  });

  it("bounds the chain check: a node that never answers reads as a timeout, a closed port as unreachable", async () => {
    // A real socket that takes the request and never answers.
    const sockets: Socket[] = [];
    const hanging = createServer((s) => sockets.push(s));
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const port = (hanging.address() as AddressInfo).port;
    // The web role's chain: read only, no key.
    const chainAt = (url: string) => new ChainReader({ rpcUrl: url, chainId: 31337, tokenAddress: TOKEN, rpcTimeoutMs: 30_000 });
    const slow = chainAt(`http://127.0.0.1:${port}`);
    try {
      const service = new TransparencyService(core.ds, slow, undefined, { chainTimeoutMs: 300 });
      expect(Object.fromEntries(await service.checkOnChain([confirmed.id]))).toEqual({ [confirmed.id]: { status: 'unchecked', reason: 'timeout' } });
    } finally {
      slow.destroy();
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => hanging.close(resolve));
    }
    // The same port, closed now: nothing listens.
    const dead = chainAt(`http://127.0.0.1:${port}`);
    try {
      const service = new TransparencyService(core.ds, dead, undefined, { chainTimeoutMs: 20_000 });
      expect(Object.fromEntries(await service.checkOnChain([confirmed.id]))).toEqual({ [confirmed.id]: { status: 'unchecked', reason: 'unreachable' } });
    } finally {
      dead.destroy();
    }
  });

  it('pages the batch list, newest first, and refuses a bad cursor', async () => {
    for (let i = 0; i < 50; i++) await insertBatch(core, 'confirmed', [1n], 0, 100 + i);
    const first = await get('/transparency?lang=en');
    expect(first.body.match(/<tr data-batch-id=/g)).toHaveLength(50);
    const older = /href="\/transparency\?lang=en&amp;before=(\d+)#batches-heading" rel="next"/.exec(first.body);
    expect(older).not.toBeNull();
    const second = await get(`/transparency?lang=en&before=${older![1]}`);
    expect(second.body.match(/<tr data-batch-id=/g)).toHaveLength(4);
    expect(second.body).toContain(`data-batch-id="${confirmed.id}"`);
    expect(second.body).not.toContain('rel="next"');
    expect(second.body).toContain('Newest batches');
    for (const bad of ['abc', '-1', '0', '99999999999', '1e3']) expect((await get(`/transparency?before=${bad}`)).statusCode).toBe(400);
  });

  it('serves its own script and style', async () => {
    for (const f of ['transparency.js', 'keccak256.js']) {
      const res = await get(`/static/${f}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    }
    expect((await get('/static/transparency.css')).headers['content-type']).toBe('text/css; charset=utf-8');
  });
});

import { Wallet } from 'ethers';
import fc from 'fast-check';
import { createWebServer } from '../../bots/web/create-web-server';
import { startWeb, type RunningWeb } from '../../bots/web/start-web';
import { signatureVerifier } from '../../core/chain/signature';
import { WalletService } from '../../core/wallets/wallet.service';
import type { PlatformUser } from '../../core';
import { activeCampaign, createTestCore, engine, type TestCore } from '../helpers/test-core';

const PUBLIC_URL = 'https://mining.example.org';
const EXPORT_TOKEN = 'the-export-token-of-the-security-tests-42';
const user = (name: string): PlatformUser => ({ platform: 'console', platformUserId: name, displayName: name });
const tokenOf = (url: string): string => new URL(url).pathname.split('/').pop()!;

/**
 * Each refusal must leave the database as it was: these tests compare every row of the
 * tables linking touches before and after.
 */
describe(`wallet linking refuses attacks without changing anything, on ${engine}`, () => {
  let core: TestCore;
  let web: RunningWeb;
  beforeAll(async () => {
    core = await createTestCore({ PUBLIC_URL });
    web = await startWeb(createWebServer(core, { exportToken: EXPORT_TOKEN }), { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await web.stop();
    await core.cleanup();
  });

  const snapshot = async () => ({
    member: await core.ds.query(`SELECT * FROM member ORDER BY id`),
    identity: await core.ds.query(`SELECT * FROM identity ORDER BY id`),
    wallet: await core.ds.query(`SELECT * FROM wallet ORDER BY id`),
    link_challenge: await core.ds.query(`SELECT * FROM link_challenge ORDER BY id`),
    member_merge: await core.ds.query(`SELECT * FROM member_merge ORDER BY id`),
  });
  /** Runs the refused attempt and checks it changed no row. */
  async function unchanged(attempt: () => Promise<unknown>): Promise<void> {
    const before = await snapshot();
    await attempt();
    expect(await snapshot()).toEqual(before);
  }
  async function request(name: string, wallet = Wallet.createRandom(), wallets: WalletService = core.wallets) {
    const m = (await core.identities.resolve(user(name))).memberId;
    const req = await wallets.requestLink(m, user(name), wallet.address);
    return { m, wallet, req, token: tokenOf(req.linkUrl) };
  }
  const post = (path: string, body: unknown) =>
    fetch(`http://127.0.0.1:${web.port}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('refuses a replayed signature, by /verify and through the page', async () => {
    const { m, wallet, req, token } = await request('sec-replay');
    const sig = await wallet.signMessage(req.message);
    await core.wallets.verify(m, user('sec-replay'), sig);
    await unchanged(async () => {
      await expect(core.wallets.verify(m, user('sec-replay'), sig)).rejects.toMatchObject({ code: 'wallet.no_challenge' });
      await expect(core.wallets.verifyPage(token, sig)).rejects.toMatchObject({ code: 'wallet.no_challenge' });
    });
  });

  it('refuses a link token used twice', async () => {
    const { wallet, req, token } = await request('sec-token');
    const sig = await wallet.signMessage(req.message);
    expect((await post(`/api/link/${token}`, { signature: sig })).status).toBe(200);
    await unchanged(async () => {
      const again = await post(`/api/link/${token}`, { signature: sig });
      expect(again.status).toBe(404);
      expect(((await again.json()) as { code: string }).code).toBe('wallet.no_challenge');
      expect((await post(`/api/link/${token}/message`, { address: wallet.address })).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${web.port}/api/link/${token}`)).status).toBe(404);
    });
  });

  it('refuses an expired nonce', async () => {
    let now = new Date();
    const clocked = new WalletService(core.ds, { publicUrl: PUBLIC_URL, chainId: 31337, verifySignature: signatureVerifier(), now: () => now });
    const { m, wallet, req, token } = await request('sec-late', Wallet.createRandom(), clocked);
    const sig = await wallet.signMessage(req.message);
    now = new Date(now.getTime() + 15 * 60_000 + 1);
    await unchanged(async () => {
      await expect(clocked.verify(m, user('sec-late'), sig)).rejects.toMatchObject({ code: 'wallet.challenge_expired' });
      await expect(clocked.verifyPage(token, sig)).rejects.toMatchObject({ code: 'wallet.challenge_expired' });
      await expect(clocked.pageMessage(token, wallet.address)).rejects.toMatchObject({ code: 'wallet.challenge_expired' });
    });
  });

  it.each([
    ['another domain', { publicUrl: 'https://evil.example.org', chainId: 31337 }],
    ['another URI', { publicUrl: 'http://mining.example.org', chainId: 31337 }],
    ['another chain id', { publicUrl: PUBLIC_URL, chainId: 1 }],
  ])('refuses a message for %s', async (_what, opts) => {
    const foreign = new WalletService(core.ds, { ...opts, verifySignature: signatureVerifier() });
    const name = `sec-foreign-${opts.chainId}-${new URL(opts.publicUrl).host}-${new URL(opts.publicUrl).protocol}`;
    const { m, wallet, req, token } = await request(name, Wallet.createRandom(), foreign);
    const sig = await wallet.signMessage(req.message);
    await unchanged(async () => {
      await expect(core.wallets.verify(m, user(name), sig)).rejects.toMatchObject({ code: 'wallet.challenge_expired' });
      await expect(core.wallets.verifyPage(token, sig)).rejects.toMatchObject({ code: 'wallet.challenge_expired' });
    });
    // A signature over our message rewritten for another domain does not match ours either.
    const ours = await request(`${name}-ours`);
    const rewritten = ours.req.message.replace('mining.example.org wants', 'evil.example.org wants');
    await unchanged(async () => {
      await expect(core.wallets.verify(ours.m, user(`${name}-ours`), await ours.wallet.signMessage(rewritten))).rejects.toMatchObject({ code: 'wallet.bad_signature' });
    });
  });

  it('refuses a signature by a different key', async () => {
    const { m, req, token } = await request('sec-forger');
    const sig = await Wallet.createRandom().signMessage(req.message);
    await unchanged(async () => {
      await expect(core.wallets.verify(m, user('sec-forger'), sig)).rejects.toMatchObject({ code: 'wallet.bad_signature' });
      const res = await post(`/api/link/${token}`, { signature: sig });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { code: string }).code).toBe('wallet.bad_signature');
    });
  });

  it('refuses malformed signatures', async () => {
    const { m, wallet, req, token } = await request('sec-fuzz-sig');
    const good = await wallet.signMessage(req.message);
    const signature = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.stringMatching(/^0x[0-9a-fA-F]{0,200}$/),
      // One hex digit of the good signature changed.
      fc.integer({ min: 2, max: good.length - 1 }).map((i) => good.slice(0, i) + (good[i] === '0' ? '1' : '0') + good.slice(i + 1)),
    );
    await unchanged(() =>
      fc.assert(
        fc.asyncProperty(signature, async (sig) => {
          fc.pre(sig.trim() !== good);
          await expect(core.wallets.verify(m, user('sec-fuzz-sig'), sig)).rejects.toMatchObject({ code: expect.stringMatching(/^wallet\.(bad_signature|no_challenge)$/) });
          await expect(core.wallets.verifyPage(token, sig)).rejects.toMatchObject({ code: expect.stringMatching(/^wallet\.(bad_signature|no_challenge)$/) });
        }),
        { numRuns: 40, seed: 5 },
      ),
    );
    expect(await core.wallets.get(m)).toBeUndefined();
  });

  it('refuses malformed addresses and tokens', async () => {
    const m = (await core.identities.resolve(user('sec-fuzz-addr'))).memberId;
    const { token } = await request('sec-fuzz-addr-page');
    const address = fc.oneof(fc.string({ maxLength: 80 }), fc.stringMatching(/^0x[0-9a-fA-F]{0,39}$/), fc.stringMatching(/^0x[0-9a-fA-F]{41,44}$/), fc.stringMatching(/^0x[g-z]{40}$/));
    await unchanged(() =>
      fc.assert(
        fc.asyncProperty(address, fc.string({ maxLength: 60 }), async (text, badToken) => {
          await expect(core.wallets.requestLink(m, user('sec-fuzz-addr'), text)).rejects.toMatchObject({ code: 'wallet.invalid_address' });
          await expect(core.wallets.pageMessage(token, text)).rejects.toMatchObject({ code: 'wallet.invalid_address' });
          await expect(core.wallets.page(badToken)).rejects.toMatchObject({ code: 'wallet.no_challenge' });
        }),
        { numRuns: 40, seed: 7 },
      ),
    );
  });

  it('refuses an address owned by another member', async () => {
    const shared = Wallet.createRandom();
    const owner = await request('sec-owner', shared);
    await core.wallets.verify(owner.m, user('sec-owner'), await shared.signMessage(owner.req.message));
    const intruder = await request('sec-intruder', shared);
    const sig = await shared.signMessage(intruder.req.message);
    await unchanged(async () => {
      await expect(core.wallets.verify(intruder.m, user('sec-intruder'), sig)).rejects.toMatchObject({ code: 'wallet.address_taken' });
      expect((await post(`/api/link/${intruder.token}`, { signature: sig })).status).toBe(409);
    });
  });

  it('refuses an export without a valid token', async () => {
    const c = await activeCampaign(core, { items: 2 });
    const url = `http://127.0.0.1:${web.port}/campaigns/${c}/export.csv`;
    await unchanged(async () => {
      for (const authorization of [undefined, '', 'Bearer', `Bearer ${EXPORT_TOKEN.slice(0, -1)}`, `Bearer ${EXPORT_TOKEN}x`, `Basic ${EXPORT_TOKEN}`, EXPORT_TOKEN]) {
        const res = await fetch(url, { headers: authorization === undefined ? {} : { authorization } });
        expect(res.status).toBe(401);
        const body = await res.text();
        expect(body).not.toContain('item1');
        expect(body).not.toContain(EXPORT_TOKEN);
      }
      expect((await fetch(`${url}?token=${EXPORT_TOKEN}`)).status).toBe(401);
    });
    // A server without EXPORT_TOKEN serves no exports at all.
    const closed = await startWeb(createWebServer(core), { port: 0, host: '127.0.0.1' });
    try {
      expect((await fetch(`http://127.0.0.1:${closed.port}/campaigns/${c}/export.csv`, { headers: { authorization: 'Bearer anything' } })).status).toBe(404);
    } finally {
      await closed.stop();
    }
  });
});

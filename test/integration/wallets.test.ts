import { Wallet } from 'ethers';
import { signatureVerifier } from '../../core/chain/signature';
import { WalletService } from '../../core/wallets/wallet.service';
import { createTestCore, engine, member, type TestCore } from '../helpers/test-core';

const user = (name: string) => ({ platform: 'console' as const, platformUserId: name, displayName: name });

describe(`wallet linking on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore({ PUBLIC_URL: 'https://mining.example.org' });
  });
  afterAll(async () => {
    await core.cleanup();
  });

  async function link(name: string, wallet = Wallet.createRandom()) {
    const m = await member(core, name);
    const req = await core.wallets.requestLink(m, user(name), wallet.address);
    return { m, wallet, req };
  }

  it('issues an EIP-4361 message naming the domain, chain, identity and expiry', async () => {
    const { m, wallet, req } = await link('siwe-shape');
    expect(req.message).toContain('mining.example.org wants you to sign in with your Ethereum account:');
    expect(req.message).toContain(wallet.address);
    expect(req.message).toContain(`as console user siwe-shape (member #${m})`);
    expect(req.message).toContain('URI: https://mining.example.org');
    expect(req.message).toContain('Chain ID: 31337');
    expect(req.message).toMatch(/Nonce: [A-Za-z0-9]{8,}/);
    expect(req.expiresAt.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
  });

  it('links the wallet when the member signs the message', async () => {
    const { m, wallet, req } = await link('signer');
    const result = await core.wallets.verify(m, user('signer'), await wallet.signMessage(req.message));
    expect(result.address).toBe(wallet.address.toLowerCase());
    expect(await core.wallets.get(m)).toBe(wallet.address.toLowerCase());
  });

  it('refuses a signature by another key, and links nothing', async () => {
    const { m, req } = await link('forger');
    const sig = await Wallet.createRandom().signMessage(req.message);
    await expect(core.wallets.verify(m, user('forger'), sig)).rejects.toMatchObject({ code: 'wallet.bad_signature' });
    await expect(core.wallets.verify(m, user('forger'), 'not-a-signature')).rejects.toMatchObject({ code: 'wallet.bad_signature' });
    expect(await core.wallets.get(m)).toBeUndefined();
  });

  it('uses each nonce once', async () => {
    const { m, wallet, req } = await link('replayer');
    const sig = await wallet.signMessage(req.message);
    await core.wallets.verify(m, user('replayer'), sig);
    await expect(core.wallets.verify(m, user('replayer'), sig)).rejects.toMatchObject({ code: 'wallet.no_challenge' });
  });

  it('lets only one of two concurrent verifications spend the nonce', async () => {
    const { m, wallet, req } = await link('racer');
    const sig = await wallet.signMessage(req.message);
    const results = await Promise.allSettled([0, 1, 2].map(() => core.wallets.verify(m, user('racer'), sig)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM link_challenge WHERE member_id = $1 AND used_at IS NOT NULL`, [m]);
    expect(n).toBe(1);
  });

  it('refuses an expired request', async () => {
    let now = new Date();
    const clocked = new WalletService(core.ds, { publicUrl: 'https://mining.example.org', chainId: 31337, verifySignature: signatureVerifier(), now: () => now });
    const m = await member(core, 'late');
    const wallet = Wallet.createRandom();
    const req = await clocked.requestLink(m, user('late'), wallet.address);
    now = new Date(now.getTime() + 16 * 60_000);
    await expect(clocked.verify(m, user('late'), await wallet.signMessage(req.message))).rejects.toMatchObject({ code: 'wallet.challenge_expired' });
    expect(await clocked.get(m)).toBeUndefined();
  });

  it('refuses an address another member linked', async () => {
    const shared = Wallet.createRandom();
    const first = await link('owner', shared);
    await core.wallets.verify(first.m, user('owner'), await shared.signMessage(first.req.message));
    const second = await link('intruder', shared);
    await expect(core.wallets.verify(second.m, user('intruder'), await shared.signMessage(second.req.message))).rejects.toMatchObject({
      code: 'wallet.address_taken',
    });
    expect(await core.wallets.get(second.m)).toBeUndefined();
  });

  it('refuses text that is not an address', async () => {
    const m = await member(core, 'typo');
    await expect(core.wallets.requestLink(m, user('typo'), '0x1234')).rejects.toMatchObject({ code: 'wallet.invalid_address' });
  });

  it('replaces the wallet on a new link and removes it on unlink', async () => {
    const a = await link('mover');
    await core.wallets.verify(a.m, user('mover'), await a.wallet.signMessage(a.req.message));
    const next = Wallet.createRandom();
    const req = await core.wallets.requestLink(a.m, user('mover'), next.address);
    await core.wallets.verify(a.m, user('mover'), await next.signMessage(req.message));
    expect(await core.wallets.get(a.m)).toBe(next.address.toLowerCase());
    expect(await core.wallets.unlink(a.m)).toBe(next.address.toLowerCase());
    expect(await core.wallets.get(a.m)).toBeUndefined();
    await expect(core.wallets.unlink(a.m)).rejects.toMatchObject({ code: 'wallet.not_linked' });
  });
});

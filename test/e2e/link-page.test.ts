import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Wallet, getBytes } from 'ethers';
import { chromium, type Browser } from 'playwright-core';
import { createWebServer } from '../../bots/web/create-web-server';
import { startWeb, type RunningWeb } from '../../bots/web/start-web';
import { createTestCore, engine, member, type TestCore } from '../helpers/test-core';

const CHROMIUM = '/usr/bin/chromium';
const user = { platform: 'console' as const, platformUserId: 'browser-user', displayName: 'browser-user' };

/** A free loopback port, so PUBLIC_URL (the SIWE domain) is known before the server starts. */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject).listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

// Debian's chromium (never a browser download); .ci/run installs it with apt when missing.
const describeWithChromium = existsSync(CHROMIUM) ? describe : describe.skip;

describeWithChromium(`the link page in headless Chromium on ${engine}`, () => {
  let core: TestCore;
  let web: RunningWeb;
  let browser: Browser;
  let base: string;
  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    core = await createTestCore({ PUBLIC_URL: base });
    web = await startWeb(createWebServer(core), { port, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await core?.cleanup();
  });

  it('signs with an injected EIP-1193 wallet and links it to the member', async () => {
    const memberId = await member(core, user.platformUserId);
    const wallet = Wallet.createRandom();
    const req = await core.wallets.requestLink(memberId, user);
    expect(req.linkUrl.startsWith(`${base}/link/`)).toBe(true);

    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
    const calls: string[] = [];
    // The provider lives in Node: the page's window.ethereum forwards each request here.
    await page.exposeFunction('__tnetWallet', async (method: string, params: unknown[]) => {
      calls.push(method);
      if (method === 'eth_requestAccounts' || method === 'eth_accounts') return [wallet.address];
      if (method === 'personal_sign') {
        expect(String(params[1]).toLowerCase()).toBe(wallet.address.toLowerCase());
        return wallet.signMessage(getBytes(String(params[0])));
      }
      throw new Error(`unsupported method ${method}`);
    });
    await page.addInitScript({
      content: `window.ethereum = { isTest: true, request: ({ method, params }) => window.__tnetWallet(method, params || []) };`,
    });

    await page.goto(req.linkUrl);
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await page.getByText(/^Valid until .+\.$/).waitFor();
    const button = page.getByRole('button', { name: 'Connect wallet and sign' });
    await button.waitFor();
    await page.waitForFunction(`!document.getElementById('connect').disabled`);
    await button.click();
    await page.getByText(`Wallet ${wallet.address.toLowerCase()} is linked.`).waitFor({ timeout: 20_000 });

    expect(calls).toEqual(['eth_requestAccounts', 'personal_sign']);
    expect(await core.wallets.get(memberId)).toBe(wallet.address.toLowerCase());
    const [challenge] = await core.ds.query(`SELECT used_at FROM link_challenge WHERE member_id = $1 ORDER BY id DESC LIMIT 1`, [memberId]);
    expect(challenge.used_at).not.toBeNull();
    // Everything the page loaded came from the platform itself.
    expect(requests.every((u) => u.startsWith(base))).toBe(true);
    // The texts block is data, not a script: the CSP blocks nothing on the page.
    expect(blocked).toEqual([]);

    // The one-time link is spent: opening it again shows why.
    await page.goto(req.linkUrl);
    await page.getByText('There is no link request waiting.').waitFor();
    await context.close();
  }, 60_000);
});

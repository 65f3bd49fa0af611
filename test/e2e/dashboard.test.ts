import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createLogger } from '../../core';
import { createTelegramBot } from '../../bots/telegram/create-telegram-bot';
import { startTelegram, type RunningTelegram } from '../../bots/telegram/start-telegram';
import { createWebServer } from '../../bots/web/create-web-server';
import { startWeb, type RunningWeb } from '../../bots/web/start-web';
import { submitServed } from '../helpers/serve';
import { TelegramEmulator, type FakeChat } from '../helpers/telegram-emulator';
import { campaignWithItems, createTestCore, engine, testCommunity, type TestCore } from '../helpers/test-core';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.join(__dirname, '..', '..', 'test-output', 'screenshots');

/** Mona administers the Labelers group; Eve administers the Strangers group only. */
const mona = { id: 901, firstName: 'Mona' };
const eve = { id: 777, firstName: 'Eve' };
const labelers: FakeChat = { id: -7001, type: 'group', title: 'Labelers' };
const strangers: FakeChat = { id: -7002, type: 'group', title: 'Strangers' };

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

describeWithChromium(`the moderator dashboard in headless Chromium, from the Telegram bot, on ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let bot: RunningTelegram;
  let web: RunningWeb;
  let browser: Browser;
  let base: string;
  let campaign: number;
  let strangersCampaign: number;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    core = await createTestCore({ PUBLIC_URL: base }, { logger: createLogger({ level: 'warn', write: () => undefined }) });
    tg = await TelegramEmulator.start('654321:TEST-token-for-dashboard-tests-01');
    tg.admins.set(labelers.id, new Set([mona.id]));
    tg.admins.set(strangers.id, new Set([eve.id]));
    const telegram = createTelegramBot(core, {
      token: tg.token,
      apiRoot: tg.apiRoot,
      adminIds: [],
      chatLimits: { privateChat: [{ capacity: 1000, perSecond: 1000 }], group: [{ capacity: 1000, perSecond: 1000 }] },
    });
    bot = await startTelegram(telegram, { token: tg.token, logger: core.logger });
    const server = createWebServer(core);
    // What launch does: the bot's own getChatMember check, asked on every dashboard request.
    server.mountModeratorCheck('telegram', (userId, place) => telegram.moderators.administers(place, Number(userId)));
    web = await startWeb(server, { port, host: '127.0.0.1' });
    const labelersId = await testCommunity(core, 'telegram', String(labelers.id));
    const strangersId = await testCommunity(core, 'telegram', String(strangers.id));
    campaign = await campaignWithItems(core, ['a robin', 'a crow', 'an owl'], { name: 'Garden birds' }, { communityId: labelersId });
    strangersCampaign = await campaignWithItems(core, ['x'], { name: 'Strangers only' }, { communityId: strangersId });
    const tasks: { id: number }[] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [campaign]);
    const picks = [
      ['cat', 'cat', 'cat'],
      ['cat', 'cat', 'dog'],
      ['dog', 'dog', 'dog'],
    ];
    for (let m = 0; m < 3; m++) {
      const id = (await core.identities.resolve({ platform: 'telegram', platformUserId: String(500 + m), displayName: `Birder ${m + 1}` })).memberId;
      for (let k = 0; k < 3; k++) await submitServed(core, { memberId: id, taskId: tasks[k]!.id, choice: picks[k]![m]! });
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    mkdirSync(SHOTS, { recursive: true });
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await bot?.stop();
    await tg?.stop();
    await core?.cleanup();
  }, 60_000);

  /** Sends `/dashboard` in a group and resolves with the one-time URL the bot sent in private. */
  const dashboardLink = async (user: { id: number; firstName: string }, chat: FakeChat): Promise<string> => {
    const groupMark = tg.lastMessageId(chat.id);
    const privateMark = tg.lastMessageId(user.id);
    await tg.send(user, '/dashboard', chat);
    const dm = await tg.waitFor('the dashboard link in private', () => tg.botMessages(user.id).find((m) => m.messageId > privateMark && m.text.includes('/dashboard/login?token=')));
    // The group sees one line, never the link.
    const line = await tg.waitFor('the pointer line in the group', () => tg.botMessages(chat.id).find((m) => m.messageId > groupMark));
    expect(line.text).not.toContain('token');
    expect(line.text).not.toContain(base);
    return /(http:\/\/\S+\/dashboard\/login\?token=[A-Za-z0-9_-]+)/.exec(dm.text)![1]!;
  };

  /** Presses Tab until the focused element's text is `name`; fails after 80 presses. */
  const tabTo = async (page: Page, name: string): Promise<void> => {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate('document.activeElement && document.activeElement.textContent')) === name) return;
    }
    throw new Error(`no focusable "${name}"`);
  };

  it('opens from the private link, shows the figures, and pauses the campaign with the keyboard', async () => {
    const url = await dashboardLink(mona, labelers);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
    await page.goto(url);
    // Opening the link spends nothing; its one button (focused) signs in, by keyboard.
    await page.getByRole('button', { name: 'Open the dashboard' }).waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/dashboard`);
    await page.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();
    const row = page.getByRole('row', { name: /Garden birds/ });
    await row.waitFor();
    expect(await page.getByText('Strangers only').count()).toBe(0);
    // Into the campaign by keyboard.
    await tabTo(page, `#${campaign} Garden birds`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Agreement' }).waitFor();
    expect(await page.locator('dt:has-text("Krippendorff") + dd').textContent()).toBe('0.600');
    await page.getByRole('cell', { name: 'hidden until settled' }).first().waitFor();
    await page.getByRole('rowheader', { name: 'Birder 1' }).waitFor();
    await page.getByRole('img', { name: /Chart of Garden birds/ }).waitFor();
    expect(await page.evaluate('document.querySelector("img.chart").naturalWidth')).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'dashboard-campaign-desktop.png'), fullPage: true });

    await tabTo(page, 'Pause campaign');
    await page.keyboard.press('Enter');
    await page.getByText('The campaign is paused.').waitFor();
    expect((await core.campaigns.get(campaign)).status).toBe('paused');
    const audit = (await core.audit.list({})).filter((l) => l.action === 'campaign.pause' && l.subject === `campaign:${campaign}`);
    expect(audit.map((l) => l.actor)).toEqual([`telegram:${mona.id}`]);
    expect(blocked).toEqual([]);

    // At phone width: nothing wider than the screen but the tables' own scrolling regions.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SHOTS, 'dashboard-campaign-390.png'), fullPage: true });
    await page.goto(`${base}/dashboard`);
    await page.screenshot({ path: path.join(SHOTS, 'dashboard-campaigns-390.png'), fullPage: true });

    // Spent: the same link again does not open a second session.
    const again = await (await browser.newContext()).newPage();
    await again.goto(url);
    await again.getByText('This link is spent, expired or unknown.').waitFor();
    await context.close();
  }, 90_000);

  it("refuses a moderator of another community: no link in the group they do not run, 404 on that community's campaign", async () => {
    const mark = tg.lastMessageId(labelers.id);
    const privateMark = tg.lastMessageId(eve.id);
    await tg.send(eve, '/dashboard', labelers);
    const refused = await tg.waitFor('the refusal', () => tg.botMessages(labelers.id).find((m) => m.messageId > mark));
    expect(refused.text).toBe('Only moderators can do that.');
    expect(tg.botMessages(eve.id).filter((m) => m.messageId > privateMark && m.text.includes('token='))).toEqual([]);

    // Her own community's dashboard opens, and the Labelers' campaign is not there.
    const url = await dashboardLink(eve, strangers);
    const page = await (await browser.newContext()).newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'Open the dashboard' }).click();
    await page.getByRole('row', { name: /Strangers only/ }).waitFor();
    expect(await page.getByText('Garden birds').count()).toBe(0);
    const res = await page.goto(`${base}/dashboard/campaigns/${campaign}`);
    expect(res!.status()).toBe(404);
    await page.getByText('There is no such campaign in this community.').waitFor();
    expect(await page.getByText('Garden birds').count()).toBe(0);
    expect((await page.goto(`${base}/dashboard/campaigns/${strangersCampaign}`))!.status()).toBe(200);
  }, 90_000);
});

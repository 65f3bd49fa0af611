import { Wallet } from 'ethers';
import type { RunningTelegram } from '../../bots/telegram/start-telegram';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';
import { startTestBot, stopTestBot } from '../helpers/telegram-bot';
import { TelegramEmulator, type BotMessage, type FakeChat } from '../helpers/telegram-emulator';

const alice = { id: 111, firstName: 'Alice' };
const bob = { id: 112, firstName: 'Bob' };
const mallory = { id: 113, firstName: 'Mallory' };
const group: FakeChat = { id: -7001, type: 'supergroup', title: 'Shared group' };

/** What must never reach a group: a link page URL (or its token path), a sign-in message, a wallet. */
const LEAKS = /https?:\/\/(?!t\.me\/)|\/link\/|Nonce:|wants you to sign in|0x[0-9a-fA-F]{40}|Pending: /;

describe(`personal commands answered only in private, through Telegram on ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;

  beforeAll(async () => {
    core = await createTestCore();
    tg = await TelegramEmulator.start();
    running = await startTestBot(core, tg, { adminIds: [] });
    // Alice and Mallory have started the bot; Bob never has.
    for (const u of [alice, mallory]) {
      await tg.send(u, '/help');
      await message(u.id, /^TNET mining:/);
    }
    tg.notStarted.add(bob.id);
  }, 60_000);

  afterAll(async () => {
    await stopTestBot(running, tg, core);
  }, 60_000);

  afterEach(() => {
    for (const m of tg.botMessages(group.id)) expect(m.text).not.toMatch(LEAKS);
  });

  const message = (chatId: number, re: RegExp, after = 0): Promise<BotMessage> =>
    tg.waitFor(`a message matching ${re} in chat ${chatId}`, () => tg.botMessages(chatId).filter((m) => m.messageId > after && re.test(m.text)).at(-1));
  const since = (chatId: number, mark: number): string[] => tg.botMessages(chatId).filter((m) => m.messageId > mark).map((m) => m.text);
  const memberOf = async (u: { id: number; firstName: string }) =>
    (await core.identities.resolve({ platform: 'telegram', platformUserId: String(u.id), displayName: u.firstName })).memberId;

  /** A member sends a command in the group; resolves with what the group and their private chat got from it. */
  async function inGroup(u: { id: number; firstName: string }, text: string): Promise<{ group: string[]; private: string[] }> {
    const g = tg.lastMessageId(group.id);
    const p = tg.lastMessageId(u.id);
    await tg.send(u, text, group);
    await message(group.id, /^I (sent you a private message\.|can only answer that in private)/, g);
    return { group: since(group.id, g), private: since(u.id, p) };
  }

  it('sends /link from a group to the member in private; the group sees only the pointer line', async () => {
    const got = await inGroup(alice, '/link');
    expect(got.group).toEqual(['I sent you a private message.']);
    expect(got.private).toHaveLength(1);
    expect(got.private[0]).toMatch(/^Open http:\/\/\S+\/link\/[A-Za-z0-9_-]{43}\?lang=en in a browser/);
    // The pointer answers the member's own message, so the group knows whom it is for.
    const pointer = tg.callsOf('sendMessage').filter((c) => c.payload.chat_id === group.id).at(-1)!;
    expect(pointer.payload.reply_parameters).toMatchObject({ message_id: expect.any(Number) });
  }, 30_000);

  it('sends the sign-in message of /link <address> in private only', async () => {
    const wallet = Wallet.createRandom();
    const got = await inGroup(alice, `/link@TestNameBot ${wallet.address}`);
    expect(got.group).toEqual(['I sent you a private message.']);
    expect(got.private).toHaveLength(2);
    expect(got.private[1]).toContain(wallet.address);
    expect(got.private[1]).toMatch(/wants you to sign in/);
  }, 30_000);

  it('answers /balance, /wallet and /stats from a group in private', async () => {
    for (const [command, answer] of [
      ['/balance', /^Pending: 0 TNET/],
      ['/wallet', /^You have no linked wallet\./],
      ['/stats', /./],
    ] as const) {
      const got = await inGroup(alice, command);
      expect(got.group).toEqual(['I sent you a private message.']);
      expect(got.private).toHaveLength(1);
      expect(got.private[0]).toMatch(answer);
    }
  }, 30_000);

  it('does not check a signature sent in a group, and takes it in private', async () => {
    const wallet = Wallet.createRandom();
    let mark = tg.lastMessageId(mallory.id);
    await tg.send(mallory, `/link ${wallet.address}`);
    const siwe = await message(mallory.id, /wants you to sign in/, mark);
    const signature = await wallet.signMessage(siwe.text);

    const got = await inGroup(mallory, `/verify ${signature}`);
    expect(got.group).toEqual(['I sent you a private message.']);
    expect(got.private).toEqual(['Signatures go only here, in private: send /verify <signature> here, never in a group.']);
    expect(await core.wallets.get(await memberOf(mallory))).toBeUndefined();

    // The link request was not spent in the group: the same signature links in private.
    mark = tg.lastMessageId(mallory.id);
    await tg.send(mallory, `/verify ${signature}`);
    await message(mallory.id, /^Wallet 0x[0-9a-f]{40} is linked\./i, mark);
    expect((await core.wallets.get(await memberOf(mallory)))?.toLowerCase()).toBe(wallet.address.toLowerCase());
  }, 30_000);

  it('does not unlink from a group: the member is asked to send /unlink in private', async () => {
    const before = await core.wallets.get(await memberOf(mallory));
    expect(before).toMatch(/^0x[0-9a-f]{40}$/);
    const got = await inGroup(mallory, '/unlink');
    expect(got.group).toEqual(['I sent you a private message.']);
    expect(got.private).toEqual(['You sent /unlink in a group. To remove your linked wallet, send /unlink here.']);
    expect(await core.wallets.get(await memberOf(mallory))).toBe(before);
  }, 30_000);

  it('gives a deep link in the group when Telegram refuses to open the private chat, and the link runs the command', async () => {
    const got = await inGroup(bob, '/link');
    expect(got.group).toEqual(['I can only answer that in private. Open a chat with me: https://t.me/TestNameBot?start=link']);
    expect(got.private).toEqual([]);
    expect(tg.callsOf('sendMessage').some((c) => c.payload.chat_id === bob.id)).toBe(true);

    // Opening the link sends /start link in private.
    const mark = tg.lastMessageId(bob.id);
    await tg.send(bob, '/start link');
    const page = await message(bob.id, /^Open http:\/\/\S+\/link\/[A-Za-z0-9_-]{43}\?lang=en in a browser/, mark);
    expect(since(bob.id, mark)).toEqual([page.text]);
  }, 30_000);

  it('points /unlink to /start wallet, and never runs /unlink from a deep link', async () => {
    tg.notStarted.add(bob.id);
    const got = await inGroup(bob, '/unlink');
    expect(got.group).toEqual(['I can only answer that in private. Open a chat with me: https://t.me/TestNameBot?start=wallet']);

    const before = await core.wallets.get(await memberOf(mallory));
    const mark = tg.lastMessageId(mallory.id);
    await tg.send(mallory, '/start unlink');
    await message(mallory.id, /^Welcome to TNET mining!/, mark);
    expect(await core.wallets.get(await memberOf(mallory))).toBe(before);
  }, 30_000);

  it('still answers shared commands in the group', async () => {
    const mark = tg.lastMessageId(group.id);
    await tg.send(alice, '/leaderboard', group);
    await tg.waitFor('the leaderboard in the group', () => since(group.id, mark).length > 0);
    expect(since(group.id, mark)[0]).not.toMatch(/private/);
  }, 30_000);
});

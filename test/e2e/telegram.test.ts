import { createLogger } from '../../core';
import type { RunningTelegram } from '../../bots/telegram/start-telegram';
import { activeCampaign, campaignWithItems, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { startTestBot, stopTestBot } from '../helpers/telegram-bot';
import { TelegramEmulator, type BotMessage, type FakeChat } from '../helpers/telegram-emulator';
import { submitServed } from '../helpers/serve';

/** Telegram users of this file; ids are what the Bot API would give. */
const alice = { id: 101, firstName: 'Alice' };
const moderator = { id: 901, firstName: 'Mona' };
const miners = [201, 202, 203].map((id) => ({ id, firstName: `Miner ${id}` }));
const outsider = { id: 204, firstName: 'Otto' };
const late = { id: 205, firstName: 'Lena' };

const taskOf = (m: BotMessage): number => Number(/ · task (\d+)\n/.exec(m.text)![1]);

describe(`telegram bot end to end on ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const logger = createLogger({ level: 'info', write: (l) => logLines.push(JSON.parse(l)) });
    core = await createTestCore({}, { logger });
    tg = await TelegramEmulator.start();
    // The emulator lacks setMyCommands; the recorder makes it fail outright: the bot must carry on.
    tg.failing.add('setMyCommands');
    running = await startTestBot(core, tg, { adminIds: ['999'], editIntervalMs: 200 });
  }, 60_000);

  afterAll(async () => {
    await stopTestBot(running, tg, core);
  }, 60_000);

  /** The newest bot message in a chat matching `re`, once it is there. */
  const message = (chatId: number, re: RegExp, after = 0): Promise<BotMessage> =>
    tg.waitFor(`a message matching ${re} in chat ${chatId}`, () => tg.botMessages(chatId).filter((m) => m.messageId > after && re.test(m.text)).at(-1));
  const toasts = () => tg.callsOf('answerCallbackQuery').map((c) => c.payload.text as string | undefined);

  it('carries on with a warning when setMyCommands fails', async () => {
    expect(tg.callsOf('setMyCommands')).toHaveLength(1);
    expect(logLines.some((l) => l.level === 'warn' && l.msg === 'telegram setMyCommands failed; the bot runs without a command menu')).toBe(true);
  });

  it('lets a member start, answer three tasks by buttons, and see the balance after scoring', async () => {
    const campaignId = await activeCampaign(core, { items: 3 });
    await tg.send(alice, '/start');
    const welcome = await message(alice.id, /^Welcome to TNET mining!/);
    expect(welcome.parseMode).toBe('HTML');

    let mark = tg.lastMessageId(alice.id);
    await tg.send(alice, `/task ${campaignId}`);
    let card = await message(alice.id, /^Campaign #\d+ · /, mark);
    const answered: number[] = [];
    for (let i = 0; i < 3; i++) {
      expect(card.buttons.flat().map((b) => b.text)).toEqual(['cat', 'dog', 'bird']);
      for (const b of card.buttons.flat()) expect(Buffer.byteLength(b.data)).toBeLessThanOrEqual(64);
      answered.push(taskOf(card));
      mark = tg.lastMessageId(alice.id);
      const toastsBefore = toasts().length;
      await tg.press(alice, card, card.buttons[0]![0]!.data);
      // The card itself turns into the outcome, with the "Next task" button.
      const recorded = await tg.waitFor('the card showing the recorded answer', () => {
        const m = tg.botMessages(alice.id).find((x) => x.messageId === card.messageId)!;
        return m.text.startsWith('Answer recorded: cat.\n') && m;
      });
      expect(toasts().slice(toastsBefore)).toEqual(['Answer recorded']);
      expect(recorded.buttons).toEqual([[{ text: 'Next task', data: `n:${campaignId}` }]]);
      if (i < 2) {
        mark = tg.lastMessageId(alice.id);
        await tg.press(alice, recorded, recorded.buttons[0]![0]!.data);
        card = await message(alice.id, /^Campaign #\d+ · /, mark);
      }
    }
    expect(new Set(answered).size).toBe(3);

    mark = tg.lastMessageId(alice.id);
    await tg.send(alice, '/balance');
    const before = await message(alice.id, /^Pending: /, mark);
    expect(before.text).toContain('Pending: 0 TNET');
    expect(before.text).toContain('waiting: 3');

    // Two other members (from another chat) agree on every task: all three become final.
    for (const name of ['tg-bob', 'tg-carol']) {
      const memberId = await member(core, name);
      for (const taskId of answered) expect((await submitServed(core, { memberId, taskId, choice: 'cat' })).outcome).toBe('accepted');
    }
    mark = tg.lastMessageId(alice.id);
    await tg.send(alice, '/balance');
    const after = await message(alice.id, /^Pending: /, mark);
    expect(after.text).toContain('Pending: 30 TNET');
    expect(after.text).toContain('Accepted answers: 3 · withheld: 0 · waiting: 0');
  }, 60_000);

  describe('in a group', () => {
    const group: FakeChat = { id: -5001, type: 'group', title: 'Pet lovers' };
    let campaignId: number;
    let card: BotMessage;

    beforeAll(async () => {
      tg.admins.set(group.id, new Set([moderator.id]));
      campaignId = await campaignWithItems(core, ['a <b>fluffy</b> & loud animal', 'a quiet one']);
    });

    it('refuses /campaign post and pause from a member who is not an administrator', async () => {
      const mark = tg.lastMessageId(group.id);
      await tg.send(outsider, `/campaign post ${campaignId}`, group);
      const refused = await message(group.id, /^Only moderators can do that\.$/, mark);
      await tg.send(outsider, `/campaign pause ${campaignId}`, group);
      await message(group.id, /^Only moderators can do that\.$/, refused.messageId);
      expect((await core.campaigns.stats(campaignId)).status).toBe('active');
      expect(tg.botMessages(group.id).some((m) => m.text.startsWith('Campaign #') && m.buttons.length > 0)).toBe(false);
      expect(tg.callsOf('getChatMember').some((c) => c.payload.user_id === outsider.id)).toBe(true);
    }, 30_000);

    it('posts task cards when an administrator posts the campaign', async () => {
      const mark = tg.lastMessageId(group.id);
      await tg.send(moderator, `/campaign post ${campaignId}`, group);
      await message(group.id, new RegExp(`^Campaign #${campaignId} is now posted here\\.$`), mark);
      const cards = await tg.waitFor('two task cards', () => {
        const cs = tg.botMessages(group.id).filter((m) => m.messageId > mark && m.buttons.length > 0);
        return cs.length === 2 && cs;
      });
      card = cards.find((c) => c.text.includes('fluffy'))!;
      // User text is escaped for parse_mode HTML.
      expect(card.html).toContain('a &lt;b&gt;fluffy&lt;/b&gt; &amp; loud animal');
      expect(card.text).toContain('a <b>fluffy</b> & loud animal');
      expect(card.parseMode).toBe('HTML');
      expect(card.text).toContain('0/3 answers');
    }, 30_000);

    it('takes answers from three members until the card shows the consensus', async () => {
      const before = toasts().length;
      for (const m of miners) await tg.press(m, card, card.buttons[0]![1]!.data, group);
      await tg.waitFor('three toasts', () => toasts().length >= before + 3);
      expect(toasts().slice(before)).toEqual(['Answer recorded', 'Answer recorded', 'Answer recorded']);
      const final = await tg.waitFor('the card with its consensus', () => {
        const m = tg.botMessages(group.id).find((x) => x.messageId === card.messageId)!;
        return /Consensus: dog · 3 answers$/.test(m.text) && m;
      });
      expect(final.buttons).toEqual([]);
      // The group saw no "Answer recorded" messages: the toasts said it.
      expect(tg.botMessages(group.id).some((m) => m.text.startsWith('Answer recorded'))).toBe(false);
      const taskId = taskOf(card);
      expect((await core.assignment.card(taskId)).consensusLabel).toBe('dog');
    }, 30_000);

    it('answers a stale button and a forged one politely', async () => {
      const before = toasts().length;
      await tg.press(late, card, card.buttons[0]![0]!.data, group);
      await tg.press(late, card, 'a:1:99', group);
      await tg.press(late, card, 'drop table task', group);
      await tg.waitFor('three more toasts', () => toasts().length >= before + 3);
      // The card closed with its task: its buttons serve nothing any more.
      expect(toasts().slice(before)).toEqual([
        'That button is not valid anymore.',
        'That button is not valid anymore.',
        'That button is not valid anymore.',
      ]);
      const forged = logLines.filter((l) => l.msg === 'telegram forged or stale button');
      expect(forged.length).toBeGreaterThanOrEqual(2);
      expect(typeof forged[0]!.updateId).toBe('number');
    }, 30_000);
  });

  it('answers unknown commands and bad arguments with one short message', async () => {
    let mark = tg.lastMessageId(alice.id);
    await tg.send(alice, '/frobnicate now');
    await message(alice.id, /^Unknown command \/frobnicate\. Send \/help for the list\.$/, mark);
    mark = tg.lastMessageId(alice.id);
    await tg.send(alice, '/task abc');
    await message(alice.id, /^Usage: \/task or \/task <campaign id>$/, mark);
    mark = tg.lastMessageId(alice.id);
    await tg.send(alice, 'hello <there>');
    await message(alice.id, /^Commands start with \/\. Send \/help for the list\.$/, mark);
    mark = tg.lastMessageId(alice.id);
    await tg.send(alice, '/link <script>');
    const bad = await message(alice.id, /^That is not an Ethereum address\./, mark);
    expect(bad.text).not.toContain('<script>');
  }, 30_000);
});

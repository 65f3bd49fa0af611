import { createLogger } from '../../core';
import type { RunningTelegram } from '../../bots/telegram/start-telegram';
import { translator } from '../../bots/common/i18n/translator';
import type { Lang } from '../../bots/common/i18n/languages';
import { campaignWithItems, createTestCore, engine, type TestCore } from '../helpers/test-core';
import { startTestBot, stopTestBot } from '../helpers/telegram-bot';
import { TelegramEmulator, type BotMessage, type FakeChat, type FakeUser } from '../helpers/telegram-emulator';

/**
 * Issue 17 through the real grammY bot and the Bot API emulator: a member whose client says
 * zh-CN reads Chinese cards, buttons, toasts and errors; /language ru switches them to
 * Russian; a group its moderator set to Russian gets Russian cards.
 */
const zh = translator('zh-CN' as Lang);
const ru = translator('ru' as Lang);
const en = translator('en' as Lang);

const mei: FakeUser = { id: 521, firstName: 'Mei', languageCode: 'zh-hans' };
const groupAdmin: FakeUser = { id: 522, firstName: 'Gus', languageCode: 'en' };
const group: FakeChat = { id: -6301, type: 'group', title: 'Mixed' };
const longGroup: FakeChat = { id: -6302, type: 'group', title: 'Long' };

describe(`telegram in Chinese and Russian end to end on ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;
  let campaignId: number;

  beforeAll(async () => {
    core = await createTestCore({}, { logger: createLogger({ level: 'warn', write: (l) => (process.env.TG_DEBUG ? process.stderr.write(l + '\n') : undefined) }) });
    tg = await TelegramEmulator.start('654321:TEST-token-for-language-tests-0007');
    tg.admins.set(group.id, new Set([groupAdmin.id]));
    tg.admins.set(longGroup.id, new Set([groupAdmin.id]));
    running = await startTestBot(core, tg, { adminIds: [], editIntervalMs: 100 });
    campaignId = await campaignWithItems(core, ['a cat on a wall', 'a dog in a park', 'a bird on a branch']);
  }, 60_000);

  afterAll(async () => {
    await stopTestBot(running, tg, core);
  }, 60_000);

  const message = (chatId: number, after: number): Promise<BotMessage> =>
    tg.waitFor(`a message in chat ${chatId}`, () => tg.botMessages(chatId).find((m) => m.messageId > after));
  const ask = async (user: FakeUser, text: string, chat?: FakeChat): Promise<BotMessage> => {
    const chatId = chat?.id ?? user.id;
    const mark = tg.lastMessageId(chatId);
    await tg.send(user, text, chat);
    return message(chatId, mark);
  };
  const toasts = () => tg.callsOf('answerCallbackQuery').map((c) => c.payload.text as string | undefined);
  const press = async (user: FakeUser, m: BotMessage, data: string, chat?: FakeChat): Promise<string | undefined> => {
    const before = toasts().length;
    await tg.press(user, m, data, chat);
    await tg.waitFor('the toast', () => toasts().length > before);
    return toasts()[before];
  };
  const header = (t: typeof zh) => t.t('card-header', { campaignId, name: 'Pets', taskId: 0 }).split('0')[0]!;

  it('answers a member whose client says zh-hans in Chinese: card, buttons, toast and errors', async () => {
    expect(zh.t('task-none-active')).not.toBe(en.t('task-none-active'));
    const card = await ask(mei, '/task');
    expect(card.text.startsWith(header(zh))).toBe(true);
    expect(card.text).toContain(zh.t('card-reward-answer', { reward: zh.tnet(10n * 10n ** 18n) }));
    expect(card.buttons.flat().map((b) => b.text)).toEqual(['cat', 'dog', 'bird']);

    expect(await press(mei, card, card.buttons[0]![0]!.data)).toBe(zh.t('toast-answer-recorded'));
    // A private card becomes the outcome, with the next-task button.
    const recorded = `${zh.t('answer-recorded', { label: 'cat' })}\n${zh.t('answer-decided-later')}`;
    const reply = await tg.waitFor('the outcome', () => tg.botMessages(mei.id).find((m) => m.text.startsWith(recorded)));
    expect(reply.buttons.flat().map((b) => b.text)).toEqual([zh.t('btn-next-task')]);

    // A second press on the same card: the duplicate refusal, in Chinese.
    expect(await press(mei, card, card.buttons[0]![1]!.data)).toBe(zh.t('answer-duplicate', { label: 'cat' }));
    expect((await ask(mei, '/nosuch')).text).toBe(zh.t('router-unknown', { name: 'nosuch' }));
    expect((await ask(mei, '/task 99999')).text).toBe(zh.t('task-campaign-idle', { campaignId: 99999 }));
  });

  it('switches to Russian with /language ru, confirms in Russian, and keeps it', async () => {
    expect((await ask(mei, '/language ru')).text).toBe(ru.t('lang-set-member', { name: 'Русский' }));
    expect((await ask(mei, '/balance')).text).toMatch(new RegExp(`^${ru.t('balance-text', { pending: 'X', minted: 'Y', accepted: 0, withheld: 0, awaiting: 0 }).split('X')[0]}`));
    const menu = await ask(mei, '/language');
    expect(menu.buttons.flat().map((b) => b.text)).toEqual(expect.arrayContaining(['English', '简体中文', 'Русский', 'Español', 'Português (Brasil)', 'Türkçe', 'Tiếng Việt', 'Bahasa Indonesia']));
    // A press on the Chinese button switches back, through the button.
    const chinese = menu.buttons.flat().find((b) => b.text === '简体中文')!;
    const mark = tg.lastMessageId(mei.id);
    await tg.press(mei, menu, chinese.data);
    await tg.waitFor('the switch', () => tg.botMessages(mei.id).some((m) => m.messageId > mark && m.text === zh.t('lang-set-member', { name: '简体中文' })));
    expect((await ask(mei, '/nosuch')).text).toBe(zh.t('router-unknown', { name: 'nosuch' }));
  });

  it('posts Russian cards in a group its moderator set to Russian, and refuses the setting to a member', async () => {
    // A reply in the group is in the group's language (English until its moderator sets one).
    expect((await ask(mei, '/language ru', group)).text).toBe(en.t('refusal-moderators'));
    expect((await ask(groupAdmin, '/language ru', group)).text).toBe(ru.t('lang-set-chat', { name: 'Русский' }));
    const mark = tg.lastMessageId(group.id);
    await tg.send(groupAdmin, `/campaign post ${campaignId} 1`, group);
    const card = await tg.waitFor('a Russian card', () => tg.botMessages(group.id).find((m) => m.messageId > mark && m.text.startsWith(header(ru))));
    expect(card.text).toContain(ru.t('card-reward-answer', { reward: ru.tnet(10n * 10n ** 18n) }));
    // The press is Mei's: her toast is Chinese on the Russian group's card (recorded, or already answered in private).
    expect([zh.t('toast-answer-recorded'), zh.t('answer-duplicate', { label: 'cat' })]).toContain(await press(mei, card, card.buttons[0]![1]!.data, group));
  });

  it('posts a card too long for one message as its first pages, then the card with every button', async () => {
    const { Readable } = await import('node:stream');
    const pair = await core.campaigns.create({ name: 'Long pairs', kind: 'pairwise', question: 'Which answer is better?', reward: '1', budget: '100', answersPerTask: 3 }, null, { communityId: null });
    // Telegram counts each & as its escape: 2,800 of them is pages of text.
    const row = JSON.stringify({ id: 'p1', prompt: '&'.repeat(800), a: '&'.repeat(1000), b: `${'&'.repeat(999)}.` });
    await core.campaigns.importItems(pair.id, Readable.from([row + '\n']), 'jsonl');
    await core.campaigns.transition(pair.id, 'activate');
    const mark = tg.lastMessageId(longGroup.id);
    await tg.send(groupAdmin, `/campaign post ${pair.id} 1`, longGroup);
    const card = await tg.waitFor('the card with its buttons', () => tg.botMessages(longGroup.id).find((m) => m.messageId > mark && m.buttons.flat().length === 4));
    const lead = tg.botMessages(longGroup.id).filter((m) => m.messageId > mark && m.messageId < card.messageId && m.text.includes('&&&'));
    expect(lead.length).toBeGreaterThan(0);
    // The first page opens with the card's header; the buttons are on the last.
    expect(lead[0]!.text.startsWith(en.t('card-header', { campaignId: pair.id, name: 'Long pairs', taskId: 1 }).split(' · task')[0]!)).toBe(true);
    expect(card.buttons.flat().map((b) => b.text)).toEqual([en.t('btn-pair-first'), en.t('btn-pair-second'), en.t('btn-pair-tie'), en.t('btn-pair-both-bad')]);
    expect([en.t('toast-answer-recorded')]).toContain(await press(groupAdmin, card, card.buttons[0]![0]!.data, longGroup));
  });
});

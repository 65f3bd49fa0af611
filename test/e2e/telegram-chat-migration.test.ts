import { Readable } from 'node:stream';
import { createLogger } from '../../core';
import type { RunningTelegram } from '../../bots/telegram/start-telegram';
import { createTestCore, engine, testCommunity, type TestCore } from '../helpers/test-core';
import { startTestBot, stopTestBot } from '../helpers/telegram-bot';
import { translator } from '../../bots/common/i18n/translator';
import type { Lang } from '../../bots/common/i18n/languages';
import { TelegramEmulator, type FakeChat } from '../helpers/telegram-emulator';

const admin = { id: 999, firstName: 'Ada' };
const miner = { id: 4201, firstName: 'Mia' };
const group: FakeChat = { id: -8001, type: 'group', title: 'Upgraders' };
const supergroup: FakeChat = { id: -1008001, type: 'supergroup', title: 'Upgraders' };

describe(`a Telegram group that becomes a supergroup, end to end on ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;
  let communityId: number;
  let campaignId: number;

  beforeAll(async () => {
    core = await createTestCore({}, { logger: createLogger({ level: 'warn', write: (l) => (process.env.TG_DEBUG ? process.stderr.write(l + '\n') : undefined) }) });
    tg = await TelegramEmulator.start('654321:TEST-token-for-chat-migration-01');
    running = await startTestBot(core, tg, { adminIds: [String(admin.id)], editIntervalMs: 100 });
    communityId = await testCommunity(core, 'telegram', String(group.id));
    const c = await core.campaigns.create({ name: 'Upgrade pets', kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog'], reward: '1', budget: '100', answersPerTask: 3 }, null, { communityId });
    await core.campaigns.importItems(c.id, Readable.from(['id,text\n' + Array.from({ length: 6 }, (_, i) => `p${i},pet ${i}`).join('\n') + '\n']), 'csv');
    await core.campaigns.transition(c.id, 'activate');
    campaignId = c.id;
  }, 60_000);

  afterAll(async () => {
    await stopTestBot(running, tg, core);
  }, 60_000);

  const cardsIn = (chatId: number) => tg.botMessages(chatId).filter((m) => /^(Campaign|Кампания) #\d+ · /.test(m.text));
  /** Cards the database holds open in a chat, reserved ones included. */
  const openCards = async (chatId: number): Promise<number> =>
    (await core.ds.query(`SELECT count(*)::int AS n FROM posted_card WHERE chat_id = $1 AND closed_at IS NULL`, [`telegram:${chatId}`]))[0].n;

  it('keeps its community, posted campaign and card pace under the new id, closes the old cards and posts fresh ones, audited once', async () => {
    await core.languages.setChatLanguage(`telegram:${group.id}`, 'ru', null);
    await tg.send(admin, `/campaign post ${campaignId} 2`, group);
    await tg.waitFor('two cards in the group', () => cardsIn(group.id).length === 2);
    const auditBefore = (await core.audit.list({ communityId })).length;

    await tg.migrateGroup(admin, group, supergroup.id);
    await tg.waitFor('two fresh cards in the supergroup', () => cardsIn(supergroup.id).length === 2);

    expect((await core.communities.get(communityId)).platformChatId).toBe(String(supergroup.id));
    expect((await core.campaigns.get(campaignId)).chatIds).toEqual([`telegram:${supergroup.id}`]);
    expect(await core.posts.pace(`telegram:${supergroup.id}`)).toEqual({ openCards: 2, refillBelow: 2 });
    expect(await core.posts.pace(`telegram:${group.id}`)).toBeUndefined();
    // The language its moderators chose moved with it, and the fresh cards speak it.
    expect(await core.languages.chatLanguage(`telegram:${supergroup.id}`)).toBe('ru');
    expect(await core.languages.chatLanguage(`telegram:${group.id}`)).toBeNull();
    expect(cardsIn(supergroup.id).every((m) => m.text.startsWith('Кампания #'))).toBe(true);
    // The fresh cards follow the move's commit: the old chat has no open card left.
    expect(await openCards(group.id)).toBe(0);
    // Telegram says it twice (old group and supergroup); the second changes nothing and writes no line.
    const moves = (await core.audit.list({ communityId })).slice(auditBefore);
    expect(moves.map((r) => ({ actor: r.actor, action: r.action, subject: r.subject, details: r.details }))).toEqual([
      {
        actor: `telegram:${admin.id}`,
        action: 'community.move_chat',
        subject: `community:${communityId}`,
        details: { platform: 'telegram', from: String(group.id), to: String(supergroup.id), campaigns: 1, pace: true, cardsClosed: 2 },
      },
    ]);
  }, 60_000);

  it("serves the community's campaign to /task in the supergroup", async () => {
    await tg.send(miner, '/start');
    await tg.waitFor('the welcome', () => tg.botMessages(miner.id).find((m) => m.text.startsWith('Welcome')));
    const mark = tg.botMessages(miner.id).at(-1)!.messageId;
    const groupMark = tg.lastMessageId(supergroup.id);
    await tg.send(miner, '/task', supergroup);
    // The private card goes first (in the member's English), then the group's one line (in the group's Russian).
    await tg.waitFor('the group line', () => tg.botMessages(supergroup.id).find((m) => m.messageId > groupMark && m.text === translator('ru' as Lang).t('private-sent')));
    const card = tg.botMessages(miner.id).find((m) => m.messageId > mark)!;
    expect(card.text).toMatch(new RegExp(`^Campaign #${campaignId} `));
  }, 30_000);

  it('answers an old card pressed in the old group as not valid anymore, with nothing recorded', async () => {
    const old = cardsIn(group.id)[0]!;
    const before = (await core.ds.query(`SELECT count(*)::int AS n FROM answer`))[0].n;
    await tg.press(miner, old, old.buttons[0]![0]!.data, group);
    const toast = await tg.waitFor('the toast', () => tg.callsOf('answerCallbackQuery').at(-1));
    expect(toast.payload.text).toBe('That button is not valid anymore.');
    expect((await core.ds.query(`SELECT count(*)::int AS n FROM answer`))[0].n).toBe(before);
  }, 30_000);
});

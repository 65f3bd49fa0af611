import { createLogger } from '../../core';
import type { RunningTelegram } from '../../bots/telegram/start-telegram';
import { campaignWithItems, createTestCore, engine, type TestCore } from '../helpers/test-core';
import { startTestBot, stopTestBot } from '../helpers/telegram-bot';
import { TelegramEmulator, type BotMessage, type FakeChat } from '../helpers/telegram-emulator';

/** Telegram users of this file; 999 is a platform admin (adminIds), who may post any campaign. */
const admin = { id: 999, firstName: 'Ada' };
const forger = { id: 301, firstName: 'Fritz' };
const reader = { id: 302, firstName: 'Rita' };

const taskOf = (m: BotMessage): number => Number(/ · task (\d+)\n/.exec(m.text)![1]);

/**
 * Answers only for served tasks (issue 14) through the real grammY bot and the Telegram
 * emulator: a forged button changes nothing, and a group card's answer is timed from the
 * card's posting.
 */
describe(`telegram answers to served tasks only on ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;
  let now = Date.UTC(2026, 5, 1, 12);
  const group: FakeChat = { id: -7001, type: 'group', title: 'Card readers' };
  let campaignId: number;
  let cards: BotMessage[];

  beforeAll(async () => {
    const logger = createLogger({ level: 'warn', write: () => undefined });
    core = await createTestCore({}, { logger, clock: () => new Date(now) });
    tg = await TelegramEmulator.start();
    tg.admins.set(group.id, new Set([admin.id]));
    running = await startTestBot(core, tg, { adminIds: [String(admin.id)], editIntervalMs: 200 });
    campaignId = await campaignWithItems(core, ['a striped cat', 'a spotted dog', 'a grey bird']);
    const mark = tg.lastMessageId(group.id);
    await tg.send(admin, `/campaign post ${campaignId} 2`, group);
    cards = await tg.waitFor('two task cards', () => {
      const cs = tg.botMessages(group.id).filter((m) => m.messageId > mark && m.buttons.length > 0);
      return cs.length === 2 && cs;
    });
  }, 60_000);

  afterAll(async () => {
    await stopTestBot(running, tg, core);
  }, 60_000);

  const toasts = () => tg.callsOf('answerCallbackQuery').map((c) => c.payload.text as string | undefined);
  const press = async (user: { id: number; firstName: string }, message: BotMessage, data: string, chat?: FakeChat): Promise<string | undefined> => {
    const before = toasts().length;
    await tg.press(user, message, data, chat);
    await tg.waitFor('the toast', () => toasts().length > before);
    return toasts()[before];
  };
  const stored = async (taskId: number) => {
    const [row] = await core.ds.query(
      `SELECT (SELECT count(*)::int FROM answer WHERE task_id = $1) AS answers, (SELECT count(*)::int FROM task_serve WHERE task_id = $1) AS serves,
              (SELECT answer_count FROM task WHERE id = $1) AS counted`,
      [taskId],
    );
    return row as { answers: number; serves: number; counted: number };
  };

  it('refuses a forged button for a task never served to the member, and stores nothing', async () => {
    // The third task: not on a card in the group, never served to the forger.
    const posted = new Set(cards.map(taskOf));
    const [{ id: unserved }] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND NOT (id = ANY($2::int[]))`, [campaignId, [...posted]]);
    // Forged on a real card of another task in the group, and on a message of the forger's private chat.
    expect(await press(forger, cards[0]!, `a:${unserved}:0`, group)).toBe('That button is not valid anymore.');
    await tg.send(forger, '/help');
    const privateMessage = await tg.waitFor('a private message', () => tg.botMessages(forger.id).at(-1));
    expect(await press(forger, privateMessage, `a:${unserved}:1`)).toBe('That button is not valid anymore.');
    expect(await stored(unserved)).toEqual({ answers: 0, serves: 0, counted: 0 });
    // The card pressed with forged data did not change either.
    expect(await stored(taskOf(cards[0]!))).toEqual({ answers: 0, serves: 0, counted: 0 });
    // The private chat got no message about it: the toast said it.
    expect(tg.botMessages(forger.id).at(-1)!.messageId).toBe(privateMessage.messageId);
  }, 30_000);

  it('times an answer on a group card from the card’s posting', async () => {
    const card = cards[1]!;
    now += 7000;
    expect(await press(reader, card, card.buttons[0]![0]!.data, group)).toBe('Answer recorded');
    const [row] = await core.ds.query(`SELECT think_ms FROM answer WHERE task_id = $1`, [taskOf(card)]);
    expect(row.think_ms).toBe(7000);
    expect(await stored(taskOf(card))).toEqual({ answers: 1, serves: 1, counted: 1 });
  }, 30_000);
});

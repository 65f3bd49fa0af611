import { createLogger } from '../../core';
import { createTelegramBot } from '../../bots/telegram/create-telegram-bot';
import { startTelegram, type RunningTelegram } from '../../bots/telegram/start-telegram';
import { activeCampaign, createTestCore, engine, type TestCore } from '../helpers/test-core';
import { TelegramEmulator, type BotMessage } from '../helpers/telegram-emulator';

const taskOf = (m: BotMessage): number => Number(/ · task (\d+)\n/.exec(m.text)![1]);
/** A card or reply without what names the campaign, the task and the item. */
const shape = (text: string): string =>
  text
    .replace(/^Campaign #\d+ · [^\n]* · task \d+\n/, 'Campaign # · task\n')
    .replace(/\n\n[^\n]*picture[^\n]*\n\n/, '\n\n<item>\n\n')
    .replace(/: (cat|dog|bird)\./g, ': <option>.');

/**
 * Gold stays secret (issue 14) through the real grammY bot and the Telegram emulator: a gold
 * task's card, the reply to a right or a wrong answer, and the balance after it read as
 * those of a regular task.
 */
describe(`telegram gold tasks look like regular ones on ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;

  beforeAll(async () => {
    core = await createTestCore({}, { logger: createLogger({ level: 'warn', write: () => undefined }) });
    tg = await TelegramEmulator.start();
    const bot = createTelegramBot(core, { token: tg.token, apiRoot: tg.apiRoot, adminIds: ['999'], editIntervalMs: 200 });
    running = await startTelegram(bot, { token: tg.token, logger: core.logger });
  }, 60_000);

  afterAll(async () => {
    await running?.stop();
    await tg?.stop();
    await core?.cleanup();
  }, 60_000);

  const lastId = (chatId: number): number => tg.botMessages(chatId).at(-1)?.messageId ?? 0;
  const toasts = () => tg.callsOf('answerCallbackQuery').map((c) => c.payload.text as string | undefined);

  /** The member takes a card of the campaign, answers `option`, and reads /balance: what they saw. */
  async function answerOnce(user: { id: number; firstName: string }, campaignId: number, option: 'cat' | 'dog') {
    let mark = lastId(user.id);
    await tg.send(user, `/task ${campaignId}`);
    const card = await tg.waitFor('a task card', () => tg.botMessages(user.id).find((m) => m.messageId > mark && m.text.startsWith('Campaign #')));
    const before = toasts().length;
    await tg.press(user, card, card.buttons.flat().find((b) => b.text === option)!.data);
    const reply = await tg.waitFor('the recorded answer', () => {
      const m = tg.botMessages(user.id).find((x) => x.messageId === card.messageId)!;
      return m.text.startsWith('Answer recorded') && m;
    });
    await tg.waitFor('the toast', () => toasts().length > before);
    mark = lastId(user.id);
    await tg.send(user, '/balance');
    const balance = await tg.waitFor('the balance', () => tg.botMessages(user.id).find((m) => m.messageId > mark && m.text.startsWith('Pending:')));
    return { taskId: taskOf(card), card: shape(card.text), reply: shape(reply.text), toast: toasts()[before], balance: balance.text };
  }

  it('shows the same card, replies and balance for a gold task answered right or wrong as for a regular one', async () => {
    // The same definition; a member's first task is gold where there is gold (the qualification).
    const def = { goldShare: 0.5, minEvidence: 1, answersPerTask: 3, maxAnswersPerTask: 5 };
    const withGold = await activeCampaign(core, { items: 1, gold: [{ key: 'g1', label: 'dog' }], def });
    const regular = await activeCampaign(core, { items: 1, def });
    const [{ id: goldTask }] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NOT NULL`, [withGold]);
    const users = [401, 402, 403, 404].map((id) => ({ id, firstName: `Member ${id}` }));
    const goldRight = await answerOnce(users[0]!, withGold, 'dog');
    const goldWrong = await answerOnce(users[1]!, withGold, 'cat');
    const regularA = await answerOnce(users[2]!, regular, 'dog');
    const regularB = await answerOnce(users[3]!, regular, 'cat');
    expect([goldRight.taskId, goldWrong.taskId]).toEqual([goldTask, goldTask]);
    expect(regularA.card).toContain('0/3 answers');
    for (const seen of [goldRight, goldWrong]) {
      expect({ ...seen, taskId: 0 }).toEqual({ ...(seen === goldRight ? regularA : regularB), taskId: 0 });
    }
    expect(goldRight.reply).toBe('Answer recorded: <option>. 1/3 answers.\nYour reward is decided when the task reaches consensus.');
    expect(goldWrong.card).toBe(regularB.card);
    expect(goldRight.balance).toBe('Pending: 0 TNET\nMinted: 0 TNET\nAccepted answers: 0 · withheld: 0 · waiting: 1');
  }, 60_000);
});

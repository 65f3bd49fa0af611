import { createLogger } from '../../core';
import type { RunningTelegram } from '../../bots/telegram/start-telegram';
import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';
import { startTestBot, stopTestBot } from '../helpers/telegram-bot';
import { TelegramEmulator, type BotMessage } from '../helpers/telegram-emulator';

type User = { id: number; firstName: string };

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
 * those of a regular task; so does the reply to the answer that completes a regular task.
 * Members meet gold by chance (never with certainty), so each check takes the first fresh
 * member whose /task card is of the kind it needs.
 */
describe(`telegram gold tasks look like regular ones on ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;
  let nextUser = 400;

  beforeAll(async () => {
    core = await createTestCore({}, { logger: createLogger({ level: 'warn', write: () => undefined }) });
    tg = await TelegramEmulator.start();
    running = await startTestBot(core, tg, { adminIds: ['999'], editIntervalMs: 200 });
  }, 60_000);

  afterAll(async () => {
    await stopTestBot(running, tg, core);
  }, 60_000);

  const toasts = () => tg.callsOf('answerCallbackQuery').map((c) => c.payload.text as string | undefined);
  const isGold = async (taskId: number): Promise<boolean> =>
    (await core.ds.query(`SELECT gold_label IS NOT NULL AS gold FROM task WHERE id = $1`, [taskId]))[0].gold;

  /** A fresh member whose /task card of the campaign is a gold (or a regular) task, and that card. */
  async function memberMeeting(campaignId: number, gold: boolean): Promise<{ user: User; card: BotMessage }> {
    for (let tries = 0; tries < 40; tries++) {
      const user = { id: ++nextUser, firstName: `Member ${nextUser}` };
      const mark = tg.lastMessageId(user.id);
      await tg.send(user, `/task ${campaignId}`);
      const reply = await tg.waitFor('the reply to /task', () => tg.botMessages(user.id).find((m) => m.messageId > mark));
      if (reply.text.startsWith('Campaign #') && (await isGold(taskOf(reply))) === gold) return { user, card: reply };
    }
    throw new Error(`no fresh member met a ${gold ? 'gold' : 'regular'} task`);
  }

  /** The member answers `option` on their card and reads /balance: what they saw. */
  async function answer(met: { user: User; card: BotMessage }, option: 'cat' | 'dog') {
    const { user, card } = met;
    const before = toasts().length;
    await tg.press(user, card, card.buttons.flat().find((b) => b.text === option)!.data);
    const reply = await tg.waitFor('the recorded answer', () => {
      const m = tg.botMessages(user.id).find((x) => x.messageId === card.messageId)!;
      return m.text.startsWith('Answer recorded') && m;
    });
    await tg.waitFor('the toast', () => toasts().length > before);
    const mark = tg.lastMessageId(user.id);
    await tg.send(user, '/balance');
    const balance = await tg.waitFor('the balance', () => tg.botMessages(user.id).find((m) => m.messageId > mark && m.text.startsWith('Pending:')));
    return { taskId: taskOf(card), card: shape(card.text), reply: shape(reply.text), toast: toasts()[before], balance: balance.text };
  }

  it('shows the same card, replies and balance for a gold task answered right or wrong as for a regular one', async () => {
    const def = { goldShare: 0.5, minEvidence: 0, answersPerTask: 3, maxAnswersPerTask: 5 };
    const c = await activeCampaign(core, { items: 3, gold: [{ key: 'g1', label: 'dog' }], def });
    const [{ id: goldTask }] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NOT NULL`, [c]);
    // In turns: the gold and the regular task hold as many answers at each step.
    const goldRight = await answer(await memberMeeting(c, true), 'dog');
    const regularA = await answer(await memberMeeting(c, false), 'dog');
    const goldWrong = await answer(await memberMeeting(c, true), 'cat');
    const regularB = await answer(await memberMeeting(c, false), 'cat');
    expect([goldRight.taskId, goldWrong.taskId]).toEqual([goldTask, goldTask]);
    expect(regularB.taskId).toBe(regularA.taskId);
    expect(regularA.card).toMatch(/\n\n10 TNET per accepted answer$/);
    expect({ ...goldRight, taskId: 0 }).toEqual({ ...regularA, taskId: 0 });
    expect({ ...goldWrong, taskId: 0 }).toEqual({ ...regularB, taskId: 0 });
    expect(goldRight.reply).toBe('Answer recorded: <option>.\nYour reward is decided with the task; /balance and /stats show it then.');
    expect(goldRight.balance).toBe('Pending: 0 TNET\nMinted: 0 TNET\nAccepted answers: 0 · withheld: 0 · waiting: 1');
  }, 120_000);

  it('reads the same for the answer that completes a regular task as for a gold task far past its target', async () => {
    const def = { goldShare: 0.5, minEvidence: 0, answersPerTask: 3, maxAnswersPerTask: 3 };
    const c = await activeCampaign(core, { items: 1, gold: [{ key: 'g2', label: 'dog' }], def });
    const [{ id: regularTask }] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NULL`, [c]);
    const [{ id: goldTask }] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NOT NULL`, [c]);
    // Two answers on the regular task, the next one completes it; the gold task holds six.
    for (let i = 0; i < 2; i++) await submitServed(core, { memberId: await member(core, `complete-r${i}`), taskId: regularTask, choice: 'dog' });
    for (let i = 0; i < 6; i++) await submitServed(core, { memberId: await member(core, `complete-g${i}`), taskId: goldTask, choice: 'dog' });
    const gold = await answer(await memberMeeting(c, true), 'dog');
    const regular = await answer(await memberMeeting(c, false), 'dog');
    const [{ status }] = await core.ds.query(`SELECT status FROM task WHERE id = $1`, [regularTask]);
    expect(status).toBe('final');
        expect({ card: gold.card, reply: gold.reply, toast: gold.toast }).toEqual({ card: regular.card, reply: regular.reply, toast: regular.toast });
    expect(regular.reply).toBe('Answer recorded: <option>.\nYour reward is decided with the task; /balance and /stats show it then.');
  }, 120_000);
});

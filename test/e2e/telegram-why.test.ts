import type { RunningTelegram } from '../../bots/telegram/start-telegram';
import { campaignWithItems, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';
import { startTestBot, stopTestBot } from '../helpers/telegram-bot';
import { TelegramEmulator, type BotMessage, type FakeChat } from '../helpers/telegram-emulator';

const alice = { id: 211, firstName: 'Alice' };
const mallory = { id: 213, firstName: 'Mallory' };
const group: FakeChat = { id: -7301, type: 'supergroup', title: 'Why group' };

const taskOf = (m: BotMessage): number => Number(/ · task (\d+)\n/.exec(m.text)![1]);

/** /why through the real grammY bot and the Telegram emulator: a member's own trace, in private only. */
describe(`/why through Telegram on ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;
  let taskId: number;

  const message = (chatId: number, re: RegExp, after = 0): Promise<BotMessage> =>
    tg.waitFor(`a message matching ${re} in chat ${chatId}`, () => tg.botMessages(chatId).filter((m) => m.messageId > after && re.test(m.text)).at(-1));

  beforeAll(async () => {
    core = await createTestCore();
    tg = await TelegramEmulator.start();
    running = await startTestBot(core, tg, { adminIds: [] });
    const campaignId = await campaignWithItems(core, ['a striped cat']);
    // Alice takes the task in private and answers cat by its button; two others agree: the task is decided and pays her.
    let mark = tg.lastMessageId(alice.id);
    await tg.send(alice, `/task ${campaignId}`);
    const card = await message(alice.id, /^Campaign #\d+ · /, mark);
    taskId = taskOf(card);
    mark = tg.lastMessageId(alice.id);
    await tg.press(alice, card, card.buttons[0]![0]!.data);
    await tg.waitFor('the recorded answer', () => tg.botMessages(alice.id).find((m) => m.messageId === card.messageId && m.text.startsWith('Answer recorded: cat.')));
    for (const name of ['why-bob', 'why-carol']) await submitServed(core, { memberId: await member(core, name), taskId, choice: 'cat' });
    await tg.send(mallory, '/help');
    await message(mallory.id, /^TNET mining:/);
  }, 60_000);

  afterAll(async () => {
    await stopTestBot(running, tg, core);
  }, 60_000);

  it('lists /why in the command menu', () => {
    const menu = tg.callsOf('setMyCommands').find((c) => c.payload.language_code === undefined);
    expect(menu?.payload.commands).toContainEqual({ command: 'why', description: 'Why an answer paid or not, and its mint (answered in private)' });
  });

  it("traces the member's latest answer in private: votes counted, consensus, rule and net", async () => {
    const mark = tg.lastMessageId(alice.id);
    await tg.send(alice, '/why');
    const reply = await message(alice.id, /^Why: task #/, mark);
    expect(reply.text).toContain(`Why: task #${taskId} · campaign #`);
    expect(reply.text).toContain('Your answer: cat (');
    expect(reply.text).toContain('Votes counted: cat 3 · dog 0 · bird 0');
    expect(reply.text).toMatch(/Consensus: cat \(\d+(\.\d)?% confidence\)/);
    expect(reply.text).toContain('Paid 10 TNET because it matches the consensus');
    expect(reply.text).toContain('Net for this answer: 10 TNET');
    expect(reply.text).not.toMatch(/why-bob|why-carol/);
  }, 30_000);

  it('answers /why sent in a group in private; the group sees only the pointer', async () => {
    const g = tg.lastMessageId(group.id);
    const p = tg.lastMessageId(alice.id);
    await tg.send(alice, `/why ${taskId}`, group);
    await message(group.id, /^I sent you a private message\.$/, g);
    const reply = await message(alice.id, /^Why: task #/, p);
    expect(reply.text).toContain('Paid 10 TNET');
    for (const m of tg.botMessages(group.id).filter((x) => x.messageId > g)) expect(m.text).not.toMatch(/TNET|Why:|cat/);
  }, 30_000);

  it("refuses another member's task, a forged id and bad input with a short message and nothing of the trace", async () => {
    for (const [line, expected] of [
      [`/why ${taskId}`, `You have no answer on task #${taskId}. /why shows only your own answers.`],
      ['/why 999999999', 'You have no answer on task #999999999. /why shows only your own answers.'],
      ['/why', 'You have not answered any task yet. Send /task to get one.'],
      ["/why 1'; DROP TABLE answer;--", 'Usage: /why (your latest answer), /why <task number>, or /why batch <batch id or its first digits>.'],
      ['/why batch zz', 'Usage: /why (your latest answer), /why <task number>, or /why batch <batch id or its first digits>.'],
      ['/why batch 0xabcdef', 'None of your rewards is in a mint batch whose id starts with 0xabcdef.'],
    ] as const) {
      const mark = tg.lastMessageId(mallory.id);
      await tg.send(mallory, line);
      const reply = await tg.waitFor(`the reply to ${line}`, () => tg.botMessages(mallory.id).find((m) => m.messageId > mark));
      expect(reply.text).toBe(expected);
    }
  }, 30_000);
});

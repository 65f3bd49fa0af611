import { createLogger } from '../../core';
import type { RunningTelegram } from '../../bots/telegram/start-telegram';
import { submitServed } from '../helpers/serve';
import { campaignWithItems, createTestCore, engine, member, testCommunity, type TestCore } from '../helpers/test-core';
import { startTestBot, stopTestBot } from '../helpers/telegram-bot';
import { TelegramEmulator, type BotMessage, type FakeChat } from '../helpers/telegram-emulator';

/** Max appeals; Mona administers the Labelers (whose campaign it is); Eve another community's group. */
const max = { id: 301, firstName: 'Max' };
const mona = { id: 901, firstName: 'Mona' };
const eve = { id: 777, firstName: 'Eve' };
const group: FakeChat = { id: -7001, type: 'group', title: 'Labelers' };
const strangers: FakeChat = { id: -7002, type: 'group', title: 'Strangers' };

describe(`telegram appeals end to end on ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;
  let campaignId: number;
  let tasks: number[];

  beforeAll(async () => {
    core = await createTestCore({}, { logger: createLogger({ level: 'warn', write: (l) => (process.env.TG_DEBUG ? process.stderr.write(l + '\n') : undefined) }) });
    tg = await TelegramEmulator.start('654321:TEST-token-for-appeal-tests-0001');
    tg.admins.set(group.id, new Set([mona.id]));
    tg.admins.set(strangers.id, new Set([eve.id]));
    running = await startTestBot(core, tg, { adminIds: [], editIntervalMs: 100 });
    const communityId = await testCommunity(core, 'telegram', String(group.id));
    await testCommunity(core, 'telegram', String(strangers.id));
    campaignId = await campaignWithItems(core, ['a cat', 'a tabby', 'a kitten'], { consensusMode: 'majority' }, { communityId });
    // Max says dog to all three; two others say cat: Max's answers are withheld as mismatches.
    const maxId = (await core.identities.resolve({ platform: 'telegram', platformUserId: String(max.id), displayName: max.firstName })).memberId;
    const [ann, bob] = [await member(core, 'ann'), await member(core, 'bob')];
    tasks = (await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [campaignId])).map((r: { id: number }) => r.id);
    for (const t of tasks) {
      for (const [m, choice] of [[maxId, 'dog'], [ann, 'cat'], [bob, 'cat']] as const) {
        const r = await submitServed(core, { memberId: m, taskId: t, choice });
        if (r.outcome !== 'accepted') throw new Error(r.outcome);
      }
    }
  }, 120_000);

  afterAll(async () => {
    await stopTestBot(running, tg, core);
  }, 60_000);

  const message = (chatId: number, re: RegExp, after: number): Promise<BotMessage> =>
    tg.waitFor(`a message matching ${re} in chat ${chatId}`, () => tg.botMessages(chatId).find((m) => m.messageId > after && re.test(m.text)));
  const ask = async (user: { id: number; firstName: string }, text: string, re: RegExp = /[\s\S]/, chat?: FakeChat): Promise<BotMessage> => {
    const chatId = chat?.id ?? user.id;
    const mark = tg.lastMessageId(chatId);
    await tg.send(user, text, chat);
    return message(chatId, re, mark);
  };
  const press = async (user: { id: number; firstName: string }, m: BotMessage, data: string, re: RegExp): Promise<BotMessage> => {
    const mark = tg.lastMessageId(user.id);
    await tg.press(user, m, data);
    return message(user.id, re, mark);
  };
  const ledger = async (taskId: number) => core.ds.query(`SELECT amount::text AS amount, rule FROM reward_ledger WHERE task_id = $1 AND rule LIKE 'appeal.%'`, [taskId]);

  it('lets a member appeal from /stats and with /appeal, and a moderator uphold one and refuse another', async () => {
    const [t1, t2, t3] = tasks as [number, number, number];
    // /stats lists the appealable answers with a button each; a press says how to give the reason.
    const stats = await ask(max, '/stats', /You can appeal these withheld answers/);
    expect(stats.text).toContain(`- task ${t3}: it differs from the consensus`);
    const button = stats.buttons.flat().find((b) => b.text === `Appeal task ${t3}`)!;
    expect((await press(max, stats, button.data, /^Send \/appeal/)).text).toBe(
      `Send /appeal ${t3} followed by a short reason (at most 300 characters), for example:\n/appeal ${t3} The picture shows a dog, not a cat.`,
    );
    expect((await ask(max, `/appeal ${t1} It is a dog, look at the ears.`)).text).toBe(`Your appeal of task ${t1} is with the campaign's moderators. Their decision shows in /stats.`);
    expect((await ask(max, `/appeal ${t1} again`)).text).toBe(`You appealed task ${t1} already. Each answer can be appealed once.`);
    expect((await ask(max, `/appeal ${t2}`)).text).toBe(`Say in a sentence why your answer is right: /appeal ${t2} <reason>`);
    expect((await ask(max, `/appeal ${t2} Dog.`)).text).toMatch(/^Your appeal of task/);
    expect((await ask(max, `/appeal ${t3} A dog too.`)).text).toMatch(/^Your appeal of task/);

    // A member is no moderator; another community's moderator sees none of it.
    expect((await ask(max, '/appeals', /[\s\S]/, group)).text).toBe('Only moderators can do that.');
    expect((await ask(eve, '/appeals', /[\s\S]/, strangers)).text).toBe('I sent you a private message.');
    expect(tg.botMessages(eve.id).at(-1)!.text).toBe('No appeals are waiting.');

    // Mona's queue goes to her private chat: the task, its counts, the consensus, the record, the reason; no names.
    expect((await ask(mona, '/appeals', /[\s\S]/, group)).text).toBe('I sent you a private message.');
    const card = await tg.waitFor('the appeal cards', () => {
      const cards = tg.botMessages(mona.id).filter((m) => m.text.startsWith('Appeal #'));
      return cards.length === 3 && cards;
    });
    expect(tg.botMessages(group.id).some((m) => m.text.startsWith('Appeal #'))).toBe(false);
    const first = card.find((m) => m.text.includes(`· task ${t1}`))!;
    expect(first.text).toContain('Withheld because: it differs from the consensus');
    expect(first.text).toContain('The member answered: dog');
    expect(first.text).toContain('Answers: cat 2 · dog 1');
    expect(first.text).toContain('Consensus: cat (67%)');
    expect(first.text).toContain('The member in this campaign: 3 answers, estimated accuracy unknown (no scoring round yet), check questions 0/0 right');
    expect(first.text).toContain('Withheld before: it differs from the consensus ×3');
    expect(first.text).toContain('Their reason: It is a dog, look at the ears.');
    expect(first.text).not.toMatch(/Max|ann|bob/);
    const uphold = first.buttons.flat().find((b) => b.text === 'Uphold')!.data;

    // Eve presses a forged Uphold on her own chat: core refuses, nothing is paid.
    const eveMessage = tg.botMessages(eve.id).at(-1)!;
    expect((await press(eve, eveMessage, uphold, /appeal/)).text).toBe('That appeal is not one you can decide.');
    expect(await ledger(t1)).toEqual([]);

    expect((await press(mona, first, uphold, /^Appeal #\d+ upheld/)).text).toMatch(new RegExp(`^Appeal #\\d+ upheld: 10 TNET paid for task ${t1}\\.$`));
    expect(await ledger(t1)).toEqual([{ amount: (10n * 10n ** 18n).toString(), rule: 'appeal.upheld' }]);
    // Pressed again: decided already, still one row.
    expect((await press(mona, first, uphold, /decided already/)).text).toMatch(/^Appeal #\d+ was decided already\.$/);
    const second = card.find((m) => m.text.includes(`· task ${t2}`))!;
    expect((await press(mona, second, second.buttons.flat().find((b) => b.text === 'Refuse')!.data, /refused/)).text).toMatch(/^Appeal #\d+ refused\.$/);
    expect(await ledger(t1)).toHaveLength(1);
    expect(await ledger(t2)).toEqual([]);

    // The member reads the decisions in /stats, and the payment among the corrections.
    const after = await ask(max, '/stats', /Your appeals:/);
    expect(after.text).toContain(`- task ${t1}: upheld, the reward is paid`);
    expect(after.text).toContain(`- task ${t2}: refused`);
    expect(after.text).toContain(`- task ${t3}: waiting for the moderators`);
    const main = tg.botMessages(max.id).filter((m) => m.text.startsWith('Your mining stats')).at(-1)!;
    expect(main.text).toContain('because the moderators upheld your appeal');
    const [line] = (await core.audit.list()).filter((l) => l.action === 'appeal.uphold');
    expect(line).toMatchObject({ actor: `telegram:${mona.id}` });
  }, 60_000);
});

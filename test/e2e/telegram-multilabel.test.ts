import { createLogger } from '../../core';
import type { RunningTelegram } from '../../bots/telegram/start-telegram';
import { campaignWithItems, createTestCore, engine, type TestCore } from '../helpers/test-core';
import { startTestBot, stopTestBot } from '../helpers/telegram-bot';
import { TelegramEmulator, type BotMessage, type FakeChat } from '../helpers/telegram-emulator';

/** Telegram users of this file: 999 is a platform-wide moderator (ADMIN_TELEGRAM_IDS), 902 administers the group. */
const admin = { id: 999, firstName: 'Ada' };
const groupAdmin = { id: 902, firstName: 'Gus' };
const [ann, bob, cy] = [411, 412, 413].map((id) => ({ id, firstName: `Tagger ${id}` }));
const group: FakeChat = { id: -6201, type: 'group', title: 'Taggers' };

const LABELS = [
  { id: 'cat', label: 'Cat' },
  { id: 'dog', label: 'Dog' },
  { id: 'bird', label: 'Bird' },
];
const HINT = 'Tick every label that applies, then tap Done; tap None apply if none does.';
const NOTHING_TICKED = 'Nothing ticked. Tick the labels that apply, or tap None apply.';

const taskOf = (m: BotMessage): number => Number(/ · task (\d+)\n/.exec(m.text)![1]);
const labels = (m: BotMessage): string[] => m.buttons.flat().map((b) => b.text);
const button = (m: BotMessage, label: string): string => m.buttons.flat().find((b) => b.text === label)!.data;

describe(`telegram multilabel campaign end to end on ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;

  beforeAll(async () => {
    core = await createTestCore({}, { logger: createLogger({ level: 'warn', write: (l) => (process.env.TG_DEBUG ? process.stderr.write(l + '\n') : undefined) }) });
    tg = await TelegramEmulator.start('654321:TEST-token-for-multilabel-tests-04');
    tg.admins.set(group.id, new Set([groupAdmin.id]));
    running = await startTestBot(core, tg, { adminIds: [String(admin.id)], editIntervalMs: 100 });
  }, 60_000);

  afterAll(async () => {
    await stopTestBot(running, tg, core);
  }, 60_000);

  const message = (chatId: number, re: RegExp, after: number): Promise<BotMessage> =>
    tg.waitFor(`a message matching ${re} in chat ${chatId}`, () => tg.botMessages(chatId).find((m) => m.messageId > after && re.test(m.text)));
  const ask = async (user: { id: number; firstName: string }, text: string, chat?: FakeChat): Promise<BotMessage> => {
    const chatId = chat?.id ?? user.id;
    const mark = tg.lastMessageId(chatId);
    await tg.send(user, text, chat);
    return message(chatId, /[\s\S]/, mark);
  };
  const toasts = () => tg.callsOf('answerCallbackQuery').map((c) => c.payload.text as string | undefined);
  /** Presses one button and resolves with the toast it got (presses in this file go one at a time). */
  const press = async (user: { id: number; firstName: string }, m: BotMessage, data: string, chat?: FakeChat): Promise<string | undefined> => {
    const before = toasts().length;
    await tg.press(user, m, data, chat);
    await tg.waitFor('the toast', () => toasts().length > before);
    return toasts()[before];
  };
  const memberIdOf = async (user: { id: number; firstName: string }): Promise<number> =>
    (await core.identities.resolve({ platform: 'telegram', platformUserId: String(user.id), displayName: user.firstName })).memberId;
  const answersOf = async (taskId: number): Promise<Record<number, string>> =>
    Object.fromEntries(((await core.ds.query(`SELECT member_id, choice FROM answer WHERE task_id = $1`, [taskId])) as { member_id: number; choice: string }[]).map((a) => [a.member_id, a.choice]));
  const ticksStored = async (taskId: number): Promise<number> => (await core.ds.query(`SELECT count(*)::int AS n FROM conversation WHERE chat_key = $1`, [`ticks:${taskId}`]))[0].n;

  it('creates a multilabel campaign through /campaign new, asking for its labels and a gold set', async () => {
    expect((await ask(admin, '/campaign new')).text).toMatch(/Step 1 of 8: its name\?$/);
    expect((await ask(admin, 'Animals')).text).toMatch(/^Step 2 of 8: which kind\?.*multilabel \(tick every label that applies\)/s);
    expect((await ask(admin, 'multilabel')).text).toMatch(/^Step 3 of 8/);
    expect((await ask(admin, 'Which animals are in the picture?')).text).toMatch(/^Step 4 of 8: the labels members tick, 2 to 20/);
    expect((await ask(admin, 'cat')).text).toMatch(/options: .*\nStep 4 of 8: the labels members tick/s);
    expect((await ask(admin, 'cat=Cat, dog=Dog, bird=Bird')).text).toMatch(/^Step 5 of 8/);
    expect((await ask(admin, '10')).text).toMatch(/^Step 6 of 8/);
    expect((await ask(admin, '3')).text).toMatch(/^Step 7 of 8/);
    const itemsStep = await ask(admin, '1000');
    expect(itemsStep.text).toContain('Animals (multilabel): Which animals are in the picture?');
    expect(itemsStep.text).toContain('Options: cat (Cat), dog (Dog), bird (Bird)');
    expect(itemsStep.text).toContain('A known answer (gold) is a set of label ids joined by | (toxic|spam), or [] when none apply.');

    const mark = tg.lastMessageId(admin.id);
    await tg.sendDocument(admin, { fileName: 'animals.csv', bytes: Buffer.from('id,text,gold\np1,a cat on a wall,\np2,a dog and a bird,dog|bird\n') });
    const imported = await message(admin.id, /[\s\S]/, mark);
    const campaignId = Number(/^Imported 2 items \(1 of them with a known answer\) into draft campaign #(\d+)\.\n/.exec(imported.text)![1]);
    const draft = await core.campaigns.get(campaignId);
    expect(draft).toMatchObject({ kind: 'multilabel', status: 'draft', answersPerTask: 3, options: LABELS });
    const gold: { gold_label: string | null }[] = await core.ds.query(`SELECT gold_label FROM task WHERE campaign_id = $1 ORDER BY item_key`, [campaignId]);
    expect(gold.map((g) => g.gold_label)).toEqual([null, 'dog|bird']);
    expect((await ask(admin, '/cancel')).text).toBe(`Cancelled. Draft campaign #${campaignId} is closed; it never ran.`);
  }, 60_000);

  describe('a majority campaign posted in a group', () => {
    let campaignId: number;
    let card: BotMessage;
    let taskId: number;

    beforeAll(async () => {
      campaignId = await campaignWithItems(core, ['a cat and a dog', 'a bird'], {
        name: 'Tags',
        kind: 'multilabel',
        question: 'Which animals are in the picture?',
        options: LABELS,
        consensusMode: 'majority',
        minThinkMs: 0,
        maxAnswersPerTask: 3,
      });
    });

    it('posts a card with a toggle per label, None apply and Done, and says to tick every label that applies', async () => {
      const mark = tg.lastMessageId(group.id);
      expect((await ask(groupAdmin, `/campaign post ${campaignId} 1`, group)).text).toBe(`Campaign #${campaignId} is now posted here, 1 card at a time.`);
      card = await tg.waitFor('the group card', () => tg.botMessages(group.id).find((m) => m.messageId > mark && m.buttons.length > 0));
      taskId = taskOf(card);
      expect(card.text).toMatch(new RegExp(`\\n\\n${HINT.replace(/\./g, '\\.')}\\n0/3 answers · 10 TNET per accepted answer$`));
      expect(labels(card)).toEqual(['Cat', 'Dog', 'Bird', 'None apply', 'Done']);
      expect(card.buttons.at(-1)!.map((b) => b.text)).toEqual(['None apply', 'Done']);
      for (const b of card.buttons.flat()) expect(Buffer.byteLength(b.data)).toBeLessThanOrEqual(64);
    }, 30_000);

    it("names each member's ticks in a toast and leaves the shared card as it is", async () => {
      const edits = tg.callsOf('editMessageReplyMarkup').length;
      expect(await press(ann, card, button(card, 'Dog'), group)).toBe('Ticked: Dog. Tap Done to send.');
      expect(await press(ann, card, button(card, 'Cat'), group)).toBe('Ticked: Cat, Dog. Tap Done to send.');
      // Bob's ticks are his own.
      expect(await press(bob, card, button(card, 'Cat'), group)).toBe('Ticked: Cat. Tap Done to send.');
      expect(await press(bob, card, button(card, 'Cat'), group)).toBe(NOTHING_TICKED);
      expect(await press(bob, card, button(card, 'Cat'), group)).toBe('Ticked: Cat. Tap Done to send.');
      expect(tg.callsOf('editMessageReplyMarkup').length).toBe(edits);
      const now = tg.botMessages(group.id).find((m) => m.messageId === card.messageId)!;
      expect(labels(now)).toEqual(['Cat', 'Dog', 'Bird', 'None apply', 'Done']);
      expect(await answersOf(taskId)).toEqual({});
    }, 30_000);

    it('refuses a forged toggle with a short toast and changes nothing', async () => {
      const [{ id: labelTask }] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [await campaignWithItems(core, ['a horse'])]);
      expect(await press(ann, card, `t:${taskId}:3`, group)).toBe('That is not one of the options of this task.');
      expect(await press(ann, card, `t:${taskId}:19`, group)).toBe('That is not one of the options of this task.');
      expect(await press(ann, card, `t:${labelTask}:0`, group)).toBe('That is not one of the options of this task.');
      for (const forged of [`t:${taskId}:20`, `t:0${taskId}:1`, `t:${taskId}:1:1`, `d:${taskId}:1`, `l:${taskId}:01`, `l:${taskId}:${2 ** 20}`]) {
        expect(await press(ann, card, forged, group)).toBe('That button is not valid anymore.');
      }
      // Ann's ticks are as she left them.
      expect(await press(ann, card, button(card, 'Bird'), group)).toBe('Ticked: Cat, Dog, Bird. Tap Done to send.');
      expect(await press(ann, card, button(card, 'Bird'), group)).toBe('Ticked: Cat, Dog. Tap Done to send.');
      expect(await ticksStored(labelTask)).toBe(0);
      expect(await answersOf(taskId)).toEqual({});
    }, 30_000);

    it('sends the ticked set on Done, decides the task label by label, and pays the answers that agree', async () => {
      expect(await press(ann, card, button(card, 'Done'), group)).toBe('Answer recorded');
      expect(await ticksStored(taskId)).toBe(1);
      expect(await press(bob, card, button(card, 'Done'), group)).toBe('Answer recorded');
      // Cy ticks Dog and Bird: on this 3-label campaign, agreeing on 1 of 3 labels is a mismatch.
      await press(cy, card, button(card, 'Bird'), group);
      expect(await press(cy, card, button(card, 'Dog'), group)).toBe('Ticked: Dog, Bird. Tap Done to send.');
      expect(await press(cy, card, button(card, 'Done'), group)).toBe('Answer recorded');
      // Done forgets the ticks; a second Done has nothing ticked and records nothing.
      expect(await ticksStored(taskId)).toBe(0);
      expect(await press(ann, card, button(card, 'Done'), group)).toBe(NOTHING_TICKED);

      const [a, b, c] = await Promise.all([ann, bob, cy].map(memberIdOf));
      expect(await answersOf(taskId)).toEqual({ [a!]: 'cat|dog', [b!]: 'cat', [c!]: 'dog|bird' });
      const final = await tg.waitFor('the group card with its consensus', () => {
        const m = tg.botMessages(group.id).find((x) => x.messageId === card.messageId)!;
        return m.buttons.length === 0 && /Consensus: /.test(m.text) && m;
      });
      // Per label: cat 2 of 3, dog 2 of 3, bird 1 of 3.
      expect(final.text).toMatch(/\n\nConsensus: Cat, Dog · 3 answers$/);
      const t = await core.assignment.card(taskId);
      expect([t.status, t.consensusLabel]).toEqual(['final', 'cat|dog']);
      const ledger: { member_id: number; consensus_label: string; status: string; rule: string }[] = await core.ds.query(
        `SELECT member_id, consensus_label, status, rule FROM reward_ledger WHERE task_id = $1 ORDER BY member_id`,
        [taskId],
      );
      expect(ledger.map((r) => [r.member_id, r.consensus_label, r.status, r.rule])).toEqual(
        [
          [a, 'cat|dog', 'pending', 'majority.match'],
          [b, 'cat|dog', 'withheld', 'majority.mismatch'],
          [c, 'cat|dog', 'withheld', 'majority.mismatch'],
        ].sort((x, y) => (x[0] as number) - (y[0] as number)),
      );
    }, 60_000);

    it("marks the ticks on a member's own /task card, and turns it into the answer on Done", async () => {
      const card = await ask(bob, `/task ${campaignId}`);
      const own = taskOf(card);
      expect(own).not.toBe(taskId);
      expect(card.text).toContain(`\n\n${HINT}\n10 TNET per accepted answer`);
      expect(labels(card)).toEqual(['Cat', 'Dog', 'Bird', 'None apply', 'Done']);
      expect(await press(bob, card, button(card, 'Bird'))).toBe('Ticked: Bird. Tap Done to send.');
      const marked = await tg.waitFor('the card with Bird ticked', () => {
        const m = tg.botMessages(bob.id).find((x) => x.messageId === card.messageId)!;
        return labels(m).includes('✓ Bird') && m;
      });
      expect(labels(marked)).toEqual(['Cat', 'Dog', '✓ Bird', 'None apply', 'Done']);
      await press(bob, marked, button(marked, 'Cat'));
      const both = await tg.waitFor('the card with Cat ticked', () => {
        const m = tg.botMessages(bob.id).find((x) => x.messageId === card.messageId)!;
        return labels(m).includes('✓ Cat') && m;
      });
      expect(labels(both)).toEqual(['✓ Cat', 'Dog', '✓ Bird', 'None apply', 'Done']);
      expect(await press(bob, both, button(both, 'Done'))).toBe('Answer recorded');
      const outcome = await tg.waitFor('the card showing the recorded answer', () => {
        const m = tg.botMessages(bob.id).find((x) => x.messageId === card.messageId)!;
        return m.text.startsWith('Answer recorded: ') && m;
      });
      expect(outcome.text).toMatch(/^Answer recorded: Cat, Bird\.\n/);
      expect(labels(outcome)).toEqual(['Next task']);
      expect((await answersOf(own))[await memberIdOf(bob)]).toBe('cat|bird');
    }, 30_000);

    it('refuses Done with nothing ticked and records nothing; None apply sends the empty set', async () => {
      const card = await ask(cy, `/task ${campaignId}`);
      const own = taskOf(card);
      expect(await press(cy, card, button(card, 'Done'))).toBe(NOTHING_TICKED);
      expect((await answersOf(own))[await memberIdOf(cy)]).toBeUndefined();
      expect(await press(cy, card, button(card, 'None apply'))).toBe('Answer recorded');
      const outcome = await tg.waitFor('the recorded answer', () => {
        const m = tg.botMessages(cy.id).find((x) => x.messageId === card.messageId)!;
        return m.text.startsWith('Answer recorded: ') && m;
      });
      expect(outcome.text).toMatch(/^Answer recorded: none apply\.\n/);
      expect((await answersOf(own))[await memberIdOf(cy)]).toBe('');
    }, 30_000);
  });
});

import { createLogger } from '../../core';
import type { RunningTelegram } from '../../bots/telegram/start-telegram';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';
import { contributeCampaign, exportedContributions, type TestContributeCampaign } from '../helpers/contribute-campaign';
import { serve } from '../helpers/serve';
import { startTestBot, stopTestBot } from '../helpers/telegram-bot';
import { TelegramEmulator, type BotMessage, type FakeChat } from '../helpers/telegram-emulator';

/** Telegram users of this file: 999 is a platform-wide moderator (ADMIN_TELEGRAM_IDS), 902 administers the group. */
const admin = { id: 999, firstName: 'Ada' };
const groupAdmin = { id: 902, firstName: 'Gus' };
const [ann, bob, cy, dee, eve] = [511, 512, 513, 514, 515].map((id) => ({ id, firstName: `Writer ${id}` }));
const group: FakeChat = { id: -6301, type: 'group', title: 'Writers' };
const TNET = 10n ** 18n;

const ACCEPTED = 'Thanks — your text goes to other members for checking; you are paid if they accept it.';
const HINT = 'Reply to this message with your text (3–60 characters).';
const OWN = 'You wrote this one: other members check it. Tap "Next task" for another one.';

/** A text as a pattern that matches it literally. */
const literal = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const taskOf = (m: BotMessage): number => Number(/ · task (\d+)\n/.exec(m.text)![1]);
const labels = (m: BotMessage): string[] => m.buttons.flat().map((b) => b.text);
const button = (m: BotMessage, label: string): string => m.buttons.flat().find((b) => b.text === label)!.data;

describe(`telegram contributions end to end on ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;
  let c: TestContributeCampaign;

  beforeAll(async () => {
    core = await createTestCore({}, { logger: createLogger({ level: 'warn', write: (l) => (process.env.TG_DEBUG ? process.stderr.write(l + '\n') : undefined) }) });
    tg = await TelegramEmulator.start('654321:TEST-token-for-contribution-test5');
    tg.admins.set(group.id, new Set([groupAdmin.id]));
    running = await startTestBot(core, tg, { adminIds: [String(admin.id)], editIntervalMs: 100 });
    c = await contributeCampaign(core, ['Good morning, everyone', 'Good night']);
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
  /** A member replies to a card with a text; resolves with the bot's next message in that chat. */
  const write = async (user: { id: number; firstName: string }, text: string, card: BotMessage, chat?: FakeChat): Promise<BotMessage> => {
    const chatId = chat?.id ?? user.id;
    const mark = tg.lastMessageId(chatId);
    await tg.reply(user, text, card, chat);
    return message(chatId, /[\s\S]/, mark);
  };
  const toasts = () => tg.callsOf('answerCallbackQuery').map((x) => x.payload.text as string | undefined);
  const press = async (user: { id: number; firstName: string }, m: BotMessage, data: string, chat?: FakeChat): Promise<string | undefined> => {
    const before = toasts().length;
    await tg.press(user, m, data, chat);
    await tg.waitFor('the toast', () => toasts().length > before);
    return toasts()[before];
  };
  const memberIdOf = async (user: { id: number; firstName: string }): Promise<number> =>
    (await core.identities.resolve({ platform: 'telegram', platformUserId: String(user.id), displayName: user.firstName })).memberId;
  const contributionsOf = async (taskId: number): Promise<Record<number, string>> =>
    Object.fromEntries(((await core.ds.query(`SELECT member_id, text FROM contribution WHERE task_id = $1`, [taskId])) as { member_id: number; text: string }[]).map((r) => [r.member_id, r.text]));

  it('creates a contribute campaign through /campaign new, answered by replies, asking only what it needs', async () => {
    const question = await ask(admin, '/campaign new');
    expect(question.text).toMatch(/Step 1 of 8: its name\?$/);
    // Its questions ask for a reply (force_reply): a reply to one is the answer, not a text for a task.
    const kind = await write(admin, 'Captions', question);
    expect(kind.text).toMatch(/^Step 2 of 8: which kind\?.*or contribute \(members write a text, like a caption or a translation, and other members check it\)$/s);
    expect((await write(admin, 'contribute', kind)).text).toMatch(/^Step 3 of 11: what members write for each item/);
    expect((await ask(admin, 'Write a caption for this picture.')).text).toMatch(/^Step 4 of 11: the reward per accepted text/);
    expect((await ask(admin, '5')).text).toMatch(/^Step 5 of 11: how many texts each item takes/);
    expect((await ask(admin, '2')).text).toMatch(/^Step 6 of 11: the budget for the texts/);
    expect((await ask(admin, '1000')).text).toMatch(/^Step 7 of 11: the question the checkers answer/);
    expect((await ask(admin, 'Is this a good caption?')).text).toMatch(/^Step 8 of 11: the reward per accepted check/);
    expect((await ask(admin, '1')).text).toMatch(/^Step 9 of 11: the budget for the checks/);
    expect((await ask(admin, '100')).text).toMatch(/^Step 10 of 11: how long a text may be/);
    const itemsStep = await ask(admin, '10-200');
    expect(itemsStep.text).toMatch(/^Captions \(contribute\): Write a caption for this picture\.\nTexts of 10–200 characters, checked by other members: Is this a good caption\?\n/);
    expect(itemsStep.text).toContain('\n\nStep 11 of 11: send the items as a CSV file');

    const mark = tg.lastMessageId(admin.id);
    const items = [{ id: 'p1', image: 'https://example.org/cat.png' }, { id: 'p2', prompt: 'A dog in the snow' }].map((i) => JSON.stringify(i)).join('\n') + '\n';
    await tg.sendDocument(admin, { fileName: 'captions.jsonl', bytes: Buffer.from(items) });
    const imported = await message(admin.id, /[\s\S]/, mark);
    const campaignId = Number(/^Imported 2 items into draft campaign #(\d+)\.\n/.exec(imported.text)![1]);
    expect((await ask(admin, 'activate')).text).toBe(`Campaign #${campaignId} is active. Post it in a group with /campaign post ${campaignId} [cards at a time].`);
    expect(await core.campaigns.get(campaignId)).toMatchObject({ kind: 'contribute', status: 'active', answersPerTask: 2, rewardPerAnswer: 5n * TNET, budget: 1000n * TNET });
    const [{ check_campaign_id: checkId, min_length, max_length }] = await core.ds.query(`SELECT check_campaign_id, min_length, max_length FROM contribution_campaign WHERE campaign_id = $1`, [campaignId]);
    expect([min_length, max_length]).toEqual([10, 200]);
    expect(await core.campaigns.get(checkId)).toMatchObject({ kind: 'check', status: 'active', question: 'Is this a good caption?', rewardPerAnswer: TNET, budget: 100n * TNET });
  }, 60_000);

  let annCard: BotMessage;

  it('shows a contribute card that asks for a reply within the length limits, with no buttons', async () => {
    annCard = await ask(ann, `/task ${c.campaignId}`);
    expect(c.tasks).toContain(taskOf(annCard));
    expect(annCard.text).toMatch(new RegExp(`^Campaign #${c.campaignId} · Translations · task \\d+\\nTranslate this into French\\.\\n\\nGood (morning, everyone|night)\\n\\n${literal(HINT)}\\n5 TNET per accepted text$`));
    expect(annCard.buttons).toEqual([]);
  }, 30_000);

  it('refuses a copied, an empty-worded and a short text with their reasons, and stores nothing', async () => {
    const prompt = annCard.text.split('\n\n')[1]!;
    expect((await write(ann, prompt.toUpperCase() + '!', annCard)).text).toBe('That text copies the prompt. Write your own.');
    expect((await write(ann, '?!…', annCard)).text).toBe('That text is empty. Write your own text and send it again.');
    expect((await write(ann, 'ok', annCard)).text).toBe('That text is too short: write at least 3 characters.');
    expect((await write(ann, 'x'.repeat(61), annCard)).text).toBe('That text is too long: write at most 60 characters.');
    expect(await contributionsOf(taskOf(annCard))).toEqual({});
  }, 30_000);

  it("takes a reply to the member's card as the text, once, and never echoes it", async () => {
    const thanks = await write(ann, '  Bonjour à tous  ', annCard);
    expect(thanks.text).toBe(ACCEPTED);
    expect(labels(thanks)).toEqual(['Next task']);
    expect(await contributionsOf(taskOf(annCard))).toEqual({ [await memberIdOf(ann)]: 'Bonjour à tous' });
    expect((await write(ann, 'Salut', annCard)).text).toBe('You already sent a text for this task; it is being checked.');
    expect(await contributionsOf(taskOf(annCard))).toEqual({ [await memberIdOf(ann)]: 'Bonjour à tous' });
  }, 30_000);

  it("refuses another member's duplicate, and a text for a task never served to the member", async () => {
    const bobCard = await ask(bob, `/task ${c.campaignId}`);
    expect((await write(bob, 'bonjour, À TOUS !', bobCard)).text).toBe('That text was already sent for this campaign. Write your own.');
    // A card naming a task Bob was never given (Telegram lets no member forge a bot message; core refuses anyway).
    const other = c.tasks.find((t) => t !== taskOf(bobCard))!;
    const forged = { ...bobCard, text: bobCard.text.replace(/ · task \d+\n/, ` · task ${other}\n`) };
    expect((await write(bob, 'Bonne nuit les amis', forged)).text).toBe('That card is not one you were given. Send /task for a task.');
    // A reply to a message of the bot that is no card is no text for a task.
    const help = await ask(bob, '/help');
    expect((await write(bob, 'Bonne nuit', help)).text).toBe('Commands start with /. Send /help for the list.');
    expect(await contributionsOf(other)).toEqual({});
  }, 30_000);

  it('takes a reply to a private card that is a picture, read from its caption', async () => {
    const pictures = await contributeCampaign(core, [{ image: 'https://example.org/cat.png' }], { name: 'Captions', question: 'Write a caption for this picture.' });
    const mark = tg.photoMessages(cy.id).length;
    await tg.send(cy, `/task ${pictures.campaignId}`);
    const photo = await tg.waitFor('the picture card', () => tg.photoMessages(cy.id)[mark]);
    expect(photo.photo).toEqual({ url: 'https://example.org/cat.png' });
    expect(photo.text).toBe(`Campaign #${pictures.campaignId} · Captions · task ${pictures.tasks[0]}\nWrite a caption for this picture.\n\n${HINT}\n5 TNET per accepted text`);
    expect((await write(cy, 'A cat asleep on a mat', photo)).text).toBe(ACCEPTED);
    expect(await contributionsOf(pictures.tasks[0]!)).toEqual({ [await memberIdOf(cy)]: 'A cat asleep on a mat' });
  }, 30_000);

  describe('the check of the contribution, served only privately', () => {
    let checkCard: BotMessage;
    let checkTaskId: number;

    it('never serves the author the check of their own text', async () => {
      expect((await ask(ann, `/task ${c.checkId}`)).text).toBe('You have answered every task available to you. Thank you! Check back later.');
    }, 30_000);

    it('never posts the check in the group: a ring could pick its partner\'s text off a shared card', async () => {
      expect((await ask(groupAdmin, `/campaign post ${c.checkId} 1`, group)).text).toBe(
        `Campaign #${c.checkId} holds the checks of contributions: members get them privately with /task, never in a chat.`,
      );
      expect((await core.campaigns.get(c.checkId)).chatIds).toEqual([]);
      expect(tg.botMessages(group.id).filter((m) => /Text to check:/.test(m.text))).toEqual([]);
    }, 30_000);

    it('serves a check card with the prompt, the text and Good / Not good through /task', async () => {
      checkCard = await ask(bob, `/task ${c.checkId}`);
      checkTaskId = taskOf(checkCard);
      expect(checkCard.text).toMatch(
        new RegExp(`^Campaign #${c.checkId} · Translations \\(checks\\) · task ${checkTaskId}\\nIs this a good translation\\?\\n\\nPrompt:\\nGood (morning, everyone|night)\\n\\nText to check:\\nBonjour à tous\\n\\n1 TNET per accepted answer$`),
      );
      expect(labels(checkCard)).toEqual(['Good', 'Not good']);
    }, 30_000);

    it("refuses the author's forged press on the check of their own text", async () => {
      expect(await press(ann, checkCard, button(checkCard, 'Good'), { id: ann.id, type: 'private' } as FakeChat)).toBe('That button is not valid anymore.');
      // Even served the check by a forgery, the author's answer is not admitted.
      await serve(core, await memberIdOf(ann), checkTaskId);
      expect(await press(ann, checkCard, button(checkCard, 'Good'), { id: ann.id, type: 'private' } as FakeChat)).toBe(OWN);
      expect((await core.ds.query(`SELECT count(*)::int AS n FROM answer WHERE task_id = $1`, [checkTaskId]))[0].n).toBe(0);
    }, 30_000);

    it('lets other members check it, pays the checkers and, once decided, the author', async () => {
      expect(await press(bob, checkCard, button(checkCard, 'Good'))).toBe('Answer recorded');
      for (const u of [cy, dee]) {
        const card = await ask(u, `/task ${c.checkId}`);
        expect(taskOf(card)).toBe(checkTaskId);
        expect(await press(u, card, button(card, 'Good'))).toBe('Answer recorded');
      }
      expect(await core.ds.query(`SELECT status, consensus_label FROM task WHERE id = $1`, [checkTaskId])).toEqual([{ status: 'final', consensus_label: 'accept' }]);
      expect(await core.contributions.payDecidedContributions()).toEqual({ paid: 1, withheld: 0, spent: 5n * TNET, corrected: 0, refunded: 0n });
      const [a, b, y, d] = await Promise.all([ann, bob, cy, dee].map(memberIdOf));
      const ledger: { member_id: number; campaign_id: number; amount: string; status: string; rule: string }[] = await core.ds.query(
        `SELECT member_id, campaign_id, amount::text AS amount, status, rule FROM reward_ledger WHERE campaign_id = ANY($1::int[]) ORDER BY campaign_id, member_id`,
        [[c.campaignId, c.checkId]],
      );
      expect(ledger).toEqual([
        { member_id: a, campaign_id: c.campaignId, amount: (5n * TNET).toString(), status: 'pending', rule: 'contribution.accepted' },
        ...[b, y, d].sort((p, q) => p! - q!).map((m) => ({ member_id: m, campaign_id: c.checkId, amount: TNET.toString(), status: 'pending', rule: 'majority.match' })),
      ]);
      expect((await ask(ann, '/balance')).text).toMatch(/^Pending: 5 TNET\n/);
      expect(await exportedContributions(core, c.campaignId)).toEqual([
        expect.objectContaining({ task_id: taskOf(annCard), contribution: 'Bonjour à tous', check_task_id: checkTaskId, checks: 3, accepts: 3, consensus_label: 'accept' }),
      ]);
    }, 60_000);
  });

  describe('a contribute card posted in a group', () => {
    let card: BotMessage;

    it('takes a reply to the posted card as the text, answers under it and counts it on the card', async () => {
      const mark = tg.lastMessageId(group.id);
      await ask(groupAdmin, `/campaign post ${c.campaignId} 1`, group);
      card = await tg.waitFor('the contribute card', () => tg.botMessages(group.id).find((m) => m.messageId > mark && m.text.includes(HINT)));
      expect(card.text).toMatch(new RegExp(`\\n\\n${literal(HINT)}\\n\\d/2 texts · 5 TNET per accepted text$`));
      const before = Number(/(\d)\/2 texts/.exec(card.text)![1]);
      const taskId = taskOf(card);
      const outcome = await write(eve, 'Une traduction à moi', card, group);
      expect(outcome.text).toBe(ACCEPTED);
      expect(outcome.text).not.toContain('Une traduction');
      const sent = tg.callsOf('sendMessage').find((x) => x.payload.chat_id === group.id && x.payload.text === ACCEPTED)!;
      expect(sent.payload.reply_parameters).toMatchObject({ message_id: expect.any(Number) });
      expect((await contributionsOf(taskId))[await memberIdOf(eve)]).toBe('Une traduction à moi');
      await tg.waitFor('the card counting the text', () => {
        const m = tg.botMessages(group.id).find((x) => x.messageId === card.messageId)!;
        return new RegExp(`${before + 1}/2 texts|Closed: the texts go to other members for checking · 2 texts`).test(m.text) && m;
      });
      // Eve's text is a check for others, not for her.
      expect((await ask(eve, `/task ${c.checkId}`)).text).not.toContain('Une traduction à moi');
    }, 30_000);
  });
});

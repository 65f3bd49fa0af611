import type { RunningDiscord } from '../../bots/discord/start-discord';
import { campaignWithItems, createTestCore, engine, testCommunity, type TestCore } from '../helpers/test-core';
import { contributeCampaign, exportedContributions, type TestContributeCampaign } from '../helpers/contribute-campaign';
import { startTestDiscord, stopTestDiscord } from '../helpers/discord-bot';
import { serve } from '../helpers/serve';
import { DiscordServer, MANAGE_GUILD, MEMBER_PERMISSIONS, type FakeUser, type StoredMessage } from '../helpers/discord-server';

const mona: FakeUser = { id: '350000000000000009', username: 'mona', permissions: MEMBER_PERMISSIONS | MANAGE_GUILD };
const [ann, bob, cy, dee, eve] = [1, 2, 3, 4, 5].map((i) => ({ id: `35000000000000010${i}`, username: `writer${i}` }));
const channel = '900000000000000501';
const TNET = 10n ** 18n;

const ACCEPTED = 'Thanks — your text goes to other members for checking; you are paid if they accept it.';
const HINT = 'Tap Write to send your text (3–60 characters).';
const STALE = 'That button is not valid anymore. Send /task for a fresh task.';
const STALE_FORM = 'That form is not valid anymore. Run the command again.';

const text = DiscordServer.textOf;
const buttons = DiscordServer.buttonsOf;
const taskOf = (m: StoredMessage): number => Number(/ · task (\d+)/.exec(text(m))![1]);
const idOf = (m: StoredMessage, label: string): string => buttons(m).find((b) => b.label === label)!.id;

describe(`discord contributions end to end on ${engine}`, () => {
  let core: TestCore;
  let dc: DiscordServer;
  let running: RunningDiscord;
  let c: TestContributeCampaign;

  beforeAll(async () => {
    core = await createTestCore();
    dc = await DiscordServer.start({ guilds: [{ id: '900000000000000005', name: 'Writers', channelIds: [channel] }] });
    running = await startTestDiscord(core, dc, { adminIds: [], editIntervalMs: 100 });
    const communityId = await testCommunity(core, 'discord', dc.guilds[0]!.id);
    c = await contributeCampaign(core, ['Good morning, everyone', 'Good night'], {}, { communityId });
  }, 60_000);

  afterAll(async () => {
    await stopTestDiscord(running, dc, core);
  }, 60_000);

  afterEach(() => expect(dc.violations).toEqual([]));

  const memberIdOf = async (u: FakeUser): Promise<number> => (await core.identities.resolve({ platform: 'discord', platformUserId: u.id, displayName: u.username })).memberId;
  const contributionsOf = async (taskId: number): Promise<Record<number, string>> =>
    Object.fromEntries(((await core.ds.query(`SELECT member_id, text FROM contribution WHERE task_id = $1`, [taskId])) as { member_id: number; text: string }[]).map((r) => [r.member_id, r.text]));
  /** A member taps Write on a card and submits the modal it opened with `value`; resolves with the reply. */
  const write = async (user: FakeUser, card: StoredMessage, value: string): Promise<StoredMessage> => {
    const modal = await dc.modalOf(dc.press(user, card, idOf(card, 'Write')));
    return dc.answered(dc.submitModal(user, modal.custom_id, { text: value }, { message: card }));
  };

  it('creates a contribute campaign with /campaign new and its check settings, and names what is missing', async () => {
    const items = () => dc.upload('captions.jsonl', Buffer.from('{"id":"p1","prompt":"A dog in the snow"}\n{"id":"p2","image":"https://example.org/cat.png"}\n'));
    const base = { name: 'Captions', kind: 'contribute', question: 'Write a caption.', reward: '5', budget: '1000', answers_per_task: 2 };
    const reply = await dc.answered(
      dc.slash(mona, 'campaign', {
        subcommand: 'new',
        channelId: channel,
        options: { ...base, items: items(), check_question: 'Is this a good caption?', check_reward: '1', check_budget: '100', min_length: 10, max_length: 200 },
      }),
    );
    const campaignId = Number(/^Imported 2 items into draft campaign #(\d+)\./.exec(text(reply))![1]);
    expect(await core.campaigns.get(campaignId)).toMatchObject({ kind: 'contribute', status: 'draft', answersPerTask: 2 });
    const [k] = await core.ds.query(`SELECT check_campaign_id, min_length, max_length FROM contribution_campaign WHERE campaign_id = $1`, [campaignId]);
    expect([k.min_length, k.max_length]).toEqual([10, 200]);
    expect(await core.campaigns.get(k.check_campaign_id)).toMatchObject({ kind: 'check', question: 'Is this a good caption?', rewardPerAnswer: TNET, budget: 100n * TNET });

    const missing = await dc.answered(dc.slash(mona, 'campaign', { subcommand: 'new', channelId: channel, options: { ...base, name: 'No checks', items: items(), check_reward: '1' } }));
    expect(text(missing)).toBe('That campaign definition has problems:\n- checkBudget: required for a contribute campaign (what the checks may spend)');
    const label = await dc.answered(
      dc.slash(mona, 'campaign', { subcommand: 'new', channelId: channel, options: { ...base, name: 'Labels', kind: 'label', options: 'cat, dog', items: items(), check_reward: '1' } }),
    );
    expect(text(label)).toBe('That campaign definition has problems:\n- checkReward: only a contribute campaign takes it');
    const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM campaign WHERE name IN ('No checks', 'Labels')`);
    expect(n).toBe(0);
  }, 30_000);

  let own: StoredMessage;

  it('shows a contribute card with a Write button and the length limits', async () => {
    own = await dc.answered(dc.slash(ann, 'task', { options: { campaign: c.campaignId }, channelId: channel }));
    expect(own.flags & 64).toBe(64);
    const taskId = taskOf(own);
    expect(c.tasks).toContain(taskId);
    expect(text(own)).toMatch(/\nTranslate this into French\.\n\nGood (morning, everyone|night)\n\n/);
    expect(text(own)).toContain(`${HINT}\n5 TNET per accepted text`);
    expect(own.components).toEqual([{ type: 1, components: [expect.objectContaining({ type: 2, custom_id: `w:${taskId}`, label: 'Write' })] }]);
  }, 30_000);

  it('opens a modal with one paragraph input within the card limits', async () => {
    const taskId = taskOf(own);
    const opened = dc.press(ann, own, `w:${taskId}`);
    const modal = await dc.modalOf(opened);
    expect(modal).toMatchObject({ custom_id: `c:${taskId}`, title: `Your text for task ${taskId}` });
    const [label] = modal.components;
    expect(label).toMatchObject({ type: 18, label: 'Your text (3–60 characters)', description: expect.stringMatching(/^Good (morning, everyone|night)$/) });
    expect(label.component).toMatchObject({ type: 4, custom_id: 'text', style: 2, min_length: 3, max_length: 60, required: true });
    expect(dc.interactions.get(opened)!.ackType).toBe(9);
  }, 30_000);

  it('refuses a copied text with its reason and keeps the card to write again', async () => {
    const prompt = text(own).split('\n\n')[1]!;
    const refused = await write(ann, own, `${prompt.toLowerCase()}!`);
    expect(text(refused)).toBe('That text copies the prompt. Write your own.');
    expect(refused.flags & 64).toBe(64);
    expect(buttons(refused)).toEqual([]);
    expect(await contributionsOf(taskOf(own))).toEqual({});
  }, 30_000);

  it('refuses forged Write buttons and modals politely, storing nothing', async () => {
    const taskId = taskOf(own);
    const [{ id: labelTask }] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [await campaignWithItems(core, ['a horse'])]);
    for (const id of [`w:${labelTask}`, 'w:2147483000', `w:0${taskId}`]) expect(text(await dc.answered(dc.press(ann, own, id)))).toBe(STALE);
    for (const id of [`c:0${taskId}`, `c:${taskId}:1`, 'c:99999999999']) expect(text(await dc.answered(dc.submitModal(ann, id, { text: 'Bonjour à tous' }, { message: own })))).toBe(STALE_FORM);
    expect(text(await dc.answered(dc.submitModal(ann, `c:${taskId}`, { other: 'Bonjour à tous' }, { message: own })))).toBe(STALE_FORM);
    expect(await contributionsOf(taskId)).toEqual({});
  }, 30_000);

  it('takes the submitted text once and offers the next task', async () => {
    const thanks = await write(ann, own, 'Bonjour à tous');
    expect(text(thanks)).toBe(ACCEPTED);
    expect(buttons(thanks).map((b) => b.label)).toEqual(['Next task']);
    expect(await contributionsOf(taskOf(own))).toEqual({ [await memberIdOf(ann)]: 'Bonjour à tous' });
    expect(text(await write(ann, own, 'Salut'))).toBe('You already sent a text for this task; it is being checked.');
  }, 30_000);

  it("refuses another member's duplicate with its reason", async () => {
    const bobCard = await dc.answered(dc.slash(bob, 'task', { options: { campaign: c.campaignId }, channelId: channel }));
    expect(text(await write(bob, bobCard, 'BONJOUR, à tous'))).toBe('That text was already sent for this campaign. Write your own.');
    expect((await contributionsOf(taskOf(bobCard)))[await memberIdOf(bob)]).toBeUndefined();
  }, 30_000);

  describe('the check of the contribution, served only privately', () => {
    let card: StoredMessage;
    let good: string;
    let checkTaskId: number;

    it('never serves the author the check of their own text', async () => {
      const reply = await dc.answered(dc.slash(ann, 'task', { options: { campaign: c.checkId }, channelId: channel }));
      expect(text(reply)).toBe('You have answered every task available to you. Thank you! Check back later.');
    }, 30_000);

    it("never posts the check in the channel: a ring could pick its partner's text off a shared card", async () => {
      const post = dc.slash(mona, 'campaign', { subcommand: 'post', options: { id: c.checkId }, channelId: channel });
      expect(text(await dc.answered(post))).toBe(`Campaign #${c.checkId} holds the checks of contributions: members get them privately with /task, never in a chat.`);
      expect((await core.campaigns.get(c.checkId)).chatIds).toEqual([]);
      expect(dc.channelMessages(channel).filter((m) => /Text to check:/.test(text(m)) && (m.flags & 64) === 0)).toEqual([]);
    }, 30_000);

    it("serves the check card through /task, and refuses the author's forged press on it", async () => {
      card = await dc.answered(dc.slash(bob, 'task', { options: { campaign: c.checkId }, channelId: channel }));
      expect(card.flags & 64).toBe(64);
      checkTaskId = taskOf(card);
      expect(text(card)).toMatch(/\nIs this a good translation\?\n\nPrompt:\nGood (morning, everyone|night)\n\nText to check:\nBonjour à tous\n\n1 TNET per accepted answer$/);
      expect(buttons(card).map((b) => b.label)).toEqual(['Good', 'Not good']);
      // Ann presses Bob's card (a forged press): never served, refused.
      // A refusal of a stale button comes as an ephemeral follow-up; the card stays as it was.
      good = idOf(card, 'Good');
      const press = dc.press(ann, card, good);
      expect(text(await dc.waitFor('the refusal', () => dc.followUps(press)[0]))).toBe('That button is not valid anymore.');
      // Even served the check by a forgery, the author's answer is not admitted.
      await serve(core, await memberIdOf(ann), checkTaskId);
      // (The emulator turns the pressed message into the notice: the id of its Good button is kept above.)
      expect(text(await dc.answered(dc.press(ann, card, good)))).toBe('You wrote this one: other members check it. Tap "Next task" for another one.');
      expect((await core.ds.query(`SELECT count(*)::int AS n FROM answer WHERE task_id = $1`, [checkTaskId]))[0].n).toBe(0);
    }, 30_000);

    it('lets other members check it, pays the checkers and, once decided, the author; the export lists it', async () => {
      expect(text(await dc.answered(dc.press(bob, card, good))).split('\n')[0]).toBe('Answer recorded: Good.');
      for (const u of [cy, dee]) {
        const mine = await dc.answered(dc.slash(u, 'task', { options: { campaign: c.checkId }, channelId: channel }));
        expect(taskOf(mine)).toBe(checkTaskId);
        expect(text(await dc.answered(dc.press(u, mine, idOf(mine, 'Good')))).split('\n')[0]).toBe('Answer recorded: Good.');
      }
      expect(await core.ds.query(`SELECT status, consensus_label FROM task WHERE id = $1`, [checkTaskId])).toEqual([{ status: 'final', consensus_label: 'accept' }]);
      expect(await core.contributions.payDecidedContributions(c.campaignId)).toEqual({ paid: 1, withheld: 0, spent: 5n * TNET, corrected: 0, refunded: 0n });
      const [a, b, y, d] = await Promise.all([ann, bob, cy, dee].map(memberIdOf));
      const ledger: { member_id: number; campaign_id: number; amount: string; status: string; rule: string }[] = await core.ds.query(
        `SELECT member_id, campaign_id, amount::text AS amount, status, rule FROM reward_ledger WHERE campaign_id = ANY($1::int[]) ORDER BY campaign_id, member_id`,
        [[c.campaignId, c.checkId]],
      );
      expect(ledger).toEqual([
        { member_id: a, campaign_id: c.campaignId, amount: (5n * TNET).toString(), status: 'pending', rule: 'contribution.accepted' },
        ...[b, y, d].sort((p, q) => p! - q!).map((m) => ({ member_id: m, campaign_id: c.checkId, amount: TNET.toString(), status: 'pending', rule: 'majority.match' })),
      ]);
      expect(await exportedContributions(core, c.campaignId)).toEqual([
        expect.objectContaining({ task_id: taskOf(own), contribution: 'Bonjour à tous', check_task_id: checkTaskId, checks: 3, accepts: 3, consensus_label: 'accept' }),
      ]);
    }, 60_000);
  });

  it('takes a text from the modal of a card posted in a channel and counts it on the card', async () => {
    const post = dc.slash(mona, 'campaign', { subcommand: 'post', options: { id: c.campaignId }, channelId: channel });
    expect(text(await dc.answered(post))).toMatch(new RegExp(`^Campaign #${c.campaignId} is now posted here`));
    const card = await dc.waitFor('the contribute card', () => dc.channelMessages(channel).find((m) => text(m).includes(HINT)));
    expect(text(card)).toMatch(/\n\d\/2 texts · 5 TNET per accepted text$/);
    const before = Number(/(\d)\/2 texts/.exec(text(card))![1]);
    const reply = await write(eve, card, 'Une traduction à moi');
    expect(text(reply)).toBe(ACCEPTED);
    expect(reply.flags & 64).toBe(64);
    expect((await contributionsOf(taskOf(card)))[await memberIdOf(eve)]).toBe('Une traduction à moi');
    await dc.waitFor('the card counting the text', () => {
      const m = dc.messages.get(card.id)!;
      return new RegExp(`${before + 1}/2 texts|Closed: the texts go to other members for checking · 2 texts`).test(text(m)) && m;
    });
  }, 30_000);
});

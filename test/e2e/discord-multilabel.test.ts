import type { RunningDiscord } from '../../bots/discord/start-discord';
import { campaignWithItems, createTestCore, engine, testCommunity, type TestCore } from '../helpers/test-core';
import { startTestDiscord, stopTestDiscord } from '../helpers/discord-bot';
import { DiscordServer, MANAGE_GUILD, MEMBER_PERMISSIONS, type FakeUser, type StoredMessage } from '../helpers/discord-server';

const mona: FakeUser = { id: '340000000000000009', username: 'mona', permissions: MEMBER_PERMISSIONS | MANAGE_GUILD };
const judges: FakeUser[] = [1, 2, 3].map((i) => ({ id: `34000000000000010${i}`, username: `tagger${i}` }));
const channel = '900000000000000401';

const LABELS = [
  { id: 'cat', label: 'Cat' },
  { id: 'dog', label: 'Dog' },
  { id: 'bird', label: 'Bird' },
];
const STALE = 'That button is not valid anymore. Send /task for a fresh task.';

const text = DiscordServer.textOf;
const buttons = DiscordServer.buttonsOf;
const taskOf = (m: StoredMessage): number => Number(/ · task (\d+)/.exec(text(m))![1]);
/** The value of a label in a card's select menu. */
const value = (m: StoredMessage, label: string): string => buttons(m).find((b) => b.select !== undefined && b.label === label)!.id;
const menuOf = (m: StoredMessage): string => buttons(m).find((b) => b.select !== undefined)!.select!;
const noneOf = (m: StoredMessage): string => buttons(m).find((b) => b.label === 'None apply')!.id;

describe(`discord multilabel campaign end to end on ${engine}`, () => {
  let core: TestCore;
  let dc: DiscordServer;
  let running: RunningDiscord;
  let communityId: number;

  beforeAll(async () => {
    core = await createTestCore();
    dc = await DiscordServer.start({ guilds: [{ id: '900000000000000004', name: 'Taggers', channelIds: [channel] }] });
    running = await startTestDiscord(core, dc, { adminIds: [], editIntervalMs: 100 });
    communityId = await testCommunity(core, 'discord', dc.guilds[0]!.id);
  }, 60_000);

  afterAll(async () => {
    await stopTestDiscord(running, dc, core);
  }, 60_000);

  afterEach(() => expect(dc.violations).toEqual([]));

  const memberIdOf = async (u: FakeUser): Promise<number> => (await core.identities.resolve({ platform: 'discord', platformUserId: u.id, displayName: u.username })).memberId;
  const answersOf = async (taskId: number): Promise<Record<number, string>> =>
    Object.fromEntries(((await core.ds.query(`SELECT member_id, choice FROM answer WHERE task_id = $1`, [taskId])) as { member_id: number; choice: string }[]).map((a) => [a.member_id, a.choice]));

  it('creates a multilabel campaign with /campaign new and its labels', async () => {
    const file = dc.upload('animals.csv', Buffer.from('id,text,gold\np1,a cat on a wall,\np2,a dog and a bird,dog|bird\n'));
    const reply = await dc.answered(
      dc.slash(mona, 'campaign', {
        subcommand: 'new',
        channelId: channel,
        options: { name: 'Animals', kind: 'multilabel', question: 'Which animals are in the picture?', reward: '10', budget: '1000', items: file, options: 'cat=Cat, dog=Dog, bird=Bird' },
      }),
    );
    const campaignId = Number(/^Imported 2 items \(1 of them with a known answer\) into draft campaign #(\d+)\./.exec(text(reply))![1]);
    expect(await core.campaigns.get(campaignId)).toMatchObject({ kind: 'multilabel', status: 'draft', options: LABELS });
    const gold: { gold_label: string | null }[] = await core.ds.query(`SELECT gold_label FROM task WHERE campaign_id = $1 ORDER BY item_key`, [campaignId]);
    expect(gold.map((g) => g.gold_label)).toEqual([null, 'dog|bird']);

    // One label is no set to tick: refused by the rule's words, nothing created.
    const again = dc.upload('animals.csv', Buffer.from('id,text\np1,a cat\n'));
    const refused = await dc.answered(
      dc.slash(mona, 'campaign', {
        subcommand: 'new',
        channelId: channel,
        options: { name: 'One label', kind: 'multilabel', question: 'Q?', reward: '10', budget: '1000', items: again, options: 'cat' },
      }),
    );
    expect(text(refused)).toMatch(/^That campaign definition has problems:\n- options: /);
    const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM campaign WHERE name = 'One label'`);
    expect(n).toBe(0);
  }, 30_000);

  describe('a majority campaign posted in a channel', () => {
    let campaignId: number;
    let card: StoredMessage;
    let taskId: number;

    beforeAll(async () => {
      campaignId = await campaignWithItems(
        core,
        ['a cat', 'a cat and a dog'],
        { name: 'Tags', kind: 'multilabel', question: 'Which animals are in the picture?', options: LABELS, consensusMode: 'majority', minThinkMs: 0, maxAnswersPerTask: 3 },
        { communityId },
      );
    });

    it('posts a card with a menu of many labels and None apply', async () => {
      const post = dc.slash(mona, 'campaign', { subcommand: 'post', options: { id: campaignId }, channelId: channel });
      expect(text(await dc.answered(post))).toMatch(new RegExp(`^Campaign #${campaignId} is now posted here`));
      card = await dc.waitFor('the card', () => dc.channelMessages(channel).find((m) => /Tags · task/.test(text(m))));
      taskId = taskOf(card);
      expect(text(card)).toContain('Pick every label that applies from the menu, or tap None apply.\n0/3 answers · 10 TNET per accepted answer');
      const [menuRow, noneRow] = card.components;
      expect(menuRow.components[0]).toMatchObject({ type: 3, custom_id: `m:${taskId}`, min_values: 1, max_values: 3 });
      expect(menuRow.components[0].options.map((o: { label: string }) => o.label)).toEqual(['Cat', 'Dog', 'Bird']);
      expect(noneRow.components).toEqual([expect.objectContaining({ type: 2, custom_id: `l:${taskId}:0`, label: 'None apply' })]);
    }, 30_000);

    it('refuses forged menus and buttons, and stores nothing', async () => {
      const [j] = judges;
      const forged = [
        dc.press(j!, card, menuOf(card), [`t:${taskId}:0`, `t:${taskId + 1}:1`]),
        dc.press(j!, card, menuOf(card), [`a:${taskId}:0`]),
        dc.press(j!, card, `m:0${taskId}`, [`t:${taskId}:0`]),
        dc.press(j!, card, `t:${taskId}:0`),
        dc.press(j!, card, `d:${taskId}`),
      ];
      for (const f of forged) expect(text(await dc.answered(f))).toBe(STALE);
      // A label past the campaign's three parses, and core finds it is none of them.
      expect(text(await dc.answered(dc.press(j!, card, menuOf(card), [`t:${taskId}:0`, `t:${taskId}:7`])))).toBe('That button is not valid anymore.');
      expect(text(await dc.answered(dc.press(j!, card, `l:${taskId}:8`)))).toBe('That button is not valid anymore.');
      expect(await answersOf(taskId)).toEqual({});
    }, 30_000);

    it('answers each member with the set they picked, decides the task label by label and pays by agreement', async () => {
      const [j1, j2, j3] = judges;
      const picks = [
        dc.press(j1!, card, menuOf(card), [value(card, 'Dog'), value(card, 'Cat')]),
        dc.press(j2!, card, menuOf(card), [value(card, 'Cat')]),
        dc.press(j3!, card, noneOf(card)),
      ];
      const notices = await Promise.all(picks.map((p) => dc.answered(p)));
      expect(notices.map((n) => text(n).split('\n')[0])).toEqual(['Answer recorded: Cat, Dog.', 'Answer recorded: Cat.', 'Answer recorded: none apply.']);
      for (const n of notices) expect(n.flags & 64).toBe(64);
      const [a, b, c] = await Promise.all(judges.map(memberIdOf));
      expect(await answersOf(taskId)).toEqual({ [a!]: 'cat|dog', [b!]: 'cat', [c!]: '' });
      const final = await dc.waitFor('the card with its consensus', () => {
        const m = dc.messages.get(card.id)!;
        return m.components.length === 0 && /Consensus: /.test(text(m)) && m;
      });
      // Per label: cat 2 of 3, dog 1 of 3, bird 0 of 3.
      expect(text(final)).toMatch(/Consensus: Cat · 3 answers$/);
      const ledger: { member_id: number; status: string; rule: string }[] = await core.ds.query(`SELECT member_id, status, rule FROM reward_ledger WHERE task_id = $1 ORDER BY member_id`, [taskId]);
      const byMember = Object.fromEntries(ledger.map((r) => [r.member_id, [r.status, r.rule]]));
      expect(byMember).toEqual({
        [a!]: ['withheld', 'majority.mismatch'],
        [b!]: ['pending', 'majority.match'],
        [c!]: ['withheld', 'majority.mismatch'],
      });
    }, 30_000);

    it("turns a member's own /task card into the answer when the menu is submitted", async () => {
      const [j1] = judges;
      const own = await dc.answered(dc.slash(j1!, 'task', { options: { campaign: campaignId }, channelId: channel }));
      expect(own.flags & 64).toBe(64);
      const ownTask = taskOf(own);
      expect(ownTask).not.toBe(taskId);
      expect(menuOf(own)).toBe(`m:${ownTask}`);
      const outcome = await dc.answered(dc.press(j1!, own, menuOf(own), [value(own, 'Bird'), value(own, 'Cat')]), 'the recorded answer');
      expect(outcome.id).toBe(own.id);
      expect(text(outcome)).toMatch(/^Answer recorded: Cat, Bird\.\n/);
      expect(buttons(outcome).map((x) => x.label)).toEqual(['Next task']);
      expect((await answersOf(ownTask))[await memberIdOf(j1!)]).toBe('cat|bird');
    }, 30_000);
  });
});

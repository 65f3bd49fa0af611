import type { RunningDiscord } from '../../bots/discord/start-discord';
import { startTestDiscord, stopTestDiscord } from '../helpers/discord-bot';
import { DiscordServer, MANAGE_GUILD, MEMBER_PERMISSIONS, type FakeUser, type StoredMessage } from '../helpers/discord-server';
import { submitServed } from '../helpers/serve';
import { campaignWithItems, createTestCore, engine, member, testCommunity, type TestCore } from '../helpers/test-core';

/** Mona manages the Pet lovers server (whose campaign it is); Otto is a member there; Eve manages another server. */
const mona: FakeUser = { id: '330000000000000009', username: 'mona', permissions: MEMBER_PERMISSIONS | MANAGE_GUILD };
const otto: FakeUser = { id: '330000000000000007', username: 'otto' };
const eve: FakeUser = { id: '330000000000000005', username: 'eve', permissions: MEMBER_PERMISSIONS | MANAGE_GUILD };
const text = DiscordServer.textOf;
const buttons = DiscordServer.buttonsOf;

describe(`discord appeals end to end on ${engine}`, () => {
  let core: TestCore;
  let dc: DiscordServer;
  let running: RunningDiscord;
  let tasks: number[];
  const pets = '900000000000000201';
  const others = '900000000000000202';

  beforeAll(async () => {
    core = await createTestCore();
    dc = await DiscordServer.start({
      guilds: [
        { id: pets, name: 'Pet lovers', channelIds: ['900000000000000301'] },
        { id: others, name: 'Others', channelIds: ['900000000000000302'] },
      ],
    });
    running = await startTestDiscord(core, dc, { adminIds: [] });
    const communityId = await testCommunity(core, 'discord', pets);
    await testCommunity(core, 'discord', others);
    const campaignId = await campaignWithItems(core, ['a cat', 'a tabby'], { consensusMode: 'majority' }, { communityId });
    // Otto says dog to both; two others say cat: Otto's answers are withheld as mismatches.
    const ottoId = (await core.identities.resolve({ platform: 'discord', platformUserId: otto.id, displayName: otto.username })).memberId;
    const [ann, bob] = [await member(core, 'ann'), await member(core, 'bob')];
    tasks = (await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [campaignId])).map((r: { id: number }) => r.id);
    for (const t of tasks) {
      for (const [m, choice] of [[ottoId, 'dog'], [ann, 'cat'], [bob, 'cat']] as const) {
        const r = await submitServed(core, { memberId: m, taskId: t, choice });
        if (r.outcome !== 'accepted') throw new Error(r.outcome);
      }
    }
  }, 120_000);

  afterAll(async () => {
    await stopTestDiscord(running, dc, core);
  }, 60_000);

  afterEach(() => expect(dc.violations).toEqual([]));

  const appealRows = async (taskId: number) => core.ds.query(`SELECT amount::text AS amount FROM reward_ledger WHERE task_id = $1 AND rule = 'appeal.upheld'`, [taskId]);
  /** Every message an interaction answered with: its reply, then its follow-ups, once `count` are there. */
  const all = async (id: string, count: number): Promise<StoredMessage[]> => {
    const first = await dc.answered(id);
    return dc.waitFor(`${count} messages`, () => {
      const list = [first, ...dc.followUps(id)];
      return list.length >= count && list;
    });
  };

  it('registers /appeal with the task and the reason, and /appeals for moderators', () => {
    const registered = dc.registered.get(pets)!;
    const appeal = registered.find((c) => c.name === 'appeal')!;
    expect(appeal.options.map((o: any) => [o.name, o.type, o.required ?? false])).toEqual([
      ['task', 4, true],
      ['reason', 3, true],
    ]);
    expect(appeal.options[1].max_length).toBe(300);
    const appeals = registered.find((c) => c.name === 'appeals')!;
    expect(appeals.default_member_permissions).toBe(MANAGE_GUILD.toString());
  });

  it('lets a member appeal from /stats and /appeal, and the server’s moderator uphold one and refuse the other', async () => {
    const [t1, t2] = tasks as [number, number];
    // /stats: the figures, then the appealable answers with a button each; a press says how.
    const [, offer] = await all(dc.slash(otto, 'stats'), 2);
    expect(text(offer!)).toContain(`- task ${t1}: it differs from the consensus`);
    const how = await dc.answered(dc.press(otto, offer!, buttons(offer!).find((b) => b.label === `Appeal task ${t1}`)!.id));
    expect(text(how)).toMatch(new RegExp(`^Send /appeal ${t1} followed by a short reason`));

    const appeal = (taskId: number, reason: string) => dc.answered(dc.slash(otto, 'appeal', { options: { task: taskId, reason } }));
    expect(text(await appeal(t1, 'It is a dog.'))).toBe(`Your appeal of task ${t1} is with the campaign's moderators. Their decision shows in /stats.`);
    expect(text(await appeal(t1, 'Again.'))).toBe(`You appealed task ${t1} already. Each answer can be appealed once.`);
    expect(text(await appeal(t2, 'Also a dog.'))).toMatch(/^Your appeal of task/);
    expect(text(await appeal(999_999, 'No such task.'))).toBe('You have no answer to task 999999.');

    // A member is no moderator; another server's moderator sees nothing of Pet lovers.
    expect(text(await dc.answered(dc.slash(otto, 'appeals')))).toBe('Only moderators can do that.');
    expect(text(await dc.answered(dc.slash(eve, 'appeals', { channelId: '900000000000000302' })))).toBe('No appeals are waiting.');

    const [title, ...cards] = await all(dc.slash(mona, 'appeals'), 3);
    expect(text(title!)).toBe('2 appeals are waiting; the oldest 2 follow.');
    const first = cards.find((c) => text(c).includes(`· task ${t1}`))!;
    expect(text(first)).toContain('Answers: cat 2 · dog 1');
    expect(text(first)).toContain('Their reason: It is a dog.');
    expect(text(first)).not.toMatch(/otto|ann|bob/);
    const uphold = buttons(first).find((b) => b.label === 'Uphold')!.id;

    // Eve presses the same Uphold in her own server: refused, nothing paid.
    const eveCard = await dc.answered(dc.slash(eve, 'appeals', { channelId: '900000000000000302' }));
    const forged = await dc.answered(dc.press(eve, eveCard, uphold));
    expect([text(forged), ...dc.followUps(forged.interactionId ?? '').map(text)].join('\n')).toMatch(/That appeal is not one you can decide\./);
    expect(await appealRows(t1)).toEqual([]);

    const upheld = await dc.answered(dc.press(mona, first, uphold));
    expect(text(upheld)).toMatch(new RegExp(`^Appeal #\\d+ upheld: 10 TNET paid for task ${t1}\\.$`));
    expect(await appealRows(t1)).toEqual([{ amount: (10n * 10n ** 18n).toString() }]);
    const second = cards.find((c) => text(c).includes(`· task ${t2}`))!;
    const refused = await dc.answered(dc.press(mona, second, buttons(second).find((b) => b.label === 'Refuse')!.id));
    expect(text(refused)).toMatch(/^Appeal #\d+ refused\.$/);
    expect(await appealRows(t2)).toEqual([]);

    const [figures, mine] = await all(dc.slash(otto, 'stats'), 2);
    expect(text(figures!)).toContain('because the moderators upheld your appeal');
    expect(text(mine!)).toContain(`- task ${t1}: upheld, the reward is paid`);
    expect(text(mine!)).toContain(`- task ${t2}: refused`);
  }, 60_000);
});

import type { RunningDiscord } from '../../bots/discord/start-discord';
import { campaignWithItems, createTestCore, engine, testCommunity, type TestCore } from '../helpers/test-core';
import { startTestDiscord, stopTestDiscord } from '../helpers/discord-bot';
import { DiscordServer, MANAGE_GUILD, MEMBER_PERMISSIONS, type FakeUser, type UploadedFile } from '../helpers/discord-server';

const mona: FakeUser = { id: '320000000000000009', username: 'mona', permissions: MEMBER_PERMISSIONS | MANAGE_GUILD };
const otto: FakeUser = { id: '320000000000000007', username: 'otto' };
/** A platform admin (ADMIN_DISCORD_IDS), without any server permission. */
const ada: FakeUser = { id: '320000000000000001', username: 'ada' };
/** A server the bot is not in here: another community, whose campaigns Mona does not moderate. */
const otherServer = '900000000000000999';
const text = DiscordServer.textOf;

describe(`discord /campaign new end to end on ${engine}`, () => {
  let core: TestCore;
  let dc: DiscordServer;
  let running: RunningDiscord;
  let communityId: number;

  beforeAll(async () => {
    core = await createTestCore();
    dc = await DiscordServer.start({ guilds: [{ id: '900000000000000001', name: 'Pet lovers', channelIds: ['900000000000000101'] }] });
    running = await startTestDiscord(core, dc, { adminIds: [ada.id] });
    // Mona's server is a community without an allowance yet.
    communityId = await testCommunity(core, 'discord', dc.guilds[0]!.id, 0n);
  }, 60_000);

  afterAll(async () => {
    await stopTestDiscord(running, dc, core);
  }, 60_000);

  afterEach(() => expect(dc.violations).toEqual([]));

  const campaignCount = async (): Promise<number> => (await core.ds.query(`SELECT count(*)::int AS n FROM campaign`))[0].n;
  const fetches = (file: UploadedFile) => dc.calls.filter((c) => c.method === 'GET' && c.path === new URL(file.url).pathname).length;
  const newCampaign = (user: FakeUser, items: UploadedFile, extra: Record<string, string | number> = {}) =>
    dc.slash(user, 'campaign', {
      subcommand: 'new',
      options: { name: 'Pets from Discord', kind: 'label', question: 'Which animal?', reward: '10', budget: '1000', items, options: 'cat, dog', ...extra },
    });

  it('registers /campaign new with an attachment option for the items', () => {
    const campaign = dc.registered.get(dc.guilds[0]!.id)!.find((c) => c.name === 'campaign')!;
    const sub = campaign.options.find((o: any) => o.name === 'new');
    expect(sub.options.map((o: any) => o.name)).toEqual([
      'name',
      'kind',
      'question',
      'reward',
      'budget',
      'items',
      'options',
      'answers_per_task',
      'check_question',
      'check_reward',
      'check_budget',
      'min_length',
      'max_length',
    ]);
    expect(sub.options.find((o: any) => o.name === 'items').type).toBe(11);
  });

  it("refuses /campaign new without an allowance and over it; a platform admin grants one with /community grant", async () => {
    const before = await campaignCount();
    const file = () => dc.upload('pets.csv', Buffer.from('text\na cat\n'));
    expect(text(await dc.answered(newCampaign(mona, file())))).toBe(
      'This community has no TNET allowance left for a new budget. A platform admin grants one with /community grant.',
    );
    const grant = (user: FakeUser, amount: string) => dc.slash(user, 'community', { subcommand: 'grant', options: { amount } });
    expect(text(await dc.answered(grant(otto, '1000000')))).toBe('Only moderators can do that.');
    expect(text(await dc.answered(grant(mona, '1000000')))).toBe('Only platform admins can do that.');
    expect(text(await dc.answered(grant(ada, '1000000')))).toBe(`Granted 1,000,000 TNET to community #${communityId}: 1,000,000 TNET in total, 1,000,000 TNET left.`);
    expect(text(await dc.answered(newCampaign(mona, file(), { budget: '1000001' })))).toBe("That budget is over this community's allowance: at most 1,000,000 TNET is left.");
    expect(await campaignCount()).toBe(before);
    const info = text(await dc.answered(dc.slash(mona, 'community', { subcommand: 'info' })));
    expect(info).toBe(`Community #${communityId} discord ${dc.guilds[0]!.id} "discord ${dc.guilds[0]!.id}" · allowance 1,000,000 TNET, 0 TNET reserved, 1,000,000 TNET left`);
  }, 30_000);

  it('creates a draft from the options and imports the attached CSV, downloaded from its url', async () => {
    const csv = 'id,text,gold\np1,a small cat,\np2,"a big, loud dog",\np3,known one,dog\n';
    const file = dc.upload('pets.csv', Buffer.from(csv), { contentType: 'text/csv' });
    const reply = await dc.answered(newCampaign(mona, file, { answers_per_task: 2 }));
    expect(reply.flags & 64).toBe(64);
    const id = Number(/^Imported 3 items \(1 of them with a known answer\) into draft campaign #(\d+)\. Start it with \/campaign activate \1\.$/.exec(text(reply))![1]);
    expect(fetches(file)).toBe(1);
    const draft = await core.campaigns.get(id);
    expect(draft).toMatchObject({ name: 'Pets from Discord', status: 'draft', answersPerTask: 2 });
    expect(draft.options).toEqual([{ id: 'cat', label: 'cat' }, { id: 'dog', label: 'dog' }]);
    expect(draft.budget).toBe(1000n * 10n ** 18n);
    const tasks: { item_key: string; payload: { text: string } }[] = await core.ds.query(`SELECT item_key, payload FROM task WHERE campaign_id = $1 ORDER BY id`, [id]);
    expect(tasks.map((t) => [t.item_key, t.payload.text])).toEqual([['p1', 'a small cat'], ['p2', 'a big, loud dog'], ['p3', 'known one']]);
    const creator = await core.identities.resolve({ platform: 'discord', platformUserId: mona.id, displayName: mona.username });
    expect(draft.createdBy).toBe(creator.memberId);
    // The server's community owns it, its budget reserved from the allowance, audited.
    expect(draft.communityId).toBe(communityId);
    expect((await core.communities.get(communityId)).reserved).toBe(1000n * 10n ** 18n);
    const [line] = (await core.audit.list({ communityId })).filter((l) => l.subject === `campaign:${id}`);
    expect(line).toMatchObject({ actor: `discord:${mona.id}`, action: 'campaign.create', details: { budget: (1000n * 10n ** 18n).toString() } });

    // JSON lines too.
    const jsonl = dc.upload('more.jsonl', Buffer.from('{"text":"one"}\n{"text":"two"}\n'));
    expect(text(await dc.answered(newCampaign(mona, jsonl)))).toMatch(/^Imported 2 items into draft campaign #\d+\./);
  }, 30_000);

  it('refuses a CSV with bad rows by line, and leaves nothing behind', async () => {
    const before = await campaignCount();
    const file = dc.upload('broken.csv', Buffer.from('id,text\nq1,fine\nq2,\nq1,again\n'));
    const refused = text(await dc.answered(newCampaign(mona, file, { name: 'Broken upload' })));
    expect(refused).toContain('Nothing was imported: 2 bad rows.');
    expect(refused).toContain('- line 3: the item has no content');
    expect(refused).toMatch(/- line 4: duplicate id "q1"/);
    expect(await campaignCount()).toBe(before);
    const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM task t JOIN campaign c ON c.id = t.campaign_id WHERE c.name = 'Broken upload'`);
    expect(n).toBe(0);
  }, 30_000);

  it('refuses a file over 20 MB by its announced size without downloading it, a broken or unknown file, and a bad definition', async () => {
    const before = await campaignCount();
    const huge = dc.upload('huge.csv', Buffer.from('id,text\n'), { announcedSize: 25 * 1024 * 1024 });
    expect(text(await dc.answered(newCampaign(mona, huge)))).toBe('That file is 25.0 MB; the items may be 20 MB at most. Nothing was created.');
    expect(fetches(huge)).toBe(0);

    const broken = dc.upload('gone.csv', Buffer.from('id,text\na,b\n'), { broken: true });
    expect(text(await dc.answered(newCampaign(mona, broken)))).toBe('The attached file could not be read. Attach it again. Nothing was created.');
    expect(fetches(broken)).toBe(1);

    const txt = dc.upload('items.txt', Buffer.from('hello'));
    expect(text(await dc.answered(newCampaign(mona, txt)))).toBe('The items must be a .csv, .jsonl or .zip file; items.txt is none of them. Nothing was created.');

    const file = dc.upload('pets.csv', Buffer.from('text\na cat\n'));
    const bad = text(await dc.answered(newCampaign(mona, file, { options: 'cat' })));
    expect(bad).toMatch(/options/);
    expect(fetches(file)).toBe(0);
    expect(await campaignCount()).toBe(before);
  }, 30_000);

  it('refuses /campaign new from a member without Manage Server', async () => {
    const before = await campaignCount();
    const file = dc.upload('pets.csv', Buffer.from('text\na cat\n'));
    expect(text(await dc.answered(newCampaign(otto, file)))).toBe('Only moderators can do that.');
    expect(fetches(file)).toBe(0);
    expect(await campaignCount()).toBe(before);
  }, 30_000);
  it("gives another server's moderator the unknown-id reply for every moderator command on another community's campaign, and changes nothing", async () => {
    const other = await testCommunity(core, 'discord', otherServer);
    const active = await campaignWithItems(core, ['one', 'two'], {}, { communityId: other });
    const draft = (await core.campaigns.create({ name: 'Draft', kind: 'label', question: 'Q?', options: ['a', 'b'], reward: '1', budget: '10' }, null, { communityId: other })).id;
    const platform = await campaignWithItems(core, ['three']);
    const snapshot = async () => ({
      campaigns: await core.ds.query(`SELECT c.id, c.status, c.chat_ids, b.budget::text AS budget FROM campaign c JOIN campaign_budget b ON b.campaign_id = c.id ORDER BY c.id`),
      communities: await core.ds.query(`SELECT id, allowance::text AS allowance, reserved::text AS reserved FROM community ORDER BY id`),
      audit: await core.ds.query(`SELECT id FROM audit_log ORDER BY id`),
    });
    const before = await snapshot();
    const run = (subcommand: string, id: number) => dc.answered(dc.slash(mona, 'campaign', { subcommand, options: { id } }));
    expect(text(await run('pause', 999999))).toBe('There is no campaign #999999.');
    for (const [sub, id] of [['pause', active], ['resume', active], ['close', active], ['activate', draft], ['post', active], ['export', active], ['pause', platform], ['export', platform]] as const) {
      expect(text(await run(sub, id))).toBe(`There is no campaign #${id}.`);
    }
    // Her list shows her own community's campaigns, none of the other's.
    const list = text(await dc.answered(dc.slash(mona, 'campaign', { subcommand: 'list' })));
    expect(list).not.toMatch(new RegExp(`#(${active}|${draft}|${platform}) `));
    // Stats stay public, but not a draft's: that is its moderators' alone.
    expect(text(await run('stats', active))).toMatch(new RegExp(`^Campaign #${active} · Pets \\[active\\]`));
    expect(text(await run('stats', draft))).toBe(`There is no campaign #${draft}.`);
    expect(await snapshot()).toEqual(before);
    expect(dc.channelMessages(dc.guilds[0]!.channelIds[0]!)).toEqual([]);
    // A platform admin runs any of them, audited.
    expect(text(await dc.answered(dc.slash(ada, 'campaign', { subcommand: 'pause', options: { id: active } })))).toBe(`Campaign #${active} is now paused.`);
    expect((await core.audit.list({ communityId: other })).at(-1)).toMatchObject({ actor: `discord:${ada.id}`, action: 'campaign.pause', subject: `campaign:${active}` });
  }, 60_000);
});

import { createDiscordBot } from '../../bots/discord/create-discord-bot';
import { startDiscord, type RunningDiscord } from '../../bots/discord/start-discord';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';
import { DiscordServer, MANAGE_GUILD, MEMBER_PERMISSIONS, type FakeUser, type UploadedFile } from '../helpers/discord-server';

const mona: FakeUser = { id: '320000000000000009', username: 'mona', permissions: MEMBER_PERMISSIONS | MANAGE_GUILD };
const otto: FakeUser = { id: '320000000000000007', username: 'otto' };
const text = DiscordServer.textOf;

describe(`discord /campaign new end to end on ${engine}`, () => {
  let core: TestCore;
  let dc: DiscordServer;
  let running: RunningDiscord;

  beforeAll(async () => {
    core = await createTestCore();
    dc = await DiscordServer.start({ guilds: [{ id: '900000000000000001', name: 'Pet lovers', channelIds: ['900000000000000101'] }] });
    const bot = createDiscordBot(core, { apiBase: dc.apiBase, adminIds: [] });
    running = await startDiscord(bot, dc.startOptions(core.logger));
  }, 60_000);

  afterAll(async () => {
    await running?.stop();
    await dc?.stop();
    await core?.cleanup();
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
    expect(sub.options.map((o: any) => o.name)).toEqual(['name', 'kind', 'question', 'reward', 'budget', 'items', 'options', 'answers_per_task']);
    expect(sub.options.find((o: any) => o.name === 'items').type).toBe(11);
  });

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
    expect(text(await dc.answered(newCampaign(mona, txt)))).toBe('The items must be a .csv or .jsonl file; items.txt is neither. Nothing was created.');

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
});

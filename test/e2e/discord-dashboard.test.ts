import type { RunningDiscord } from '../../bots/discord/start-discord';
import { createTestCore, engine, testCommunity, type TestCore } from '../helpers/test-core';
import { startTestDiscord, stopTestDiscord } from '../helpers/discord-bot';
import { DiscordServer, MANAGE_GUILD, MEMBER_PERMISSIONS, type FakeUser } from '../helpers/discord-server';

const mona: FakeUser = { id: '320000000000000019', username: 'mona', permissions: MEMBER_PERMISSIONS | MANAGE_GUILD };
const otto: FakeUser = { id: '320000000000000017', username: 'otto' };
const text = DiscordServer.textOf;

describe(`discord /dashboard end to end on ${engine}`, () => {
  let core: TestCore;
  let dc: DiscordServer;
  let running: RunningDiscord;

  beforeAll(async () => {
    core = await createTestCore({ PUBLIC_URL: 'https://tnet.example' });
    dc = await DiscordServer.start({ guilds: [{ id: '900000000000000001', name: 'Pet lovers', channelIds: ['900000000000000101'] }] });
    running = await startTestDiscord(core, dc, { adminIds: [] });
    await testCommunity(core, 'discord', dc.guilds[0]!.id, 0n);
  }, 60_000);

  afterAll(async () => {
    await stopTestDiscord(running, dc, core);
  }, 60_000);

  afterEach(() => expect(dc.violations).toEqual([]));

  it('registers /dashboard for servers, for those who manage them by default', () => {
    const def = dc.registered.get(dc.guilds[0]!.id)!.find((c) => c.name === 'dashboard')!;
    expect(def.contexts).toEqual([0]);
    expect(def.default_member_permissions).toBe(String(MANAGE_GUILD));
  });

  it("answers a server manager with a one-time link only they see, and refuses a member", async () => {
    const reply = await dc.answered(dc.slash(mona, 'dashboard'));
    expect(reply.flags & 64).toBe(64);
    expect(text(reply)).toMatch(/^Your moderator dashboard for discord 900000000000000001:\nhttps:\/\/tnet\.example\/dashboard\/login\?token=[A-Za-z0-9_-]{43}\nThe link works once, for 10 minutes\. Do not share it\.$/);
    const refused = await dc.answered(dc.slash(otto, 'dashboard'));
    expect(text(refused)).toBe('Only moderators can do that.');
    const links: { n: number }[] = await core.ds.query(`SELECT count(*)::int AS n FROM dashboard_link`);
    expect(links[0]!.n).toBe(1);
  }, 30_000);
});

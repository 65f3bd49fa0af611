import { createLogger } from '../../core';
import { EXPENSIVE_COMMANDS } from '../../bots/common/rate-limit';
import type { RunningDiscord } from '../../bots/discord/start-discord';
import { campaignWithItems, createTestCore, engine, testCommunity, type TestCore } from '../helpers/test-core';
import { startTestDiscord, stopTestDiscord } from '../helpers/discord-bot';
import { DiscordServer, MANAGE_GUILD, MEMBER_PERMISSIONS, type FakeUser } from '../helpers/discord-server';

const eager: FakeUser = { id: '320000000000000001', username: 'eager', permissions: MEMBER_PERMISSIONS | MANAGE_GUILD };
const calm: FakeUser = { id: '320000000000000002', username: 'calm', permissions: MEMBER_PERMISSIONS | MANAGE_GUILD };
const channel = '920000000000000101';
const text = DiscordServer.textOf;

describe(`expensive commands are rate limited per member, on Discord and ${engine}`, () => {
  let core: TestCore;
  let dc: DiscordServer;
  let running: RunningDiscord;

  beforeAll(async () => {
    core = await createTestCore({}, { logger: createLogger({ level: 'warn', write: () => undefined }) });
    dc = await DiscordServer.start({ guilds: [{ id: '920000000000000001', name: 'Limits', channelIds: [channel], roleIds: [] }] });
    running = await startTestDiscord(core, dc, { adminIds: [], moderatorRoleIds: [], editIntervalMs: 100 });
  }, 60_000);

  afterAll(async () => {
    await stopTestDiscord(running, dc, core);
  }, 60_000);

  afterEach(() => {
    expect(dc.violations).toEqual([]);
  });

  it('draws the chart and exports a few times, then answers in one short ephemeral line, while another member still gets them', async () => {
    // The server is a community and the campaign its own, so its Manage Server members moderate it.
    const communityId = await testCommunity(core, 'discord', dc.guilds[0]!.id);
    const id = await campaignWithItems(core, ['a robin', 'a crow'], {}, { communityId });
    const ask = (user: FakeUser, subcommand: 'stats' | 'export') => dc.answered(dc.slash(user, 'campaign', { subcommand, options: { id }, channelId: channel }));
    // The chart and exports count together.
    for (let i = 0; i < EXPENSIVE_COMMANDS.max; i++) {
      const reply = await ask(eager, i % 2 === 0 ? 'stats' : 'export');
      expect(text(reply)).toMatch(/^Campaign #/);
      expect(reply.attachments).toHaveLength(1);
    }
    for (const sub of ['stats', 'export'] as const) {
      const refused = await ask(eager, sub);
      expect(text(refused)).toMatch(/^That takes a while to prepare, and you asked for it often just now\. Try again in \d+ (seconds|minutes)\.$/);
      expect(refused.attachments).toEqual([]);
      expect(refused.flags & 64).toBe(64);
    }
    expect((await ask(calm, 'stats')).attachments.map((a) => a.filename)).toEqual([`campaign-${id}-stats.png`]);
  }, 60_000);
});

import type { RunningDiscord } from '../../bots/discord/start-discord';
import { campaignWithItems, createTestCore, engine, testCommunity, type TestCore } from '../helpers/test-core';
import { startTestDiscord, stopTestDiscord } from '../helpers/discord-bot';
import { DiscordServer, type FakeUser } from '../helpers/discord-server';

const mia: FakeUser = { id: '330000000000000001', username: 'mia' };
const text = DiscordServer.textOf;

describe(`discord /task per community end to end on ${engine}`, () => {
  let core: TestCore;
  let dc: DiscordServer;
  let running: RunningDiscord;
  /** Y's campaign comes first, so an unscoped /task would serve it. */
  let ofY: number;
  let ofX: number;

  beforeAll(async () => {
    core = await createTestCore();
    dc = await DiscordServer.start({
      guilds: [
        { id: '930000000000000001', name: 'X labelers', channelIds: ['930000000000000101'] },
        { id: '930000000000000002', name: 'Y labelers', channelIds: ['930000000000000201'] },
      ],
    });
    running = await startTestDiscord(core, dc, { adminIds: [] });
    const x = await testCommunity(core, 'discord', dc.guilds[0]!.id);
    const y = await testCommunity(core, 'discord', dc.guilds[1]!.id);
    ofY = await campaignWithItems(core, ['a', 'b'], { name: 'Ys pets' }, { communityId: y });
    ofX = await campaignWithItems(core, ['a', 'b'], { name: 'Xs pets' }, { communityId: x });
  }, 60_000);

  afterAll(async () => {
    await stopTestDiscord(running, dc, core);
  }, 60_000);

  afterEach(() => expect(dc.violations).toEqual([]));

  const inX = { channelId: '930000000000000101' };

  it("serves /task in community X's server X's campaign, never Y's", async () => {
    expect(text(await dc.answered(dc.slash(mia, 'task', inX)))).toMatch(new RegExp(`^Campaign #${ofX} · Xs pets`));
    expect(text(await dc.answered(dc.slash(mia, 'task', { ...inX, options: { campaign: ofY } })))).toBe(`Campaign #${ofY} is not taking answers right now.`);
  }, 30_000);

  it("serves Y's campaign in a DM with the bot", async () => {
    expect(text(await dc.answered(dc.slash(mia, 'task', { dm: true })))).toMatch(new RegExp(`^Campaign #${ofY} · Ys pets`));
  }, 30_000);
});

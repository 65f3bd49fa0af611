import { RESTEvents, Routes, type RateLimitData } from 'discord.js';
import { createDiscordBot, type DiscordBot } from '../../bots/discord/create-discord-bot';
import { startDiscord, type RunningDiscord } from '../../bots/discord/start-discord';
import { activeCampaign, createTestCore, engine, type TestCore } from '../helpers/test-core';
import { stopTestDiscord } from '../helpers/discord-bot';
import { DiscordServer, type FakeUser, type RecordedCall } from '../helpers/discord-server';

const buttons = DiscordServer.buttonsOf;
const burst: FakeUser[] = Array.from({ length: 10 }, (_, i) => ({ id: (340000000000000100n + BigInt(i)).toString(), username: `burst${i}` }));
const alice: FakeUser = { id: '340000000000000001', username: 'alice' };

/** A recorded call as "METHOD what status": the callback with its type, or the webhook target. */
const shape = (c: RecordedCall): string =>
  c.path.endsWith('/callback') ? `POST callback ${c.body?.type} ${c.status}` : `${c.method} ${c.path.endsWith('/@original') ? '@original' : 'webhook'} ${c.status}`;

/**
 * The bot's REST split: interaction callbacks and interaction-token webhooks are not held to
 * the bot's global limit (Discord exempts them), channel messages are. The ordinary global
 * limit is set to 1 a second here, so any request it holds shows as a rateLimited event.
 */
describe(`discord REST limits end to end on ${engine}`, () => {
  let core: TestCore;
  let dc: DiscordServer;
  let bot: DiscordBot;
  let running: RunningDiscord;
  let campaignId: number;
  const limited: RateLimitData[] = [];

  beforeAll(async () => {
    core = await createTestCore();
    dc = await DiscordServer.start();
    bot = createDiscordBot(core, { apiBase: dc.apiBase, adminIds: [], restGlobalPerSecond: 1 });
    bot.client.rest.on(RESTEvents.RateLimited, (d) => limited.push(d));
    running = await startDiscord(bot, dc.startOptions(core.logger));
    campaignId = await activeCampaign(core, { items: 40 });
  }, 60_000);

  afterAll(async () => {
    await stopTestDiscord(running, dc, core);
  }, 60_000);

  afterEach(() => {
    expect(dc.violations).toEqual([]);
  });

  it('answers a burst of members in full while channel messages keep to the global limit of 1 a second', async () => {
    limited.length = 0;
    const channel = dc.guilds[0]!.channelIds[1]!;
    const notices = [1, 2, 3].map((n) => bot.client.rest.post(Routes.channelMessages(channel), { body: { content: `notice ${n}` } }));
    const tasks = burst.map((u) => dc.slash(u, 'task', { options: { campaign: campaignId } }));
    const cards = await Promise.all(tasks.map((id) => dc.answered(id, 'the task card')));
    const taps = cards.map((card, n) => dc.press(burst[n]!, card, buttons(card)[0]!.id));
    await Promise.all(taps.map((id) => dc.answered(id, 'the recorded answer')));
    const modal = dc.slash(burst[0]!, 'verify');
    await dc.modalOf(modal);
    await Promise.all(notices);

    // Every member got the deferral and the answer (deferReply + editReply, deferUpdate + editReply), and the modal opened.
    for (const id of tasks) expect(dc.callsOf(id).map(shape)).toEqual(['POST callback 5 204', 'PATCH @original 200']);
    for (const id of taps) expect(dc.callsOf(id).map(shape)).toEqual(['POST callback 6 204', 'PATCH @original 200']);
    expect(dc.callsOf(modal).map(shape)).toEqual(['POST callback 9 204']);
    // The channel messages all arrived, in order, but only after waiting for the global limit;
    // no interaction call ever waited for it.
    expect(dc.channelMessages(channel).map((m) => m.content)).toEqual(['notice 1', 'notice 2', 'notice 3']);
    expect(new Set(limited.filter((d) => d.global).map((d) => d.route))).toEqual(new Set(['/channels/:id/messages']));
  });

  it("waits out a 429 on an interaction's callback and a global 429 on its edit, and the member still gets the answer", async () => {
    dc.rateLimitNext(/^POST \/interactions\/\d+\/[^/]+\/callback$/, 0.2);
    dc.rateLimitNext(/^PATCH \/webhooks\/\d+\/[^/]+\/messages\/@original$/, 0.3, { global: true });
    const id = dc.slash(alice, 'task', { options: { campaign: campaignId } });
    const card = await dc.answered(id, 'the task card');
    expect(buttons(card).map((b) => b.label)).toEqual(['cat', 'dog', 'bird']);
    expect(dc.callsOf(id).map(shape)).toEqual(['POST callback 5 429', 'POST callback 5 204', 'PATCH @original 429', 'PATCH @original 200']);
  });
});

import { Events } from 'discord.js';
import { createDiscordBot, type DiscordBot } from '../../bots/discord/create-discord-bot';
import { discordShardOptions } from '../../bots/discord/shard-options';
import { startDiscord, type RunningDiscord } from '../../bots/discord/start-discord';
import { activeCampaign, createTestCore, engine, type TestCore } from '../helpers/test-core';
import { DiscordServer, type FakeUser } from '../helpers/discord-server';

/** Two servers on different shards of two: (id >> 22) % 2 is 0 for the first, 1 for the second. */
const EVEN = { id: '910000000000000001', name: 'Shard zero', channelIds: ['910000000000000101'] };
const ODD = { id: '900000000000000001', name: 'Shard one', channelIds: ['900000000000000101'] };
const nina: FakeUser = { id: '330000000000000001', username: 'nina' };

/**
 * Discord sharded over two bot replicas (two discord.js clients, DISCORD_SHARD_COUNT=2 with
 * DISCORD_SHARDS=0 and =1) on one database: each identifies with its shard, gets its own
 * servers, answers the interactions Discord routes to it, and only shard 0 registers the
 * commands. Without a count, one client runs Discord's recommended shards itself.
 */
describe(`discord sharded over two replicas on ${engine}`, () => {
  let core: TestCore;
  let dc: DiscordServer;
  const running: RunningDiscord[] = [];

  beforeAll(async () => {
    core = await createTestCore();
    expect([DiscordServer.shardOf(EVEN.id, 2), DiscordServer.shardOf(ODD.id, 2)]).toEqual([0, 1]);
  });
  afterEach(async () => {
    while (running.length > 0) await running.pop()!.stop();
    await dc?.stop();
  });
  afterAll(async () => {
    await core?.cleanup();
  });

  /** A replica's bot running `shards`, counting the interactions it receives. */
  async function replica(client: ReturnType<typeof discordShardOptions>): Promise<{ bot: DiscordBot; seen: string[] }> {
    const bot = createDiscordBot(core, { apiBase: dc.apiBase, adminIds: [], client });
    const seen: string[] = [];
    bot.client.on(Events.InteractionCreate, (i) => void seen.push(i.guildId ?? 'dm'));
    running.push(await startDiscord(bot, { ...dc.startOptions(core.logger), guildIds: [EVEN.id, ODD.id] }));
    return { bot, seen };
  }

  it('splits the servers and their interactions between the replicas by shard', async () => {
    dc = await DiscordServer.start({ guilds: [EVEN, ODD], recommendedShards: 2 });
    const registered = () => dc.calls.filter((c) => c.method === 'PUT' && c.path.endsWith('/commands')).length;
    const zero = await replica(discordShardOptions(2, [0]));
    const commandPuts = registered();
    const one = await replica(discordShardOptions(2, [1]));
    // Shard 0's replica registers (one PUT per server); shard 1's registers nothing.
    expect(commandPuts).toBe(2);
    expect(registered()).toBe(commandPuts);
    expect(dc.identifies.map((i) => i.shard)).toEqual([[0, 2], [1, 2]]);
    expect([...zero.bot.client.guilds.cache.keys()]).toEqual([EVEN.id]);
    expect([...one.bot.client.guilds.cache.keys()]).toEqual([ODD.id]);

    const campaignId = await activeCampaign(core, { items: 4, def: { minThinkMs: 0 } });
    for (const g of [EVEN, ODD]) {
      const card = await dc.answered(dc.slash(nina, 'task', { options: { campaign: campaignId }, channelId: g.channelIds[0] }));
      expect(DiscordServer.textOf(card)).toMatch(new RegExp(`^Campaign #${campaignId} · `));
    }
    // A direct message goes to shard 0.
    await dc.answered(dc.slash(nina, 'balance', { dm: true }));
    expect({ zero: zero.seen, one: one.seen }).toEqual({ zero: [EVEN.id, 'dm'], one: [ODD.id] });
    expect(dc.violations).toEqual([]);
  }, 60_000);

  it('runs Discord\'s recommended shard count in one process without DISCORD_SHARD_COUNT', async () => {
    dc = await DiscordServer.start({ guilds: [EVEN, ODD], recommendedShards: 2 });
    const all = await replica(discordShardOptions(undefined, undefined));
    expect(dc.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
    expect([...all.bot.client.guilds.cache.keys()].sort()).toEqual([ODD.id, EVEN.id].sort());
    await dc.answered(dc.slash(nina, 'balance', { channelId: ODD.channelIds[0] }));
    expect(all.seen).toEqual([ODD.id]);
  }, 60_000);
});

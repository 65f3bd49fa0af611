import type { RunningDiscord } from '../../bots/discord/start-discord';
import { campaignWithItems, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { startTestDiscord, stopTestDiscord } from '../helpers/discord-bot';
import { DiscordServer, type FakeUser, type StoredMessage } from '../helpers/discord-server';
import { submitServed } from '../helpers/serve';

const alice: FakeUser = { id: '320000000000000001', username: 'alice' };
const mallory: FakeUser = { id: '320000000000000002', username: 'mallory' };
const channel = '920000000000000101';
const USAGE = 'Usage: /why (your latest answer), /why <task number>, or /why batch <batch id or its first digits>.';

const text = DiscordServer.textOf;
const buttons = DiscordServer.buttonsOf;
const taskOf = (m: StoredMessage): number => Number(/ · task (\d+)/.exec(text(m))![1]);

/** /why through discord.js and the Discord emulator: a slash command with options, answered ephemerally. */
describe(`/why through Discord on ${engine}`, () => {
  let core: TestCore;
  let dc: DiscordServer;
  let running: RunningDiscord;
  let taskId: number;

  beforeAll(async () => {
    core = await createTestCore();
    dc = await DiscordServer.start({ guilds: [{ id: '920000000000000001', name: 'Why guild', channelIds: [channel] }] });
    running = await startTestDiscord(core, dc, { adminIds: [], moderatorRoleIds: [], editIntervalMs: 100 });
    const campaignId = await campaignWithItems(core, ['a striped cat'], { minThinkMs: 0 });
    const card = await dc.answered(dc.slash(alice, 'task', { options: { campaign: campaignId }, channelId: channel }));
    taskId = taskOf(card);
    // Alice answers dog; three others say cat: the task is decided cat and withholds hers.
    await dc.answered(dc.press(alice, card, buttons(card)[1]!.id), 'the recorded answer');
    for (const name of ['dwhy-bob', 'dwhy-carol', 'dwhy-dan']) await submitServed(core, { memberId: await member(core, name), taskId, choice: 'cat' });
  }, 60_000);

  afterAll(async () => {
    await stopTestDiscord(running, dc, core);
  }, 60_000);

  afterEach(() => {
    expect(dc.violations).toEqual([]);
  });

  const ack = (interactionId: string) => dc.callsOf(interactionId).find((c) => c.path.endsWith('/callback'))!;

  /** Runs /why with `options` in the guild channel; resolves with the reply, checked to be ephemeral. */
  async function why(user: FakeUser, options: Record<string, string | number> = {}): Promise<string> {
    const before = dc.channelMessages(channel).filter((m) => (m.flags & 64) === 0).length;
    const id = dc.slash(user, 'why', { options, channelId: channel });
    const reply = await dc.answered(id);
    expect(ack(id).body).toEqual({ type: 5, data: { flags: 64 } });
    expect(reply.flags & 64).toBe(64);
    // Nothing public was posted in the channel.
    expect(dc.channelMessages(channel).filter((m) => (m.flags & 64) === 0)).toHaveLength(before);
    return text(reply);
  }

  it('registers /why with its task and batch options, localized', () => {
    const command = dc.registered.get(dc.guilds[0]!.id)!.find((c) => c.name === 'why')!;
    expect(command.options.map((o: { name: string; type: number; required?: boolean }) => [o.name, o.type, o.required ?? false])).toEqual([
      ['task', 4, false],
      ['batch', 3, false],
    ]);
    expect(command.description_localizations.ru).toBe('Почему ваш ответ оплачен или нет, и в каком пакете он выпущен');
  });

  it("traces the member's withheld answer only to them: votes counted, consensus, rule", async () => {
    const latest = await why(alice);
    expect(latest).toContain(`Why: task #${taskId} · campaign #`);
    expect(latest).toContain('Your answer: dog (');
    expect(latest).toContain('Votes counted: cat 3 · dog 1 · bird 0');
    expect(latest).toContain('Not paid because it differs from the consensus');
    expect(latest).toContain('Net for this answer: 0 TNET');
    expect(latest).not.toMatch(/dwhy-/);
    expect(await why(alice, { task: taskId })).toBe(latest);
  }, 30_000);

  it("refuses another member's task, a forged id and mixed options, with a short message", async () => {
    expect(await why(mallory, { task: taskId })).toBe(`You have no answer on task #${taskId}. /why shows only your own answers.`);
    expect(await why(mallory, { task: 2_147_483_647 })).toBe('You have no answer on task #2147483647. /why shows only your own answers.');
    expect(await why(mallory)).toBe('You have not answered any task yet. Send /task to get one.');
    expect(await why(alice, { task: taskId, batch: 'abcd' })).toBe(USAGE);
    expect(await why(alice, { batch: "0x'; --" })).toBe(USAGE);
    expect(await why(alice, { batch: 'ABCDEF' })).toBe('None of your rewards is in a mint batch whose id starts with 0xabcdef.');
  }, 30_000);
});

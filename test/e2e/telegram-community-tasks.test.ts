import { Readable } from 'node:stream';
import { createLogger, type Core } from '../../core';
import type { RunningTelegram } from '../../bots/telegram/start-telegram';
import { createTestCore, engine, testCommunity, type TestCore } from '../helpers/test-core';
import { startTestBot, stopTestBot } from '../helpers/telegram-bot';
import { TelegramEmulator, type BotMessage, type FakeChat } from '../helpers/telegram-emulator';

const miner = { id: 4101, firstName: 'Mia' };
const groupX: FakeChat = { id: -7001, type: 'group', title: 'X labelers' };
const groupY: FakeChat = { id: -7002, type: 'group', title: 'Y labelers' };
const unregistered: FakeChat = { id: -7003, type: 'supergroup', title: 'Nobody' };

async function campaignIn(core: Core, name: string, communityId: number | null): Promise<number> {
  const c = await core.campaigns.create({ name, kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog'], reward: '1', budget: '100', answersPerTask: 3 }, null, { communityId });
  await core.campaigns.importItems(c.id, Readable.from(['id,text\nx1,one\nx2,two\n']), 'csv');
  await core.campaigns.transition(c.id, 'activate');
  return c.id;
}

describe(`telegram /task per community end to end on ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;
  /** Campaign ids; Y's comes first, so an unscoped /task would serve it. */
  let ofY: number;
  let ofX: number;
  let platform: number;

  beforeAll(async () => {
    core = await createTestCore({}, { logger: createLogger({ level: 'warn', write: (l) => (process.env.TG_DEBUG ? process.stderr.write(l + '\n') : undefined) }) });
    tg = await TelegramEmulator.start('654321:TEST-token-for-community-tasks-1');
    running = await startTestBot(core, tg, { adminIds: [], editIntervalMs: 100 });
    const x = await testCommunity(core, 'telegram', String(groupX.id));
    const y = await testCommunity(core, 'telegram', String(groupY.id));
    ofY = await campaignIn(core, 'Ys pets', y);
    ofX = await campaignIn(core, 'Xs pets', x);
    platform = await campaignIn(core, 'Everyones pets', null);
    // The member has started the bot: private messages reach them.
    await tg.send(miner, '/start');
    await tg.waitFor('the welcome', () => tg.botMessages(miner.id).find((m) => m.text.startsWith('Welcome')));
  }, 60_000);

  afterAll(async () => {
    await stopTestBot(running, tg, core);
  }, 60_000);

  const campaignOf = (card: BotMessage): number => Number(/^Campaign #(\d+)/.exec(card.text)?.[1]);

  /** /task (args) said in a group: what the group and the member's private chat got. */
  async function taskIn(chat: FakeChat, text: string): Promise<{ group: string[]; private: BotMessage[] }> {
    const g = tg.lastMessageId(chat.id);
    const p = tg.lastMessageId(miner.id);
    await tg.send(miner, text, chat);
    await tg.waitFor('the group line', () => tg.botMessages(chat.id).find((m) => m.messageId > g));
    return { group: tg.botMessages(chat.id).filter((m) => m.messageId > g).map((m) => m.text), private: tg.botMessages(miner.id).filter((m) => m.messageId > p) };
  }

  it("serves /task in community X's group only X's campaigns, in private, never Y's", async () => {
    const got = await taskIn(groupX, '/task');
    expect(got.group).toEqual(['I sent you a private message.']);
    expect(got.private).toHaveLength(1);
    expect(campaignOf(got.private[0]!)).toBe(ofX);
    const served: { campaign_id: number }[] = await core.ds.query(
      `SELECT DISTINCT t.campaign_id FROM task_serve s JOIN task t ON t.id = s.task_id JOIN identity i ON i.member_id = s.member_id
       WHERE i.platform = 'telegram' AND i.platform_user_id = $1`,
      [String(miner.id)],
    );
    expect(served.map((r) => r.campaign_id)).toEqual([ofX]);
  }, 30_000);

  it("answers /task <Y's campaign> in X's group as a campaign that takes no answers", async () => {
    const got = await taskIn(groupX, `/task ${ofY}`);
    expect(got.private.map((m) => m.text)).toEqual([`Campaign #${ofY} is not taking answers right now.`]);
    expect(got.group).toEqual(['I sent you a private message.']);
    const again = await taskIn(groupX, `/task ${platform}`);
    expect(campaignOf(again.private[0]!)).toBe(platform);
  }, 30_000);

  it('serves an unregistered group platform campaigns only', async () => {
    const got = await taskIn(unregistered, '/task');
    expect(campaignOf(got.private[0]!)).toBe(platform);
    const other = await taskIn(unregistered, `/task ${ofX}`);
    expect(other.private.map((m) => m.text)).toEqual([`Campaign #${ofX} is not taking answers right now.`]);
  }, 30_000);

  it("serves Y's campaign in private with the bot", async () => {
    const mark = tg.lastMessageId(miner.id);
    await tg.send(miner, '/task');
    const card = await tg.waitFor('a task card', () => tg.botMessages(miner.id).find((m) => m.messageId > mark));
    expect(campaignOf(card)).toBe(ofY);
  }, 30_000);
});

import { createLogger } from '../../core';
import { EXPENSIVE_COMMANDS } from '../../bots/common/rate-limit';
import type { RunningTelegram } from '../../bots/telegram/start-telegram';
import { campaignWithItems, createTestCore, engine, type TestCore } from '../helpers/test-core';
import { startTestBot, stopTestBot } from '../helpers/telegram-bot';
import { TelegramEmulator, type BotMessage } from '../helpers/telegram-emulator';

const eager = { id: 411, firstName: 'Eager' };
const calm = { id: 412, firstName: 'Calm' };

describe(`expensive commands are rate limited per member, on Telegram and ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;

  beforeAll(async () => {
    core = await createTestCore({}, { logger: createLogger({ level: 'warn', write: () => undefined }) });
    tg = await TelegramEmulator.start('654321:TEST-token-for-rate-limit-tests-07');
    running = await startTestBot(core, tg, { adminIds: [], editIntervalMs: 100 });
  }, 60_000);

  afterAll(async () => {
    await stopTestBot(running, tg, core);
  }, 60_000);

  const nextText = (chatId: number, after: number): Promise<BotMessage> =>
    tg.waitFor(`a text message in chat ${chatId}`, () => tg.botMessages(chatId).find((m) => m.messageId > after && m.text !== ''));
  /** Asks for the stats chart and waits for the photo it sends. */
  const chart = async (user: { id: number; firstName: string }, id: number): Promise<void> => {
    const before = tg.uploadsOf('sendPhoto').length;
    await tg.send(user, `/campaign stats ${id}`);
    await tg.waitFor('the stats picture', () => tg.uploadsOf('sendPhoto').length > before);
  };

  it('draws the chart a few times, then answers in one short line and draws nothing, while another member still gets it', async () => {
    const id = await campaignWithItems(core, ['a robin', 'a crow']);
    for (let i = 0; i < EXPENSIVE_COMMANDS.max; i++) await chart(eager, id);
    const photos = tg.uploadsOf('sendPhoto').length;
    const mark = tg.lastMessageId(eager.id);
    await tg.send(eager, `/campaign stats ${id}`);
    const reply = await nextText(eager.id, mark);
    expect(reply.text).toMatch(/^That takes a while to prepare, and you asked for it often just now\. Try again in \d+ (seconds|minutes)\.$/);
    expect(tg.uploadsOf('sendPhoto').length).toBe(photos);
    await chart(calm, id);
    expect(tg.uploadsOf('sendPhoto').at(-1)!.fields.chat_id).toBe(String(calm.id));
  }, 60_000);
});

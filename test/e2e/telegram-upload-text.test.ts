import { createLogger } from '../../core';
import type { RunningTelegram } from '../../bots/telegram/start-telegram';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';
import { startTestBot, stopTestBot } from '../helpers/telegram-bot';
import { TelegramEmulator, type BotMessage } from '../helpers/telegram-emulator';

/** A platform admin (ADMIN_TELEGRAM_IDS), creating a campaign in private with the bot. */
const admin = { id: 999, firstName: 'Ada' };

describe(`an uploaded item file with bytes the database cannot hold, on Telegram and ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;

  beforeAll(async () => {
    core = await createTestCore({}, { logger: createLogger({ level: 'warn', write: () => undefined }) });
    tg = await TelegramEmulator.start('654321:TEST-token-for-upload-text-tests-08');
    running = await startTestBot(core, tg, { adminIds: [String(admin.id)], editIntervalMs: 100 });
  }, 60_000);

  afterAll(async () => {
    await stopTestBot(running, tg, core);
  }, 60_000);

  const lastId = (): number => tg.lastMessageId(admin.id);
  const next = (after: number): Promise<BotMessage> => tg.waitFor('the bot reply', () => tg.botMessages(admin.id).find((m) => m.messageId > after && m.text !== ''));
  const ask = async (text: string): Promise<BotMessage> => {
    const mark = lastId();
    await tg.send(admin, text);
    return next(mark);
  };
  const upload = async (fileName: string, bytes: Buffer): Promise<BotMessage> => {
    const mark = lastId();
    await tg.sendDocument(admin, { fileName, bytes });
    return next(mark);
  };
  const taskCount = async (): Promise<number> => (await core.ds.query(`SELECT count(*)::int AS n FROM task`))[0].n;

  it('names the bad lines of a CSV with a NUL byte and a JSONL with \\u0000, keeps nothing, and takes the fixed file', async () => {
    expect((await ask('/campaign new')).text).toMatch(/Step 1 of 8/);
    for (const answer of ['Bytes', 'label', 'Which?', 'cat, dog', '10', '3']) await ask(answer);
    expect((await ask('1000')).text).toContain('Step 8 of 8: send the items as a CSV file');

    const nul = await upload('items.csv', Buffer.concat([Buffer.from('id,text\na,one\nb,t'), Buffer.from([0]), Buffer.from('wo\n')]));
    expect(nul.text).toContain('Nothing was imported: 1 bad row.');
    expect(nul.text).toContain('- line 3: contains a NUL byte');
    expect(nul.text).not.toMatch(/went wrong/);

    const escaped = await upload('items.jsonl', Buffer.from('{"id":"a","text":"one"}\n{"id":"b","text":"t\\u0000wo"}\n{"id":"c","text":"', 'utf8'));
    expect(escaped.text).toContain('- line 2: contains a NUL character (\\u0000)');

    const notUtf8 = await upload('items.csv', Buffer.concat([Buffer.from('id,text\na,one\nb,'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]));
    expect(notUtf8.text).toContain('- line 3: is not valid UTF-8');
    expect(await taskCount()).toBe(0);

    expect((await upload('items.csv', Buffer.from('id,text\na,one\nb,two\n'))).text).toMatch(/^Imported 2 items into draft campaign #\d+\./);
    expect(await taskCount()).toBe(2);
  }, 60_000);
});

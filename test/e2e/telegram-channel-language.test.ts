import { createLogger } from '../../core';
import type { RunningTelegram } from '../../bots/telegram/start-telegram';
import { translator } from '../../bots/common/i18n/translator';
import type { Lang } from '../../bots/common/i18n/languages';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';
import { startTestBot, stopTestBot } from '../helpers/telegram-bot';
import { TelegramEmulator, type BotMessage, type FakeChat } from '../helpers/telegram-emulator';

/**
 * Issue 17: a channel's language. A channel post has no sender, and only the channel's
 * administrators post, so `/language ru` posted in the channel sets it; the bot answers
 * in the channel, in the language just chosen.
 */
const ru = translator('ru' as Lang);
const en = translator('en' as Lang);

const channel: FakeChat = { id: -1007301, type: 'channel', title: 'News' };
const key = `telegram:${channel.id}`;

describe(`telegram channel language end to end on ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;

  beforeAll(async () => {
    core = await createTestCore({}, { logger: createLogger({ level: 'warn', write: (l) => (process.env.TG_DEBUG ? process.stderr.write(l + '\n') : undefined) }) });
    tg = await TelegramEmulator.start('654321:TEST-token-for-channel-language-0008');
    running = await startTestBot(core, tg, { adminIds: [] });
  }, 60_000);

  afterAll(async () => {
    await stopTestBot(running, tg, core);
  }, 60_000);

  const post = async (text: string): Promise<BotMessage> => {
    const mark = tg.lastMessageId(channel.id);
    await tg.sendChannelPost(channel, text);
    return tg.waitFor(`a reply to ${text}`, () => tg.botMessages(channel.id).find((m) => m.messageId > mark));
  };
  const list = 'en (English)';

  it('sets the channel to Russian from a post, confirms in Russian, and answers there in Russian after', async () => {
    // Before: nothing stored, English (and the resolver has the channel cached as such).
    const unknown = await post('/language xx');
    expect(unknown.text).toBe(en.t('lang-unknown', { code: 'xx', list: unknown.text.slice(unknown.text.indexOf(list)) }));
    expect(await core.languages.chatLanguage(key)).toBeNull();

    expect((await post('/language ru')).text).toBe(ru.t('lang-set-chat', { name: 'Русский' }));
    expect(await core.languages.chatLanguage(key)).toBe('ru');
    // The cached English is forgotten: the next answer is Russian.
    const again = await post('/language xx');
    expect(again.text).toBe(ru.t('lang-unknown', { code: 'xx', list: again.text.slice(again.text.indexOf(list)) }));
    expect(again.text).not.toBe(unknown.text);
  });

  it('goes back to the automatic language with /language auto, and ignores other channel posts', async () => {
    expect((await post('/language@TestNameBot auto')).text).toBe(en.t('lang-auto-chat', { name: 'English' }));
    expect(await core.languages.chatLanguage(key)).toBeNull();

    const before = tg.botMessages(channel.id).length;
    const sends = tg.callsOf('sendMessage').length;
    await tg.sendChannelPost(channel, '/balance');
    await tg.sendChannelPost(channel, '/language@another_bot ru');
    // A /language after them is answered: had the two been, their replies would come first.
    const last = await post('/language es');
    expect(last.text).toBe(translator('es' as Lang).t('lang-set-chat', { name: 'Español' }));
    expect(tg.botMessages(channel.id).length).toBe(before + 1);
    expect(tg.callsOf('sendMessage').length).toBe(sends + 1);
  });
});

import type { RunningDiscord } from '../../bots/discord/start-discord';
import type { Lang } from '../../bots/common/i18n/languages';
import { translator } from '../../bots/common/i18n/translator';
import { campaignWithItems, createTestCore, engine, testCommunity, type TestCore } from '../helpers/test-core';
import { startTestDiscord, stopTestDiscord } from '../helpers/discord-bot';
import { DiscordServer, MANAGE_GUILD, MEMBER_PERMISSIONS, type FakeUser } from '../helpers/discord-server';

/**
 * Issue 17 through the real discord.js client and the local Discord server: slash commands
 * registered with Chinese and Russian localizations; a member whose client says zh-CN reads
 * Chinese cards, buttons and notices; /language ru switches; a server its moderator set to
 * Russian gets Russian channel cards.
 */
const zh = translator('zh-CN' as Lang);
const ru = translator('ru' as Lang);
const en = translator('en' as Lang);

const mona: FakeUser = { id: '350000000000000001', username: 'mona', permissions: MEMBER_PERMISSIONS | MANAGE_GUILD };
const mei: FakeUser = { id: '350000000000000002', username: 'mei', locale: 'zh-CN' };
const channel = '900000000000000501';

const text = DiscordServer.textOf;
const buttons = DiscordServer.buttonsOf;

describe(`discord in Chinese and Russian end to end on ${engine}`, () => {
  let core: TestCore;
  let dc: DiscordServer;
  let running: RunningDiscord;
  let campaignId: number;

  beforeAll(async () => {
    core = await createTestCore();
    dc = await DiscordServer.start({ guilds: [{ id: '900000000000000005', name: 'Mixed', channelIds: [channel] }] });
    running = await startTestDiscord(core, dc, { adminIds: [], editIntervalMs: 100 });
    const communityId = await testCommunity(core, 'discord', dc.guilds[0]!.id);
    campaignId = await campaignWithItems(core, ['a cat on a wall', 'a dog in a park', 'a bird on a branch', 'a fish in a bowl'], {}, { communityId });
  }, 60_000);

  afterAll(async () => {
    await stopTestDiscord(running, dc, core);
  }, 60_000);

  afterEach(() => expect(dc.violations).toEqual([]));

  const header = (t: typeof zh) => t.t('card-header', { campaignId, name: 'Pets', taskId: 0 }).split('0')[0]!;

  it('registers every slash command with Chinese and Russian names and descriptions', () => {
    const commands = [...dc.registered.values()].flat();
    const task = commands.find((c) => c.name === 'task')!;
    expect(task.name_localizations['zh-CN']).toBe(zh.t('dcmd-task-name'));
    expect(task.description_localizations.ru).toBe(ru.t('dcmd-task-desc'));
    expect(task.description_localizations.ru).not.toBe(en.t('dcmd-task-desc'));
    for (const c of commands) {
      expect(Object.keys(c.name_localizations)).toEqual(expect.arrayContaining(['zh-CN', 'ru', 'es-ES', 'es-419', 'pt-BR', 'tr', 'vi', 'id']));
    }
  });

  it('answers a member whose client says zh-CN in Chinese: card, buttons and notices', async () => {
    const card = await dc.answered(dc.slash(mei, 'task', { dm: true }));
    expect(text(card).startsWith(header(zh))).toBe(true);
    expect(text(card)).toContain(zh.t('card-reward-answer', { reward: zh.tnet(10n * 10n ** 18n) }));
    const answer = buttons(card).find((b) => b.label === 'cat')!;
    const notice = await dc.answered(dc.press(mei, card, answer.id), 'the notice');
    expect(text(notice)).toContain(zh.t('answer-recorded', { label: 'cat' }));
    expect(buttons(notice).map((b) => b.label)).toContain(zh.t('btn-next-task'));
  });

  it('switches to Russian with /language ru, confirmed in Russian', async () => {
    expect(text(await dc.answered(dc.slash(mei, 'language', { dm: true, options: { language: 'ru' } })))).toBe(ru.t('lang-set-member', { name: 'Русский' }));
    expect(text(await dc.answered(dc.slash(mei, 'stats', { dm: true })))).toMatch(new RegExp(`^${ru.t('stats-title')}`));
  });

  it("posts Russian cards in a server its moderator set to Russian; a member's notice stays in their language", async () => {
    expect(text(await dc.answered(dc.slash(mona, 'language', { channelId: channel, options: { language: 'ru' } })))).toBe(ru.t('lang-set-chat', { name: 'Русский' }));
    // Every interaction reply is ephemeral, to one member: Mona reads hers in her client's English.
    expect(text(await dc.answered(dc.slash(mona, 'campaign', { subcommand: 'post', options: { id: campaignId }, channelId: channel })))).toBe(
      en.t('mod-campaign-posted', { campaignId }),
    );
    expect(text(await dc.answered(dc.slash(mona, 'language', { channelId: channel })))).toBe(en.t('lang-menu-chat', { name: 'Русский' }));
    // /task in the Russian server answers an English reader ephemerally, in English (text and components alike).
    const joe: FakeUser = { id: '350000000000000003', username: 'joe', locale: 'en-US' };
    const own = await dc.answered(dc.slash(joe, 'task', { channelId: channel }));
    expect(text(own).startsWith(header(en))).toBe(true);
    const card = await dc.waitFor('a Russian card', () => dc.channelMessages(channel).find((m) => text(m).startsWith(header(ru))));
    expect(text(card)).toContain(ru.t('card-reward-answer', { reward: ru.tnet(10n * 10n ** 18n) }));
    const notice = await dc.answered(dc.press(mei, card, buttons(card).find((b) => b.label === 'dog')!.id), 'the notice');
    // Mei chose Russian for herself in the last test: her notice is Russian too, and never the server's English default.
    // (The card may be the task she answered in private: then the duplicate refusal names her answer.)
    const said = text(notice);
    expect(said.includes(ru.t('answer-recorded', { label: 'dog' })) || said.includes(ru.t('answer-duplicate', { label: 'cat' }))).toBe(true);
  });
});

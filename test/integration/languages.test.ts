import { isDomainError } from '../../core';
import { languageButton, parseButton } from '../../bots/common/button-id';
import type { ChatContext, ChatReply } from '../../bots/common/chat-message';
import { CommandRouter } from '../../bots/common/command-router';
import { DEFAULT_LANGUAGE, languages, type Lang } from '../../bots/common/i18n/languages';
import { translator } from '../../bots/common/i18n/translator';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';

describe(`languages members and chats chose, on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  it('stores, changes and clears a member language, found through any identity of the member', async () => {
    const user = { platform: 'telegram' as const, platformUserId: '501' };
    expect(await core.languages.memberLanguage(user)).toBeNull();
    const { memberId } = await core.identities.resolve({ ...user, displayName: 'Ana' });
    expect(await core.languages.memberLanguage(user)).toBeNull();
    await core.languages.setMemberLanguage(memberId, 'pt-BR');
    expect(await core.languages.memberLanguage(user)).toBe('pt-BR');
    await core.languages.setMemberLanguage(memberId, 'es');
    expect(await core.languages.memberLanguage(user)).toBe('es');
    expect(await core.languages.memberLanguage({ platform: 'discord', platformUserId: '501' })).toBeNull();
    await core.languages.setMemberLanguage(memberId, null);
    expect(await core.languages.memberLanguage(user)).toBeNull();
  });

  it('stores, replaces and clears a chat language with who set it', async () => {
    const { memberId: mod } = await core.identities.resolve({ platform: 'telegram', platformUserId: '502' });
    const { memberId: other } = await core.identities.resolve({ platform: 'telegram', platformUserId: '503' });
    expect(await core.languages.chatLanguage('telegram:-100502')).toBeNull();
    await core.languages.setChatLanguage('telegram:-100502', 'ru', mod);
    await core.languages.setChatLanguage('discord:9000', 'zh-Hans', other);
    expect(await core.languages.chatLanguage('telegram:-100502')).toBe('ru');
    await core.languages.setChatLanguage('telegram:-100502', 'de', other);
    expect(await core.languages.chatLanguage('telegram:-100502')).toBe('de');
    const [row] = await core.ds.query(`SELECT set_by FROM chat_language WHERE chat_key = 'telegram:-100502'`);
    expect(row.set_by).toBe(other);
    await core.languages.setChatLanguage('telegram:-100502', null, mod);
    expect(await core.languages.chatLanguage('telegram:-100502')).toBeNull();
    expect(await core.languages.chatLanguage('discord:9000')).toBe('zh-Hans');
  });

  it('refuses a text that is not a tag, in core and in the database', async () => {
    const { memberId } = await core.identities.resolve({ platform: 'telegram', platformUserId: '504' });
    await expect(core.languages.setMemberLanguage(memberId, 'Español')).rejects.toThrow(RangeError);
    await expect(core.languages.setChatLanguage('telegram:-1', 'en US', memberId)).rejects.toThrow(RangeError);
    await expect(core.ds.query(`UPDATE member SET language = 'Deutsch bitte' WHERE id = $1`, [memberId])).rejects.toThrow(/member_language_ck/);
    await expect(core.ds.query(`INSERT INTO chat_language (chat_key, language) VALUES ('x', $1)`, [`en-${'abcdefgh-'.repeat(4)}`])).rejects.toThrow(/chat_language_language_ck/);
    expect(await core.languages.memberLanguage({ platform: 'telegram', platformUserId: '504' })).toBeNull();
  });

  it('says member.not_found for a member that does not exist', async () => {
    const e = await core.languages.setMemberLanguage(2 ** 31 - 1, 'en').catch((x: unknown) => x);
    expect(isDomainError(e) && e.code).toBe('member.not_found');
  });

  it('keeps a chat language when the member who set it is deleted', async () => {
    const { memberId } = await core.identities.resolve({ platform: 'discord', platformUserId: '505' });
    await core.languages.setChatLanguage('discord:9505', 'es-419', memberId);
    await core.ds.query(`DELETE FROM member WHERE id = $1`, [memberId]);
    expect(await core.languages.chatLanguage('discord:9505')).toBe('es-419');
    const [row] = await core.ds.query(`SELECT set_by FROM chat_language WHERE chat_key = 'discord:9505'`);
    expect(row.set_by).toBeNull();
  });
});

describe(`/language through the command router, on ${engine}`, () => {
  let core: TestCore;
  let router: CommandRouter;
  beforeAll(async () => {
    core = await createTestCore();
    router = new CommandRouter(core);
  });
  afterAll(async () => {
    router.languages.close();
    await core.cleanup();
  });

  const user = (id: string) => ({ platform: 'telegram' as const, platformUserId: id, displayName: id });
  /** A private chat with the bot, as the Telegram adapter fills it (moderator facts for every command that has moderator inputs). */
  const dm = (id: string): ChatContext => ({
    user: user(id),
    chatId: `telegram:${id}`,
    isPrivate: true,
    place: null,
    lang: DEFAULT_LANGUAGE,
    memberLang: DEFAULT_LANGUAGE,
    moderator: { platformAdmin: false, place: null, moderates: async () => false },
  });
  /** The group -100777, where only member 900 is an administrator. */
  const group = (id: string): ChatContext => ({
    user: user(id),
    chatId: 'telegram:-100777',
    isPrivate: false,
    place: '-100777',
    lang: DEFAULT_LANGUAGE,
    memberLang: DEFAULT_LANGUAGE,
    moderator: { platformAdmin: false, place: '-100777', moderates: async (place) => place === '-100777' && id === '900' },
  });
  const only = (reply: ChatReply): string => {
    expect(reply.messages).toHaveLength(1);
    return reply.messages[0]!.text;
  };

  it('shows one button per language in its own name, and Automatic', async () => {
    const reply = await router.handleText(dm('801'), '/language');
    const buttons = reply.messages[0]!.buttons!.flat();
    expect(buttons.map((b) => b.label)).toEqual([...languages().map((l) => l.name), 'Automatic']);
    expect(buttons.map((b) => parseButton(b.id))).toEqual([...languages().map((l) => ({ kind: 'language', tag: l.tag })), { kind: 'language', tag: null }]);
    expect(reply.messages[0]!.text).toBe('Your language: English. Choose the one I answer you in:');
  });

  it('switches the member language in private, says so in the new one, and auto goes back to the app', async () => {
    const es = 'es' as Lang;
    const ru = 'ru' as Lang;
    const query = { user: user('802'), isPrivate: true, chatKey: null, client: 'ru-RU' };
    expect(await router.languages.resolve(query)).toEqual({ lang: ru, memberLang: ru, auto: { lang: ru, memberLang: ru } });
    const ctx = { ...dm('802'), lang: ru, memberLang: ru, auto: { lang: ru, memberLang: ru } };
    expect(only(await router.handleText(ctx, '/language ES-mx'))).toBe(translator(es).t('lang-set-member', { name: 'Español' }));
    expect(await core.languages.memberLanguage(user('802'))).toBe('es');
    // This process's cache forgot the old choice at once.
    expect(await router.languages.resolve(query)).toMatchObject({ lang: es, memberLang: es });
    expect(only(await router.handleText({ ...ctx, lang: es, memberLang: es }, '/language auto'))).toBe(translator(ru).t('lang-auto-member', { name: 'Русский' }));
    expect(await core.languages.memberLanguage(user('802'))).toBeNull();
    expect(await router.languages.resolve(query)).toMatchObject({ lang: ru, memberLang: ru });
  });

  it('refuses a language it does not speak, with the list, and stores nothing', async () => {
    const text = only(await router.handleText(dm('803'), '/language klingon'));
    expect(text).toBe(`I do not speak "klingon". Languages: ${languages().map((l) => `${l.tag} (${l.name})`).join(', ')}`);
    expect(only(await router.handleText(dm('803'), '/language en de'))).toMatch(/^Usage: \/language/);
    expect(await core.languages.memberLanguage(user('803'))).toBeNull();
  });

  it("sets a group's language only for its moderators, typed or pressed", async () => {
    expect(only(await router.handleText(group('901'), '/language en'))).toBe('Only moderators can do that.');
    expect(await core.languages.chatLanguage('telegram:-100777')).toBeNull();
    const refused = await router.handleButton(group('901'), languageButton('en'));
    expect(refused).toEqual({ toast: 'Only moderators can do that.', messages: [] });
    expect(await core.languages.chatLanguage('telegram:-100777')).toBeNull();

    const zh = 'zh-CN' as Lang;
    expect(only(await router.handleText(group('900'), '/language zh-Hans'))).toBe(translator(zh).t('lang-set-chat', { name: '简体中文' }));
    expect(await core.languages.chatLanguage('telegram:-100777')).toBe('zh-CN');
    const [row] = await core.ds.query(`SELECT set_by FROM chat_language WHERE chat_key = 'telegram:-100777'`);
    expect(row.set_by).toBe((await core.identities.resolve(user('900'))).memberId);
    // The group speaks it to everyone; each member keeps their own language.
    const here = { isPrivate: false, chatKey: 'telegram:-100777', client: 'tr' };
    expect(await router.languages.resolve({ ...here, user: user('901') })).toMatchObject({ lang: zh, memberLang: 'tr' });
    expect(await core.languages.memberLanguage(user('900'))).toBeNull();

    const cleared = await router.handleButton(group('900'), languageButton(null));
    expect(cleared).toEqual({ toast: "This chat's language is automatic again: English.", messages: [{ text: "This chat's language is automatic again: English." }] });
    expect(await core.languages.chatLanguage('telegram:-100777')).toBeNull();
  });

  it('a member may open the choices in a group; a press in private sets their own', async () => {
    expect((await router.handleText(group('902'), '/language')).messages[0]!.text).toBe("This chat's language: English. Its moderators choose the one I speak here:");
    const pressed = await router.handleButton(dm('902'), languageButton('en'));
    expect(pressed.messages[0]!.text).toBe('From now on I answer you in English.');
    expect(await core.languages.memberLanguage(user('902'))).toBe('en');
    expect(await router.handleButton(dm('902'), languageButton('tlh'))).toEqual({ toast: 'That language is not available anymore. Send /language for the choices.', messages: [] });
  });
});

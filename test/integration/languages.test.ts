import { isDomainError } from '../../core';
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

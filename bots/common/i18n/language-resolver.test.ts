import type { LanguageChange } from '../../../core';
import { chooseLanguages, LanguageResolver, languageChatKey, type LanguageFacts } from './language-resolver';
import { DEFAULT_LANGUAGE, type Lang } from './languages';

const en = DEFAULT_LANGUAGE;
/** A fixed set of spoken languages for the table: English, Spanish, Russian (primary subtags match). */
const es = 'es' as Lang;
const ru = 'ru' as Lang;
const spoken = (code: string | null | undefined): Lang | undefined => {
  const primary = code?.toLowerCase().split('-')[0];
  return primary === 'en' ? en : primary === 'es' ? es : primary === 'ru' ? ru : undefined;
};

describe('chooseLanguages', () => {
  const cases: [string, LanguageFacts, { lang: Lang; memberLang: Lang }][] = [
    ['nothing known: English', { stored: null, isPrivate: true }, { lang: en, memberLang: en }],
    ['private: the client code', { stored: null, client: 'es-MX', isPrivate: true }, { lang: es, memberLang: es }],
    ['private: the stored choice wins over the client', { stored: 'ru', client: 'es', isPrivate: true }, { lang: ru, memberLang: ru }],
    ['private: a stored tag we do not speak falls back to the client', { stored: 'tlh', client: 'en-GB', isPrivate: true }, { lang: en, memberLang: en }],
    ['private: an unknown client code is English', { stored: null, client: 'xx', isPrivate: true }, { lang: en, memberLang: en }],
    ['private: the chat is ignored', { stored: null, client: 'en', chat: { stored: 'ru', preferred: 'ru' }, isPrivate: true }, { lang: en, memberLang: en }],
    ['group: the chat\'s stored choice, the member keeps theirs', { stored: 'es', chat: { stored: 'ru' }, isPrivate: false }, { lang: ru, memberLang: es }],
    ['group: never one member\'s language', { stored: 'ru', client: 'ru', chat: { stored: null }, isPrivate: false }, { lang: en, memberLang: ru }],
    ['server: the preferred locale without a stored choice', { stored: null, client: 'en-US', chat: { stored: null, preferred: 'es-ES' }, isPrivate: false }, { lang: es, memberLang: en }],
    ['server: the stored choice wins over the preferred locale', { stored: null, chat: { stored: 'en', preferred: 'es-ES' }, isPrivate: false }, { lang: en, memberLang: en }],
    ['channel: nothing known is English', { stored: null, isPrivate: false }, { lang: en, memberLang: en }],
  ];
  it.each(cases)('%s', (_name, facts, expected) => {
    expect(chooseLanguages(facts, spoken)).toEqual(expected);
  });
});

describe('languageChatKey', () => {
  it('keys a group by its chat and a server by its guild, and a private chat by nothing', () => {
    expect(languageChatKey({ user: { platform: 'telegram', platformUserId: '1' }, isPrivate: false, place: '-100' })).toBe('telegram:-100');
    expect(languageChatKey({ user: { platform: 'discord', platformUserId: '1' }, isPrivate: false, place: '77' })).toBe('discord:77');
    expect(languageChatKey({ user: { platform: 'telegram', platformUserId: '1' }, isPrivate: true, place: '-100' })).toBeNull();
  });
});

/** An in-memory store that counts its reads. */
function fakeStore() {
  const members = new Map<string, string | null>();
  const chats = new Map<string, string | null>();
  const listeners = new Set<(c: LanguageChange) => void>();
  const reads = { members: 0, chats: 0 };
  return {
    members,
    chats,
    reads,
    change: (c: LanguageChange) => listeners.forEach((l) => l(c)),
    store: {
      memberLanguage: async (u: { platform: string; platformUserId: string }) => {
        reads.members++;
        return members.get(`${u.platform}:${u.platformUserId}`) ?? null;
      },
      chatLanguage: async (k: string) => {
        reads.chats++;
        return chats.get(k) ?? null;
      },
      onChange: (l: (c: LanguageChange) => void) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
    },
  };
}

describe('LanguageResolver', () => {
  const user = { platform: 'telegram' as const, platformUserId: '7' };
  const group = { user, isPrivate: false, chatKey: 'telegram:-100', client: 'en' };

  it('reads each member and chat once within the TTL, and again after it', async () => {
    let now = 0;
    const f = fakeStore();
    f.members.set('telegram:7', 'ru');
    f.chats.set('telegram:-100', 'es');
    const r = new LanguageResolver(f.store, { ttlMs: 30_000, now: () => now, spoken });
    const first = await r.resolve(group);
    expect(first).toEqual({ lang: es, memberLang: ru, auto: { lang: en, memberLang: en } });
    f.members.set('telegram:7', null);
    now = 29_999;
    expect(await r.resolve(group)).toEqual(first);
    expect(f.reads).toEqual({ members: 1, chats: 1 });
    now = 30_000;
    expect((await r.resolve(group)).memberLang).toBe(en);
    expect(f.reads).toEqual({ members: 2, chats: 2 });
  });

  it('forgets at once what changed in this process', async () => {
    const f = fakeStore();
    const r = new LanguageResolver(f.store, { now: () => 0, spoken });
    expect(await r.resolve(group)).toMatchObject({ lang: en, memberLang: en });
    f.chats.set('telegram:-100', 'ru');
    f.members.set('telegram:7', 'es');
    f.change({ kind: 'chat', chatKey: 'telegram:-100' });
    expect(await r.resolve(group)).toMatchObject({ lang: ru, memberLang: en });
    f.change({ kind: 'member', memberId: 1 });
    expect(await r.resolve(group)).toMatchObject({ lang: ru, memberLang: es });
    r.close();
    f.chats.set('telegram:-100', 'en');
    f.change({ kind: 'chat', chatKey: 'telegram:-100' });
    expect((await r.resolve(group)).lang).toBe(ru);
  });

  it('asks nothing about the chat in private', async () => {
    const f = fakeStore();
    const r = new LanguageResolver(f.store, { spoken });
    expect(await r.resolve({ user, isPrivate: true, chatKey: null, client: 'es' })).toMatchObject({ lang: es, memberLang: es });
    expect(f.reads.chats).toBe(0);
  });

  it('keeps at most maxEntries of each, dropping the oldest', async () => {
    const f = fakeStore();
    const r = new LanguageResolver(f.store, { maxEntries: 2, now: () => 0 });
    for (const id of ['1', '2', '3', '1']) await r.resolve({ user: { platform: 'telegram', platformUserId: id }, isPrivate: true, chatKey: null });
    // 1 was dropped for 3, so it was read again.
    expect(f.reads.members).toBe(4);
    await r.resolve({ user: { platform: 'telegram', platformUserId: '3' }, isPrivate: true, chatKey: null });
    expect(f.reads.members).toBe(4);
  });

  it('does not cache a read that a change overtook', async () => {
    const f = fakeStore();
    let release!: () => void;
    const gate = new Promise<void>((ok) => (release = ok));
    const slow = {
      ...f.store,
      chatLanguage: async (k: string) => {
        const v = f.chats.get(k) ?? null;
        await gate;
        return v;
      },
    };
    const r = new LanguageResolver(slow, { now: () => 0, spoken });
    const pending = r.resolve(group);
    f.chats.set('telegram:-100', 'ru');
    f.change({ kind: 'chat', chatKey: 'telegram:-100' });
    release();
    expect((await pending).lang).toBe(en);
    expect((await r.resolve(group)).lang).toBe(ru);
  });
});

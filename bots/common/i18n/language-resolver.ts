import type { LanguageChange, LanguageService, PlatformUser } from '../../../core';
import type { ChatContext } from '../chat-message';
import { DEFAULT_LANGUAGE, languageOf, type Lang } from './languages';

/** What a conversation's languages are chosen from. */
export interface LanguageFacts {
  /** The member's own /language, null when none. */
  stored: string | null;
  /** The language code the member's client reports (Telegram's language_code, Discord's locale). */
  client?: string | null;
  /** The chat's: its moderators' /language, and the server's preferred locale (Discord). Unused in private. */
  chat?: { stored: string | null; preferred?: string | null };
  isPrivate: boolean;
}

/** The languages of a conversation: of its replies, and of the speaker. */
export interface ChosenLanguages {
  lang: Lang;
  memberLang: Lang;
}

/**
 * The member speaks their stored /language, else their client's, else English; a private
 * chat speaks the member's; a group, channel or server its moderators' /language, else the
 * server's preferred locale, else English (never one member's: the chat is everyone's).
 * A stored tag we no longer speak counts as none. `spoken`: the language a code means,
 * undefined for one we do not speak (languageOf).
 */
export function chooseLanguages(f: LanguageFacts, spoken: (code: string | null | undefined) => Lang | undefined = languageOf): ChosenLanguages {
  const memberLang = spoken(f.stored) ?? spoken(f.client) ?? DEFAULT_LANGUAGE;
  if (f.isPrivate) return { lang: memberLang, memberLang };
  return { lang: spoken(f.chat?.stored) ?? spoken(f.chat?.preferred) ?? DEFAULT_LANGUAGE, memberLang };
}

/**
 * The key a chat's language is stored under: the Telegram group or channel, the Discord
 * server (one language for all its channels); null in a private chat.
 */
export const languageChatKey = (ctx: Pick<ChatContext, 'user' | 'isPrivate' | 'place'>): string | null =>
  ctx.isPrivate || ctx.place === null ? null : `${ctx.user.platform}:${ctx.place}`;

/** What the adapter knows about one update. */
export interface LanguageQuery {
  user: Pick<PlatformUser, 'platform' | 'platformUserId'>;
  isPrivate: boolean;
  /** languageChatKey of the conversation; null in private. */
  chatKey: string | null;
  client?: string | null;
  /** The server's preferred locale (Discord's guildLocale). */
  preferred?: string | null;
}

/** ChatContext's language fields: the languages now, and without any stored /language (what `auto` goes back to). */
export type ContextLanguages = Pick<ChatContext, 'lang' | 'memberLang' | 'auto'>;

interface Entry {
  value: string | null;
  until: number;
}

/** A map that forgets entries after `ttlMs` and drops the oldest past `max`. */
class TtlCache {
  private readonly entries = new Map<string, Entry>();
  /** Bumped on every forget: a read that began before it does not cache what it read. */
  generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly max: number,
    private readonly now: () => number,
  ) {}

  get(key: string): string | null | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.until <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  set(key: string, value: string | null): void {
    this.entries.delete(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, until: this.now() + this.ttlMs });
  }

  delete(key: string): void {
    this.generation++;
    this.entries.delete(key);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}

export interface LanguageResolverOptions {
  /** How long a stored language is trusted (default 30 s). */
  ttlMs?: number;
  /** Members, and chats, remembered at most (default 10,000 each). */
  maxEntries?: number;
  now?: () => number;
  /** The language a code means (default languageOf: the locales folders). */
  spoken?: (code: string | null | undefined) => Lang | undefined;
}

/**
 * Fills a conversation's languages from what members and chats stored (core.languages),
 * with a small cache so an update costs no query most of the time. A change made in this
 * process (/language) clears its entry at once; other replicas catch up within the TTL, as
 * their entries expire.
 */
export class LanguageResolver {
  /** By "platform:user id": a member's stored language (null: none). */
  private readonly members: TtlCache;
  /** By languageChatKey: a chat's stored language (null: none). */
  private readonly chats: TtlCache;
  private readonly unsubscribe: () => void;
  private readonly spoken: (code: string | null | undefined) => Lang | undefined;

  constructor(
    private readonly store: Pick<LanguageService, 'memberLanguage' | 'chatLanguage' | 'onChange'>,
    opts: LanguageResolverOptions = {},
  ) {
    const ttl = opts.ttlMs ?? 30_000;
    const max = opts.maxEntries ?? 10_000;
    const now = opts.now ?? Date.now;
    this.members = new TtlCache(ttl, max, now);
    this.chats = new TtlCache(ttl, max, now);
    this.spoken = opts.spoken ?? languageOf;
    this.unsubscribe = store.onChange((c) => this.forget(c));
  }

  /** The languages of one update: now, and with nothing stored. */
  async resolve(q: LanguageQuery): Promise<ContextLanguages> {
    const [stored, chatStored] = await Promise.all([this.memberLanguage(q.user), q.chatKey === null ? null : this.chatLanguage(q.chatKey)]);
    const facts = { client: q.client, isPrivate: q.isPrivate };
    const now = chooseLanguages({ ...facts, stored, chat: { stored: chatStored, preferred: q.preferred } }, this.spoken);
    const auto = chooseLanguages({ ...facts, stored: null, chat: { stored: null, preferred: q.preferred } }, this.spoken);
    return { ...now, auto };
  }

  /**
   * The language of a group, channel or server's cards: its moderators' /language, else the
   * server's preferred locale, else English. `chatKey`: languageChatKey's form.
   */
  async chatLang(chatKey: string, preferred?: string | null): Promise<Lang> {
    return this.spoken(await this.chatLanguage(chatKey)) ?? this.spoken(preferred) ?? DEFAULT_LANGUAGE;
  }

  /** Stops following changes (a router that is thrown away). */
  close(): void {
    this.unsubscribe();
  }

  private async memberLanguage(user: LanguageQuery['user']): Promise<string | null> {
    const key = `${user.platform}:${user.platformUserId}`;
    const hit = this.members.get(key);
    if (hit !== undefined) return hit;
    const generation = this.members.generation;
    const value = await this.store.memberLanguage(user);
    if (generation === this.members.generation) this.members.set(key, value);
    return value;
  }

  private async chatLanguage(chatKey: string): Promise<string | null> {
    const hit = this.chats.get(chatKey);
    if (hit !== undefined) return hit;
    const generation = this.chats.generation;
    const value = await this.store.chatLanguage(chatKey);
    if (generation === this.chats.generation) this.chats.set(chatKey, value);
    return value;
  }

  private forget(change: LanguageChange): void {
    // A member is cached by identity, the change names the member: forget every member (changes are rare).
    if (change.kind === 'member') this.members.clear();
    else this.chats.delete(change.chatKey);
  }
}

import type { DataSource } from 'typeorm';
import type { PlatformUser } from '../identities/identity.service';
import { DomainError } from '../errors';
import { isLanguageTag } from './language-tag';
import { deleteChatLanguage, moveChatLanguage, selectChatLanguage, selectMemberLanguage, updateMemberLanguage, upsertChatLanguage } from './language.statements';

/** A tag core may store; anything else is a bug in the caller (bots pass the tags they speak). */
function checked(tag: string | null): string | null {
  if (tag !== null && !isLanguageTag(tag)) throw new RangeError(`not a language tag: ${JSON.stringify(tag.slice(0, 40))}`);
  return tag;
}

/** What changed: a member's language (by member id) or a chat's (by its key). */
export type LanguageChange = { kind: 'member'; memberId: number } | { kind: 'chat'; chatKey: string };

/**
 * The languages members and chats chose (/language), as tags: core knows no words and no
 * list of languages, only a tag's syntax (isLanguageTag). A chat is its key
 * ("telegram:-100123", "discord:<server id>"); null means no choice (the bots' fallbacks).
 */
export class LanguageService {
  private readonly listeners = new Set<(change: LanguageChange) => void>();

  constructor(private readonly ds: DataSource) {}

  /**
   * Calls `listener` after each change made through this service (this process only:
   * other replicas learn nothing; their caches expire). Returns the unsubscribe.
   */
  onChange(listener: (change: LanguageChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(change: LanguageChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /** The language the member behind this identity chose; null when none (or the identity is new). */
  async memberLanguage(user: Pick<PlatformUser, 'platform' | 'platformUserId'>): Promise<string | null> {
    return (await selectMemberLanguage(this.ds, user.platform, user.platformUserId)) ?? null;
  }

  /**
   * Sets the member's language; null clears it (back to their client's).
   * @throws RangeError when `tag` is not a language tag; DomainError member.not_found
   */
  async setMemberLanguage(memberId: number, tag: string | null): Promise<void> {
    if (!(await updateMemberLanguage(this.ds, memberId, checked(tag)))) throw new DomainError('member.not_found', { memberId });
    this.changed({ kind: 'member', memberId });
  }

  /** The language a chat's moderators chose; null when none. */
  async chatLanguage(chatKey: string): Promise<string | null> {
    return (await selectChatLanguage(this.ds, chatKey)) ?? null;
  }

  /**
   * Sets a chat's language, remembering the member who set it; null clears it. The caller
   * checked that the member moderates the chat (the bots' moderator gate).
   * @throws RangeError when `tag` is not a language tag
   */
  async setChatLanguage(chatKey: string, tag: string | null, byMemberId: number | null): Promise<void> {
    const language = checked(tag);
    if (language === null) await deleteChatLanguage(this.ds, chatKey);
    else await upsertChatLanguage(this.ds, chatKey, language, byMemberId);
    this.changed({ kind: 'chat', chatKey });
  }

  /** A chat's language follows the chat to its new key (a group that became a supergroup); a language the new chat chose stays. */
  async moveChat(fromKey: string, toKey: string): Promise<void> {
    await moveChatLanguage(this.ds, fromKey, toKey);
    this.changed({ kind: 'chat', chatKey: fromKey });
    this.changed({ kind: 'chat', chatKey: toKey });
  }
}

import type { Api } from 'grammy';
import type { Logger } from '../../core';
import type { ChatModerator } from '../common/chat-message';

/** How long a chat's answer about one user stays trusted. */
const CACHE_MS = 60_000;

/**
 * Who moderates: the platform-wide ids (ADMIN_TELEGRAM_IDS) everywhere, and a chat's
 * creator and administrators, as the Bot API reports them (getChatMember, cached a
 * minute), for that chat's community, from the chat or in private with the bot. A failing
 * check counts as "not a moderator" and logs a warning. Core decides what follows.
 */
export class ModeratorCheck {
  private readonly cache = new Map<string, { admin: boolean; until: number }>();

  constructor(
    private readonly api: Api,
    private readonly adminIds: readonly string[],
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  isPlatformAdmin(userId: number): boolean {
    return this.adminIds.includes(String(userId));
  }

  /** The speaker's moderator facts in this chat: its id as the place in a group, none in private. */
  forChat(chat: { id: number; type: string; title?: string }, userId: number): ChatModerator {
    return {
      platformAdmin: this.isPlatformAdmin(userId),
      place: chat.type === 'private' ? null : String(chat.id),
      placeTitle: chat.title,
      moderates: (place) => this.administers(place, userId),
    };
  }

  /** A platform admin, or an administrator of this group (the cheap gate of moderator commands). */
  async administersHere(chat: { id: number; type: string }, userId: number): Promise<boolean> {
    if (this.isPlatformAdmin(userId)) return true;
    if (chat.type === 'private') return false;
    return this.administers(String(chat.id), userId);
  }

  /** Whether the user is the creator or an administrator of that chat (group, supergroup, channel). */
  async administers(chatId: string, userId: number): Promise<boolean> {
    if (!/^-?\d{1,20}$/.test(chatId)) return false;
    const key = `${chatId}:${userId}`;
    const hit = this.cache.get(key);
    if (hit && hit.until > this.now()) return hit.admin;
    let admin = false;
    try {
      const member = await this.api.getChatMember(chatId, userId);
      admin = member.status === 'creator' || member.status === 'administrator';
    } catch (e) {
      this.logger.warn('telegram getChatMember failed; treating the user as a member', { chatId, userId, error: e });
      return false;
    }
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, { admin, until: this.now() + CACHE_MS });
    return admin;
  }
}

import type { Api } from 'grammy';
import type { Logger } from '../../core';

/** How long a group's answer about one user stays trusted. */
const CACHE_MS = 60_000;

/**
 * Who moderates: the platform-wide ids (ADMIN_TELEGRAM_IDS) everywhere, and a group's
 * creator and administrators in that group, as the Bot API reports them. A failing check
 * counts as "not a moderator" and logs a warning.
 */
export class ModeratorCheck {
  private readonly cache = new Map<string, { admin: boolean; until: number }>();

  constructor(
    private readonly api: Api,
    private readonly adminIds: readonly string[],
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async isModerator(chat: { id: number; type: string }, userId: number): Promise<boolean> {
    if (this.adminIds.includes(String(userId))) return true;
    if (chat.type !== 'group' && chat.type !== 'supergroup') return false;
    const key = `${chat.id}:${userId}`;
    const hit = this.cache.get(key);
    if (hit && hit.until > this.now()) return hit.admin;
    let admin = false;
    try {
      const member = await this.api.getChatMember(chat.id, userId);
      admin = member.status === 'creator' || member.status === 'administrator';
    } catch (e) {
      this.logger.warn('telegram getChatMember failed; treating the user as a member', { chatId: chat.id, userId, error: e });
      return false;
    }
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, { admin, until: this.now() + CACHE_MS });
    return admin;
  }
}

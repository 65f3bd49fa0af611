/** How long a conversation waits for the next answer before it is forgotten. */
export const CONVERSATION_IDLE_MS = 30 * 60_000;

/**
 * Conversations in progress, per (chat, user), in this process's memory. That is enough for
 * one bot process; with several webhook replicas a member's next message may reach another
 * replica, which does not know the conversation (README: run /campaign new against one
 * process, or in long polling mode). Nothing lasting lives here: a forgotten conversation
 * has created nothing yet, or holds a draft a moderator can still activate or close.
 */
export class ConversationStore<T> {
  private readonly entries = new Map<string, { state: T; until: number }>();

  constructor(
    private readonly idleMs = CONVERSATION_IDLE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get(chatId: number, userId: number): T | undefined {
    const key = `${chatId}:${userId}`;
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.until <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.state;
  }

  /** Stores the state (refreshing its idle time), or ends the conversation when undefined. */
  set(chatId: number, userId: number, state: T | undefined): void {
    const key = `${chatId}:${userId}`;
    if (state === undefined) {
      this.entries.delete(key);
      return;
    }
    if (this.entries.size > 10_000) this.sweep();
    this.entries.set(key, { state, until: this.now() + this.idleMs });
  }

  private sweep(): void {
    const now = this.now();
    for (const [k, e] of this.entries) if (e.until <= now) this.entries.delete(k);
  }
}

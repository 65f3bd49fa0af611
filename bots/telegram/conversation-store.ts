import type { Core } from '../../core';

/**
 * The Telegram side of the conversations in progress, per (chat, user): the core keeps them
 * in the database, so with several webhook replicas a moderator's next message may reach
 * any replica, and a restart forgets nothing. Expiry (30 minutes idle) is the core's.
 */
export class ConversationStore<T> {
  constructor(private readonly conversations: Core['conversations']) {}

  get(chatId: number, userId: number): Promise<T | undefined> {
    return this.conversations.get<T>(key(chatId, userId));
  }

  /** Stores the state (refreshing its idle time), or ends the conversation when undefined. */
  set(chatId: number, userId: number, state: T | undefined): Promise<void> {
    return this.conversations.set(key(chatId, userId), state);
  }
}

const key = (chatId: number, userId: number) => ({ chat: `telegram:${chatId}`, user: String(userId) });

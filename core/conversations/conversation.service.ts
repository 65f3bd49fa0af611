import type { DataSource } from 'typeorm';
import type { Queryable } from '../db/queryable';
import { deleteConversation, deleteExpiredConversations, lockConversation, selectConversationState, upsertConversation } from './conversation.statements';

/** How long a conversation waits for the next answer before it is forgotten. */
export const CONVERSATION_IDLE_MS = 30 * 60_000;

/** The most bytes of JSON one conversation may hold (a wizard's answers are a few hundred). */
export const MAX_CONVERSATION_BYTES = 16_384;

/** Whose conversation: the chat ("telegram:123") and the user in it. */
export interface ConversationKey {
  chat: string;
  user: string;
}

/**
 * Conversations in progress (a guided `/campaign new`), per chat and user, in the database:
 * any replica can take the next message, a restart keeps them. A state is any JSON value;
 * it lives for `idleMs` after its last change. Nothing lasting lives here: a forgotten
 * conversation has created nothing yet, or holds a draft a moderator can still activate
 * or close.
 */
export class ConversationService {
  constructor(
    private readonly ds: DataSource,
    private readonly idleMs = CONVERSATION_IDLE_MS,
  ) {}

  /** The state, or undefined when there is none or it expired. */
  async get<T>(key: ConversationKey): Promise<T | undefined> {
    return selectConversationState<T>(this.ds, key.chat, key.user);
  }

  /**
   * Stores the state and restarts its idle time; undefined ends the conversation.
   * @throws RangeError when the state's JSON is over MAX_CONVERSATION_BYTES (a bug, not input)
   */
  async set<T>(key: ConversationKey, state: T | undefined): Promise<void> {
    await this.write(this.ds, key, state);
  }

  /**
   * Changes the state as `change` says and restarts its idle time, one turn at a time per
   * key (concurrent updates of one key, from any replica, each see the one before), and
   * resolves with the new state; `change` returning undefined ends the conversation.
   * @throws RangeError when the new state's JSON is over MAX_CONVERSATION_BYTES
   */
  async update<T>(key: ConversationKey, change: (state: T | undefined) => T | undefined): Promise<T | undefined> {
    return this.ds.transaction(async (m) => {
      await lockConversation(m, key.chat, key.user);
      const next = change(await selectConversationState<T>(m, key.chat, key.user));
      await this.write(m, key, next);
      return next;
    });
  }

  private async write<T>(q: Queryable, key: ConversationKey, state: T | undefined): Promise<void> {
    if (state === undefined) {
      await deleteConversation(q, key.chat, key.user);
      return;
    }
    const json = JSON.stringify(state);
    if (Buffer.byteLength(json) > MAX_CONVERSATION_BYTES) throw new RangeError(`conversation state over ${MAX_CONVERSATION_BYTES} bytes`);
    await upsertConversation(q, key.chat, key.user, json, this.idleMs);
  }

  /** Deletes expired conversations; returns how many. */
  async sweep(): Promise<number> {
    return deleteExpiredConversations(this.ds);
  }
}

import type { DataSource } from 'typeorm';
import { deleteConversation, deleteExpiredConversations, selectConversationState, upsertConversation } from './conversation.statements';

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
    if (state === undefined) {
      await deleteConversation(this.ds, key.chat, key.user);
      return;
    }
    const json = JSON.stringify(state);
    if (Buffer.byteLength(json) > MAX_CONVERSATION_BYTES) throw new RangeError(`conversation state over ${MAX_CONVERSATION_BYTES} bytes`);
    await upsertConversation(this.ds, key.chat, key.user, json, this.idleMs);
  }

  /** Deletes expired conversations; returns how many. */
  async sweep(): Promise<number> {
    return deleteExpiredConversations(this.ds);
  }
}

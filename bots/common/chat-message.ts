import type { PlatformUser } from '../../core';

/** A button any chat can render: `id` is compact (it fits Telegram's 64-byte callback data). */
export interface ChatButton {
  id: string;
  label: string;
}

/** A platform-neutral message: plain text (adapters escape it) and rows of buttons. */
export interface ChatMessage {
  text: string;
  buttons?: ChatButton[][];
}

/** What the command layer answers: messages to send, and a short toast for a button press. */
export interface ChatReply {
  messages: ChatMessage[];
  toast?: string;
}

/** Who speaks, and where. */
export interface ChatContext {
  user: PlatformUser;
  /** "platform:chatId" of the conversation. */
  chatId: string;
  isPrivate: boolean;
  /** Decided by the adapter (group admins, configured ids, the local console). */
  isModerator: boolean;
}

export const reply = (...messages: ChatMessage[]): ChatReply => ({ messages });
export const text = (t: string): ChatReply => ({ messages: [{ text: t }] });

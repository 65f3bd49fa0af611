import type { CardImage, PlatformUser } from '../../core';
import type { Lang } from './i18n/languages';

/** A button any chat can render: `id` is compact (it fits Telegram's 64-byte callback data). */
export interface ChatButton {
  id: string;
  label: string;
}

/** A platform-neutral message: plain text (adapters escape it) and rows of buttons. */
export interface ChatMessage {
  text: string;
  buttons?: ChatButton[][];
  /** A task card's picture: each adapter shows it with the card (a photo, an embed image, a line). */
  image?: CardImage;
  /**
   * A contribute card: it asks for a text, not a button (a reply on Telegram, a modal on
   * Discord, the next typed line on the console); its text says so in Telegram's words
   * (contributeHint), which the other surfaces replace with theirs.
   */
  contribute?: { taskId: number; minLength: number; maxLength: number };
}

/** What the command layer answers: messages to send, and a short toast for a button press. */
export interface ChatReply {
  messages: ChatMessage[];
  toast?: string;
  /**
   * A press that changes only the pressed card's buttons (a multi-label tick): the card's
   * buttons now, for a surface where the card is the member's own (a shared card keeps its own).
   */
  cardButtons?: ChatButton[][];
}

/** Who speaks, and where. */
export interface ChatContext {
  user: PlatformUser;
  /** "platform:chatId" of the conversation. */
  chatId: string;
  isPrivate: boolean;
  /**
   * The group or channel (Telegram chat id) or server (Discord guild id) spoken in, null in
   * a private chat: what a /task here may serve (its community's campaigns and the platform's).
   */
  place: string | null;
  /**
   * The language of replies here: the member's in a private chat, the chat's (its
   * moderators' /language, else English) in a group, channel or server (LanguageResolver).
   */
  lang: Lang;
  /** The speaker's own language (stored /language, else their client's, else English): toasts and private replies. */
  memberLang: Lang;
  /**
   * The group's, channel's or server's own language, where replies here are not in it:
   * Discord answers every interaction ephemerally, to one member, so `lang` is theirs there
   * while cards posted in the server speak this one. Absent: `lang` is the place's.
   */
  placeLang?: Lang;
  /** The languages with no /language stored (the client's, the server's locale, English): what `/language auto` goes back to. */
  auto?: { lang: Lang; memberLang: Lang };
  /**
   * Who the speaker is as a moderator, filled by the adapter for moderator commands; absent:
   * a member. Core decides what they may moderate from it (mayModerate).
   */
  moderator?: ChatModerator;
}

/** The adapter's facts about a speaker, for core's moderation decisions. */
export interface ChatModerator {
  /** A configured platform admin (ADMIN_TELEGRAM_IDS / ADMIN_DISCORD_IDS, the console). */
  platformAdmin: boolean;
  /** The group (Telegram chat id) or server (Discord guild id) spoken in; null in a private chat. */
  place: string | null;
  /** The group's or server's name, where the platform tells it (a registration's default title). */
  placeTitle?: string;
  /** Whether the speaker administers that Telegram chat or Discord server now (may ask the platform). */
  moderates(place: string): Promise<boolean>;
}

export const reply = (...messages: ChatMessage[]): ChatReply => ({ messages });
export const text = (t: string): ChatReply => ({ messages: [{ text: t }] });

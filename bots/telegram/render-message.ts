import type { InlineKeyboardMarkup } from 'grammy/types';
import type { CardImage } from '../../core';
import type { ChatButton, ChatMessage } from '../common/chat-message';

/** Telegram's limits: message text (after entity parsing), callback data, toast text. */
export const MAX_MESSAGE_LENGTH = 4096;
export const MAX_CALLBACK_DATA_BYTES = 64;
export const MAX_TOAST_LENGTH = 200;
/** A photo's caption, counted after entity parsing (what the member reads). */
export const MAX_CAPTION_LENGTH = 1024;

/** A message ready for sendMessage/editMessageText (or, with a photo, sendPhoto/editMessageCaption) with parse_mode HTML. */
export interface TelegramMessage {
  /** The text, or the caption when the message is a photo. */
  html: string;
  replyMarkup?: InlineKeyboardMarkup;
  /**
   * A card's picture; `text` is the whole card as text messages, sent when Telegram refuses
   * the picture. `whole`: the caption holds the whole card; when it does not, the photo goes
   * without buttons and `text` follows it with them, so no one answers a card they could
   * only read cut (a long item, a contribution to check).
   */
  photo?: { image: CardImage; text: TelegramMessage[]; whole: boolean };
}

/** Escapes the three characters Telegram's HTML mode reserves; user text is never markup. */
export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Splits plain text into pieces whose escaped form fits `limit` characters: at line
 * breaks where possible, inside a line only when the line alone is too long (never
 * through a surrogate pair, never through an escape).
 */
export function splitText(text: string, limit = MAX_MESSAGE_LENGTH): string[] {
  const pieces: string[] = [];
  let current = '';
  let currentLength = 0;
  const push = () => {
    pieces.push(current);
    current = '';
    currentLength = 0;
  };
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const piece = i < lines.length - 1 ? line + '\n' : line;
    const length = escapeHtml(piece).length;
    if (currentLength + length <= limit) {
      current += piece;
      currentLength += length;
      return;
    }
    if (currentLength > 0) push();
    if (length <= limit) {
      current = piece;
      currentLength = length;
      return;
    }
    for (const ch of piece) {
      const l = escapeHtml(ch).length;
      if (currentLength + l > limit) push();
      current += ch;
      currentLength += l;
    }
  });
  if (currentLength > 0 || pieces.length === 0) push();
  // A piece of only a line break is not a message Telegram accepts.
  return pieces.map((p) => p.replace(/\n+$/, '')).filter((p, i, all) => p.length > 0 || all.length === 1);
}

/** Inline keyboard of a message; throws on a button id over 64 bytes (a bug, never user input). */
export function keyboard(buttons: ChatMessage['buttons']): InlineKeyboardMarkup | undefined {
  if (!buttons || buttons.length === 0) return undefined;
  return {
    inline_keyboard: buttons
      .filter((row) => row.length > 0)
      .map((row) =>
        row.map((b) => {
          if (Buffer.byteLength(b.id, 'utf8') > MAX_CALLBACK_DATA_BYTES) throw new Error(`button id over ${MAX_CALLBACK_DATA_BYTES} bytes: ${b.id.slice(0, 80)}`);
          return { text: b.label.length > 0 ? b.label : '·', callback_data: b.id };
        }),
      ),
  };
}

/** A message's inline keyboard as buttons (a pressed card as the member sees it); buttons that carry no callback data are left out. */
export function shownButtons(markup: InlineKeyboardMarkup | undefined): ChatButton[][] {
  return (markup?.inline_keyboard ?? []).map((row) => row.flatMap((b) => ('callback_data' in b && typeof b.callback_data === 'string' ? [{ id: b.callback_data, label: b.text }] : [])));
}

/** The longest prefix of `text` within `limit` UTF-16 units, never through a surrogate pair, cut at a word end when one is near, with an ellipsis. */
function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end -= 1;
  const space = text.slice(0, end).search(/\s\S*$/);
  // A word end in the last fifth is worth the lost characters; a long word is cut where it is.
  if (space > end * 0.8) end = space;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * A card's text as a photo caption within `limit` characters (Telegram counts what the
 * member reads, so the plain text's length). A card is paragraphs: the title and question
 * first, the reward line last, the item between; a long item is cut so the question and
 * reward stay. A text that is only a long head is cut at its end.
 */
export function captionText(text: string, limit = MAX_CAPTION_LENGTH): string {
  if (text.length <= limit) return text;
  const paragraphs = text.split('\n\n');
  if (paragraphs.length >= 3) {
    const head = paragraphs[0]!;
    const tail = paragraphs[paragraphs.length - 1]!;
    const room = limit - head.length - tail.length - 4;
    // Room for at least a few characters of the item and its ellipsis.
    if (room >= 8) return `${head}\n\n${cutText(paragraphs.slice(1, -1).join('\n\n'), room)}\n\n${tail}`;
  }
  return cutText(text, limit);
}

/** A message's text pages: escaped, a long text paginated, the buttons under the last page. */
function textPages(m: ChatMessage): TelegramMessage[] {
  const pages = splitText(m.text.length > 0 ? m.text : '·');
  const replyMarkup = keyboard(m.buttons);
  return pages.map((p, i) => (i === pages.length - 1 && replyMarkup ? { html: escapeHtml(p), replyMarkup } : { html: escapeHtml(p) }));
}

/**
 * Platform-neutral messages as Telegram messages: escaped text, a long text paginated into
 * several messages, the buttons under the last page. A card with a picture is one photo
 * with the card as its caption and the buttons; when the card does not fit a caption, the
 * photo with a cut caption, then the whole card as text with the buttons (`photo.whole`).
 */
export function renderMessages(messages: readonly ChatMessage[]): TelegramMessage[] {
  const out: TelegramMessage[] = [];
  for (const m of messages) {
    const text = textPages(m);
    if (!m.image) {
      out.push(...text);
      continue;
    }
    const replyMarkup = keyboard(m.buttons);
    const plain = m.text.length > 0 ? m.text : '·';
    const caption = escapeHtml(captionText(plain));
    out.push({ html: caption, ...(replyMarkup ? { replyMarkup } : {}), photo: { image: m.image, text, whole: plain.length <= MAX_CAPTION_LENGTH } });
  }
  return out;
}

/** A toast (callback answer) within Telegram's 200 characters. */
export const toastText = (text: string): string => (text.length <= MAX_TOAST_LENGTH ? text : `${text.slice(0, MAX_TOAST_LENGTH - 1)}…`);

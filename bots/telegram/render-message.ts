import type { InlineKeyboardMarkup } from 'grammy/types';
import type { ChatMessage } from '../common/chat-message';

/** Telegram's limits: message text (after entity parsing), callback data, toast text. */
export const MAX_MESSAGE_LENGTH = 4096;
export const MAX_CALLBACK_DATA_BYTES = 64;
export const MAX_TOAST_LENGTH = 200;

/** A message ready for sendMessage/editMessageText with parse_mode HTML. */
export interface TelegramMessage {
  html: string;
  replyMarkup?: InlineKeyboardMarkup;
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

/**
 * Platform-neutral messages as Telegram messages: escaped text, a long text paginated into
 * several messages, the buttons under the last page.
 */
export function renderMessages(messages: readonly ChatMessage[]): TelegramMessage[] {
  const out: TelegramMessage[] = [];
  for (const m of messages) {
    const pages = splitText(m.text.length > 0 ? m.text : '·');
    const replyMarkup = keyboard(m.buttons);
    pages.forEach((p, i) => out.push(i === pages.length - 1 && replyMarkup ? { html: escapeHtml(p), replyMarkup } : { html: escapeHtml(p) }));
  }
  return out;
}

/** A toast (callback answer) within Telegram's 200 characters. */
export const toastText = (text: string): string => (text.length <= MAX_TOAST_LENGTH ? text : `${text.slice(0, MAX_TOAST_LENGTH - 1)}…`);

import { GrammyError, InputFile, type Api } from 'grammy';
import type { Message } from 'grammy/types';
import { isMediaRefused, type CardImage, type ImageStore, type Logger } from '../../core';
import type { TelegramMessage } from './render-message';

/** The most stored images whose Telegram file_id is remembered, and the most text-only cards (oldest forgotten first). */
const MAX_REMEMBERED = 10_000;

/** Extra fields of a send (a reply's link previews off). */
type SendExtra = { link_preview_options?: { is_disabled: boolean }; message_thread_id?: number };

const remember = <K, V>(map: Map<K, V>, key: K, value: V): void => {
  map.delete(key);
  if (map.size >= MAX_REMEMBERED) map.delete(map.keys().next().value as K);
  map.set(key, value);
};

const refused = (e: unknown): boolean => e instanceof GrammyError && e.error_code === 400;

/**
 * Sends and edits Telegram messages, a card with a picture as a photo: an https URL handed
 * to Telegram as it is, a stored image uploaded from the media store once and then sent by
 * the file_id Telegram gave it. A picture Telegram refuses (a URL it cannot fetch) leaves
 * the card as text, logged; an edit then edits that text.
 */
export class TelegramPhotos {
  /** Media-store ref -> the file_id of its first upload. */
  private readonly fileIds = new Map<string, string>();
  /** "chat:message" of cards that went out as text after their picture was refused. */
  private readonly textCards = new Map<string, true>();

  constructor(
    private readonly api: Api,
    private readonly media: Pick<ImageStore, 'readImage'>,
    private readonly logger: Logger,
  ) {}

  /** Sends one rendered message; resolves with the id of the message that carries its buttons. */
  async send(chatId: number, m: TelegramMessage, extra: SendExtra = {}): Promise<number> {
    if (m.photo) {
      // A card too long for a caption: the picture first, then the whole card, which carries the buttons.
      const sent = await this.sendPhoto(chatId, m.photo.whole ? m : { html: m.html }, m.photo.image, extra);
      if (sent && m.photo.whole) return sent.message_id;
      let last = 0;
      for (const page of m.photo.text) last = await this.send(chatId, page, extra);
      remember(this.textCards, `${chatId}:${last}`, true);
      return last;
    }
    return (await this.api.sendMessage(chatId, m.html, { parse_mode: 'HTML', reply_markup: m.replyMarkup, ...extra })).message_id;
  }

  /**
   * Edits a card in place: a photo's caption (a final card's buttons dropped with an empty
   * keyboard), or the text of a text card. After a restart a card that went out as text is
   * found by Telegram's answer to the caption edit.
   */
  async edit(chatId: number, messageId: number, m: TelegramMessage): Promise<void> {
    const replyMarkup = (t: TelegramMessage) => t.replyMarkup ?? { inline_keyboard: [] };
    if (m.photo && !this.textCards.has(`${chatId}:${messageId}`)) {
      try {
        await this.api.editMessageCaption(chatId, messageId, { caption: m.html, parse_mode: 'HTML', reply_markup: replyMarkup(m) });
        return;
      } catch (e) {
        if (!(e instanceof GrammyError && /no caption/i.test(e.description))) throw e;
        remember(this.textCards, `${chatId}:${messageId}`, true);
      }
    }
    // A card edits as one message: its first page, with the buttons.
    const text = m.photo ? { ...m.photo.text[0]!, replyMarkup: m.replyMarkup } : m;
    await this.api.editMessageText(chatId, messageId, text.html, { parse_mode: 'HTML', reply_markup: replyMarkup(text) });
  }

  /** The photo message, or undefined when Telegram refused the picture (or the store lost the file). */
  private async sendPhoto(chatId: number, m: TelegramMessage, image: CardImage, extra: SendExtra): Promise<Message.PhotoMessage | undefined> {
    const other = { caption: m.html, parse_mode: 'HTML' as const, reply_markup: m.replyMarkup, ...(extra.message_thread_id === undefined ? {} : { message_thread_id: extra.message_thread_id }) };
    if (image.kind === 'url') {
      try {
        return await this.api.sendPhoto(chatId, image.url, other);
      } catch (e) {
        if (!refused(e)) throw e;
        this.logger.warn('telegram refused a card picture; the card goes as text', { chatId, url: image.url, error: (e as GrammyError).description });
        return undefined;
      }
    }
    const cached = this.fileIds.get(image.ref);
    if (cached) {
      try {
        return await this.api.sendPhoto(chatId, cached, other);
      } catch (e) {
        if (!refused(e)) throw e;
        // A file_id Telegram no longer knows: upload the file again.
        this.fileIds.delete(image.ref);
      }
    }
    let bytes: Buffer;
    try {
      bytes = await this.media.readImage(image.ref);
    } catch (e) {
      if (!isMediaRefused(e)) throw e;
      this.logger.warn('card picture missing from the media store; the card goes as text', { chatId, ref: image.ref, error: e });
      return undefined;
    }
    try {
      const sent = await this.api.sendPhoto(chatId, new InputFile(bytes, image.ref), other);
      // Telegram sends the sizes it made, largest last; any of them names the file.
      const fileId = sent.photo?.at(-1)?.file_id;
      if (fileId) remember(this.fileIds, image.ref, fileId);
      return sent;
    } catch (e) {
      if (!refused(e)) throw e;
      this.logger.warn('telegram refused an uploaded card picture; the card goes as text', { chatId, ref: image.ref, error: (e as GrammyError).description });
      return undefined;
    }
  }
}

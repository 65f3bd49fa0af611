import type { ImageStore, Logger } from '../../core';
import { isMediaRefused } from '../../core';
import { messageBody, type DiscordMessage, type MessageBody } from './render-message';

/** A file part of a message: its name (what attachment:// names) and bytes. */
export interface UploadFile {
  name: string;
  data: Buffer;
}

/**
 * A message's REST body and its stored picture as a file part. When the store has lost the
 * file, the card goes out without its picture (logged) rather than not at all.
 */
export async function withUpload(m: DiscordMessage, media: Pick<ImageStore, 'readImage'>, logger: Logger): Promise<{ body: MessageBody; files: UploadFile[] }> {
  const body = messageBody(m);
  if (m.upload === undefined) return { body, files: [] };
  try {
    return { body, files: [{ name: m.upload, data: await media.readImage(m.upload) }] };
  } catch (e) {
    if (!isMediaRefused(e)) throw e;
    logger.warn('card picture missing from the media store; the card goes without it', { ref: m.upload, error: e });
    return { body: { ...body, embeds: body.embeds.map(({ image: _image, ...embed }) => embed) }, files: [] };
  }
}

import { isMediaRef } from './image-limits';

/**
 * The picture of a task card: an https URL handed to the chat platform as it is (the
 * platform fetches it, never this server), or an image of the media store (an upload's,
 * re-encoded there) that the bot uploads itself.
 */
export type CardImage = { kind: 'url'; url: string } | { kind: 'stored'; ref: string };

/** The longest image URL a card hands on (Telegram takes URLs of up to 2,048 bytes in a request). */
export const MAX_IMAGE_URL = 2048;

/**
 * An item's picture from its `image` field, or undefined: only an https URL or a media-store
 * ref is shown; anything else there (a server path, a data: URL the operator's own baseline
 * reads) stays text, so a chat never shows or sends a file the item merely names.
 */
export function cardImage(payload: Record<string, unknown>): CardImage | undefined {
  const v = payload.image;
  if (isMediaRef(v)) return { kind: 'stored', ref: v };
  if (typeof v !== 'string' || v.length > MAX_IMAGE_URL) return undefined;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '' ? { kind: 'url', url: url.href } : undefined;
}

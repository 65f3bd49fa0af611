/**
 * Why the media side refused something: a stable code (for the chat edge's table, once the
 * lead maps these into DomainError codes) and a sentence naming the cause (for a bad row).
 */
export type MediaRefusalCode =
  // Images (image-store.ts)
  | 'image.too_many_bytes'
  | 'image.unsupported_format'
  | 'image.too_many_pixels'
  | 'image.bad_aspect_ratio'
  | 'image.undecodable'
  | 'image.output_too_large'
  | 'image.bad_ref'
  | 'image.not_found'
  // ZIP uploads (zip-upload.ts)
  | 'zip.unreadable'
  | 'zip.too_many_entries'
  | 'zip.items_file'
  | 'zip.unsafe_path'
  | 'zip.not_a_file'
  | 'zip.encrypted'
  | 'zip.unsupported_compression'
  | 'zip.entry_too_large'
  | 'zip.total_too_large'
  | 'zip.ratio_too_high'
  | 'zip.duplicate_name'
  | 'zip.missing_image'
  | 'zip.too_many_images'
  | 'zip.too_many_pixels'
  | 'zip.stored_too_large'
  // URL fetches (safe-fetch.ts)
  | 'fetch.bad_url'
  | 'fetch.scheme'
  | 'fetch.dns'
  | 'fetch.blocked_address'
  | 'fetch.too_many_redirects'
  | 'fetch.http_status'
  | 'fetch.too_large'
  | 'fetch.timeout'
  | 'fetch.idle_timeout'
  | 'fetch.network'
  | 'fetch.not_an_image';

/** A refusal as a value: what upload entries and bad rows carry. */
export interface MediaRefusal {
  code: MediaRefusalCode;
  reason: string;
}

/** Thrown by storeImage, readImage and safeFetchImage; `reason` is the sentence shown. */
export class MediaRefusedError extends Error {
  constructor(
    readonly code: MediaRefusalCode,
    readonly reason: string,
  ) {
    super(`${code}: ${reason}`);
    this.name = 'MediaRefusedError';
  }

  get refusal(): MediaRefusal {
    return { code: this.code, reason: this.reason };
  }
}

export const isMediaRefused = (e: unknown): e is MediaRefusedError => e instanceof MediaRefusedError;

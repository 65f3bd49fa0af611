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

/** Why a ZIP entry's name is unsafe (zip-entry-rules.ts entryNameProblem). */
export type UnsafeNameWhy = 'empty' | 'backslash' | 'absolute' | 'drive_letter' | 'control_character' | 'parent_segment' | 'empty_segment';

/**
 * What a refusal names, one case per sentence, for the chat edge's words: numbers as
 * numbers, names as given. A refusal without facts is shown by its `reason` (English).
 */
export type MediaRefusalFacts =
  | { case: 'image.too_many_bytes'; bytes: number; max: number }
  | { case: 'image.unsupported_format'; format: string; accepted: string }
  | { case: 'image.no_size' }
  | { case: 'image.too_many_pixels'; width: number; height: number; max: number }
  | { case: 'image.bad_aspect_ratio'; width: number; height: number; max: number }
  | { case: 'zip.too_many_images'; count: number; max: number }
  | { case: 'zip.too_many_pixels'; max: number }
  | { case: 'zip.stored_too_large'; max: number }
  | { case: 'zip.unsafe_path'; name: string; why: UnsafeNameWhy }
  | { case: 'zip.symbolic_link'; name: string }
  | { case: 'zip.not_a_file'; name: string; mode: string }
  | { case: 'zip.encrypted'; name: string }
  | { case: 'zip.unsupported_compression'; name: string; method: number }
  | { case: 'zip.declares_too_large'; name: string; bytes: number; max: number }
  | { case: 'zip.declares_ratio'; name: string; max: number }
  | { case: 'zip.inflates_too_large'; name: string; max: number }
  | { case: 'zip.inflates_ratio'; name: string; max: number }
  | { case: 'zip.duplicate_name'; name: string };

/** A refusal as a value: what upload entries and bad rows carry. */
export interface MediaRefusal {
  code: MediaRefusalCode;
  /** The cause in English, for logs (and the edge, where `facts` are missing). */
  reason: string;
  facts?: MediaRefusalFacts;
}

/** Thrown by storeImage, readImage and safeFetchImage; `reason` is the sentence logged, `facts` what the edge words. */
export class MediaRefusedError extends Error {
  constructor(
    readonly code: MediaRefusalCode,
    readonly reason: string,
    readonly facts?: MediaRefusalFacts,
  ) {
    super(`${code}: ${reason}`);
    this.name = 'MediaRefusedError';
  }

  get refusal(): MediaRefusal {
    return this.facts ? { code: this.code, reason: this.reason, facts: this.facts } : { code: this.code, reason: this.reason };
  }
}

export const isMediaRefused = (e: unknown): e is MediaRefusedError => e instanceof MediaRefusedError;

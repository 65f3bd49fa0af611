import type { ItemFormat } from '../campaigns/item-rows';
import type { StoredImage } from './image-store';
import type { MediaRefusal, UnsafeNameWhy } from './media-refusal';
import { mediaProblem, problem, refusalParams, type Problem } from '../domain/problem';

export interface ZipLimits {
  /** Bytes of the archive itself. */
  maxZipBytes: number;
  /** Entries in the central directory (directories included). */
  maxEntries: number;
  /** Inflated bytes of one image entry (the image store's input limit). */
  maxImageBytes: number;
  /** Inflated bytes of the items file, held in memory. */
  maxItemsBytes: number;
  /** Inflated bytes of all entries read, together. */
  maxTotalBytes: number;
  /** Inflated / compressed bytes of an entry, enforced once it has inflated past ratioFloorBytes. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Images read and stored per upload (each costs a decode and a file, whatever its size). */
  maxImages: number;
  /** Input pixels of all images together, from each header before it is decoded: the upload's decode time. */
  maxImagePixels: number;
  /** Bytes the store may write for one upload: this many times the archive's bytes... */
  storedBytesPerZipByte: number;
  /** ...but never less than this. */
  minStoredBytes: number;
}

/**
 * Deflate cannot pass about 1032:1; ordinary CSV stays under 20:1 and images near 1:1, so
 * 200:1 over the first MiB only catches bombs. The byte limits are the real bound: an
 * upload never inflates past maxTotalBytes, whatever its headers claim.
 *
 * The per-upload budgets bound what an archive costs after it inflates: a 159-byte PNG of
 * 40 MP takes a full decode, and a 2 KB checkerboard re-encodes to about a megabyte. The
 * pixel budget holds a whole archive of camera photos (the archive limit allows no more),
 * and the count a dataset of small images per upload. Photos re-encode at or below their
 * own size (long side 2048 px), so 4 times the archive leaves room for small, heavily
 * compressed inputs; the floor lets a small archive of icons through.
 */
export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxZipBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
  maxImageBytes: 20 * 1024 * 1024,
  maxItemsBytes: 20 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxImages: 2_000,
  maxImagePixels: 2_000_000_000,
  storedBytesPerZipByte: 4,
  minStoredBytes: 64 * 1024 * 1024,
});

/** What an upload has used of its budgets so far. */
export interface UploadSpent {
  /** Images to read (counted before any is read). */
  images: number;
  /** Input pixels of the images whose headers were read, this one included. */
  pixels: number;
  /** Bytes the store wrote (or found) for the images stored. */
  storedBytes: number;
}

/** Bytes the store may write for an archive of `zipBytes`. */
export const storedBytesBudget = (zipBytes: number, limits: ZipLimits): number => Math.max(limits.minStoredBytes, zipBytes * limits.storedBytesPerZipByte);

/** Why an upload must stop as a whole, having spent `spent` of an archive of `zipBytes`, or undefined. */
export function uploadBudgetProblem(spent: UploadSpent, zipBytes: number, limits: ZipLimits): MediaRefusal | undefined {
  if (spent.images > limits.maxImages) return {
      code: 'zip.too_many_images',
      reason: `the archive names ${spent.images} images, more than ${limits.maxImages} per upload`,
      facts: { case: 'zip.too_many_images', count: spent.images, max: limits.maxImages },
    };
  if (spent.pixels > limits.maxImagePixels)
    return {
      code: 'zip.too_many_pixels',
      reason: `the archive's images hold more than ${limits.maxImagePixels} pixels together; split it into smaller uploads`,
      facts: { case: 'zip.too_many_pixels', max: limits.maxImagePixels },
    };
  const bytes = storedBytesBudget(zipBytes, limits);
  if (spent.storedBytes > bytes)
    return {
      code: 'zip.stored_too_large',
      reason: `the archive's images take more than ${bytes} bytes once stored; split it into smaller uploads`,
      facts: { case: 'zip.stored_too_large', max: bytes },
    };
  return undefined;
}

/** What the central directory says of an entry, before any of its data is read. */
export interface ZipEntryInfo {
  name: string;
  /** The unix mode from the external attributes (0 when the archive was not made on unix). */
  unixMode: number;
  encrypted: boolean;
  compressionMethod: number;
  declaredSize: number;
  compressedSize: number;
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

export const isDirectoryEntry = (e: Pick<ZipEntryInfo, 'name' | 'unixMode'>): boolean => e.name.endsWith('/') || (e.unixMode & S_IFMT) === S_IFDIR;

/**
 * Why an entry's name is unsafe, or undefined. Names are only ever looked up, never
 * written to disk, but a name that would leave a folder when extracted (zip-slip) is
 * refused all the same, so no later change can trip on it.
 */
export function entryNameProblem(name: string): MediaRefusal | undefined {
  const unsafe = (why: UnsafeNameWhy, words: string): MediaRefusal => ({
    code: 'zip.unsafe_path',
    reason: `the name ${JSON.stringify(name)} ${words}`,
    facts: { case: 'zip.unsafe_path', name, why },
  });
  if (name === '') return unsafe('empty', 'is empty');
  if (name.includes('\\')) return unsafe('backslash', 'has a backslash');
  if (name.startsWith('/')) return unsafe('absolute', 'is an absolute path');
  if (/^[a-zA-Z]:/.test(name)) return unsafe('drive_letter', 'starts with a drive letter');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return unsafe('control_character', 'has a control character');
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.includes('..')) return unsafe('parent_segment', 'has a ".." segment');
  if (segments.some((s) => s === '' || s === '.')) return unsafe('empty_segment', 'has an empty or "." segment');
  return undefined;
}

/** Why an entry is refused from its central-directory record alone, or undefined. */
export function entryProblem(e: ZipEntryInfo, limits: ZipLimits, maxBytes: number): MediaRefusal | undefined {
  const name = entryNameProblem(e.name);
  if (name) return name;
  const type = e.unixMode & S_IFMT;
  if (type === S_IFLNK) return { code: 'zip.not_a_file', reason: `${e.name} is a symbolic link`, facts: { case: 'zip.symbolic_link', name: e.name } };
  if (type !== 0 && type !== S_IFREG) {
    const mode = e.unixMode.toString(8);
    return { code: 'zip.not_a_file', reason: `${e.name} is not a regular file (mode ${mode})`, facts: { case: 'zip.not_a_file', name: e.name, mode } };
  }
  if (e.encrypted) return { code: 'zip.encrypted', reason: `${e.name} is encrypted`, facts: { case: 'zip.encrypted', name: e.name } };
  if (e.compressionMethod !== 0 && e.compressionMethod !== 8)
    return {
      code: 'zip.unsupported_compression',
      reason: `${e.name} uses compression method ${e.compressionMethod} (only stored and deflate)`,
      facts: { case: 'zip.unsupported_compression', name: e.name, method: e.compressionMethod },
    };
  if (e.declaredSize > maxBytes)
    return {
      code: 'zip.entry_too_large',
      reason: `${e.name} declares ${e.declaredSize} bytes, more than ${maxBytes}`,
      facts: { case: 'zip.declares_too_large', name: e.name, bytes: e.declaredSize, max: maxBytes },
    };
  if (e.declaredSize > limits.ratioFloorBytes && e.declaredSize > e.compressedSize * limits.maxRatio)
    return {
      code: 'zip.ratio_too_high',
      reason: `${e.name} declares a compression ratio over ${limits.maxRatio}:1`,
      facts: { case: 'zip.declares_ratio', name: e.name, max: limits.maxRatio },
    };
  return undefined;
}

/**
 * Why reading an entry must stop after `inflated` bytes out of `compressedSize`, or
 * undefined: counted on the bytes actually inflated, whatever the headers declared.
 */
export function inflatedProblem(name: string, inflated: number, compressedSize: number, maxBytes: number, limits: ZipLimits): MediaRefusal | undefined {
  if (inflated > maxBytes) return { code: 'zip.entry_too_large', reason: `${name} inflates past ${maxBytes} bytes`, facts: { case: 'zip.inflates_too_large', name, max: maxBytes } };
  if (inflated > limits.ratioFloorBytes && inflated > Math.max(compressedSize, 1) * limits.maxRatio)
    return {
      code: 'zip.ratio_too_high',
      reason: `${name} inflates more than ${limits.maxRatio} times its compressed size`,
      facts: { case: 'zip.inflates_ratio', name, max: limits.maxRatio },
    };
  return undefined;
}

/** Names that occur more than once: each such entry is refused, since a row could mean either. */
export function duplicateNames(names: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  // NFC and case folding make "É.png" and "é.png" (or "A.png" and "a.png") one file on some disks.
  for (const n of names) {
    const k = n.normalize('NFC').toLowerCase();
    if (seen.has(k)) twice.add(k);
    seen.add(k);
  }
  return new Set(names.filter((n) => twice.has(n.normalize('NFC').toLowerCase())));
}

/** Files a Mac or Windows adds on its own: never the items file, never an image. */
const isSystemFile = (name: string): boolean => /(^|\/)(__MACOSX\/|\._|\.DS_Store$|Thumbs\.db$)/.test(name);

/** The items file's format from its name, or undefined when the entry is not one. */
export function itemsFormatOf(name: string): ItemFormat | undefined {
  if (isSystemFile(name)) return undefined;
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.jsonl')) return 'jsonl';
  return undefined;
}

/** What became of one image entry of an upload. */
export type ZipImageOutcome = { ok: true; image: StoredImage } | { ok: false; refusal: MediaRefusal };

export type RewrittenPayload = { ok: true; payload: Record<string, unknown> } | { ok: false; problem: Problem };

/** The field of an item's payload that names its image. */
export const IMAGE_FIELD = 'image';

/**
 * An item's payload with its `image` field turned from an entry name (relative to the
 * items file's folder, `itemsDir`) into the stored image's ref; https URLs stay as they
 * are. A row naming a refused or missing image, or naming it unsafely, gets the reason.
 */
export function rewriteImageField(payload: Record<string, unknown>, images: ReadonlyMap<string, ZipImageOutcome>, itemsDir = ''): RewrittenPayload {
  const value = payload[IMAGE_FIELD];
  if (value === undefined || value === null || value === '') return { ok: true, payload };
  if (typeof value !== 'string') return { ok: false, problem: problem('', 'image_not_text') };
  if (/^https:\/\//i.test(value)) return { ok: true, payload };
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[a-zA-Z]:[\\/]/.test(value))
    return { ok: false, problem: { field: '', code: 'image_not_file_or_url', params: { image: value } } };
  const relative = value.replace(/^(\.\/)+/, '');
  const unsafe = entryNameProblem(relative);
  if (unsafe) return { ok: false, problem: mediaProblem(unsafe) };
  const name = itemsDir === '' ? relative : `${itemsDir}/${relative}`;
  const outcome = images.get(name);
  if (!outcome) return { ok: false, problem: { field: '', code: 'image_not_in_archive', params: { image: value } } };
  if (!outcome.ok) return { ok: false, problem: { field: '', code: 'image_refused', params: { image: value, ...refusalParams(outcome.refusal) } } };
  return { ok: true, payload: { ...payload, [IMAGE_FIELD]: outcome.image.ref } };
}

/** The entry name a payload's image field refers to, or undefined (no image, a URL, or unsafe). */
export function imageEntryName(payload: Record<string, unknown>, itemsDir = ''): string | undefined {
  const value = payload[IMAGE_FIELD];
  if (typeof value !== 'string' || value === '' || /^[a-z][a-z0-9+.-]*:/i.test(value)) return undefined;
  const relative = value.replace(/^(\.\/)+/, '');
  if (entryNameProblem(relative)) return undefined;
  return itemsDir === '' ? relative : `${itemsDir}/${relative}`;
}

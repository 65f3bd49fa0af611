import type { MediaRefusal } from './media-refusal';

/** The input formats accepted; a GIF counts by its first frame. */
export const ACCEPTED_FORMATS = ['jpeg', 'png', 'webp', 'gif'] as const;
export type AcceptedFormat = (typeof ACCEPTED_FORMATS)[number];
/** What the store writes: JPEG, or PNG when the image has alpha. */
export type StoredFormat = 'jpeg' | 'png';

export interface ImageLimits {
  /** Bytes of an input file. */
  maxInputBytes: number;
  /** width x height of an input, checked from its header before any pixel is decoded. */
  maxInputPixels: number;
  /** long side / short side; Telegram refuses photos beyond 20. */
  maxAspectRatio: number;
  /** Long side of the stored image, in pixels. */
  maxLongSide: number;
  /** Bytes of the stored file. */
  maxOutputBytes: number;
}

/**
 * 40 MP holds every common camera photo (most phones save 12 to 50 MP, 48/50 MP sensors
 * default to binned 12 MP) while bounding a decode at 160 MB of RGBA; a 200 MP PNG that
 * deflates from a few kilobytes is refused from its header. 2048 px on the long side keeps
 * width + height at most 4096 (Telegram allows 10000) and a card sharp on any screen. Output
 * at most 8,000,000 bytes fits Discord's 8 MB attachments and Telegram's 10 MB photos.
 */
export const DEFAULT_IMAGE_LIMITS: Readonly<ImageLimits> = Object.freeze({
  maxInputBytes: 20 * 1024 * 1024,
  maxInputPixels: 40_000_000,
  maxAspectRatio: 20,
  maxLongSide: 2048,
  maxOutputBytes: 8_000_000,
});

const startsWith = (b: Uint8Array, sig: number[], at = 0) => b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, from: number, to: number) => Buffer.from(b.subarray(from, to)).toString('latin1');

/**
 * The format a file's first bytes announce: one of the accepted ones, a named other one
 * (so the refusal can say "svg is not accepted"), or 'unknown'. Decided before sharp sees
 * the bytes, so no parser but the four accepted ones ever runs on an upload.
 */
export function sniffImageFormat(bytes: Uint8Array): AcceptedFormat | 'svg' | 'tiff' | 'bmp' | 'heif' | 'avif' | 'pdf' | 'ico' | 'unknown' {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (['GIF87a', 'GIF89a'].includes(ascii(bytes, 0, 6))) return 'gif';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (ascii(bytes, 0, 2) === 'BM') return 'bmp';
  if (ascii(bytes, 4, 8) === 'ftyp') return /^avi[fs]$/.test(ascii(bytes, 8, 12)) ? 'avif' : 'heif';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00])) return 'ico';
  if (/^\s*(<\?xml|<svg|<!DOCTYPE svg)/i.test(ascii(bytes, 0, 256))) return 'svg';
  return 'unknown';
}

export const isAcceptedFormat = (f: string): f is AcceptedFormat => (ACCEPTED_FORMATS as readonly string[]).includes(f);

/** An input's byte count, sniffed format and header size, as read before decoding. */
export interface ImageHeader {
  byteLength: number;
  format: string;
  width: number;
  height: number;
}

/** Why an input is refused from its byte count and sniffed format alone (before sharp reads it), or undefined. */
export function fileProblem(byteLength: number, format: string, limits: ImageLimits = DEFAULT_IMAGE_LIMITS): MediaRefusal | undefined {
  if (byteLength > limits.maxInputBytes) return {
      code: 'image.too_many_bytes',
      reason: `the image is ${byteLength} bytes, more than ${limits.maxInputBytes}`,
      facts: { case: 'image.too_many_bytes', bytes: byteLength, max: limits.maxInputBytes },
    };
  if (!isAcceptedFormat(format)) {
    const name = format === 'unknown' ? 'an unknown format' : format;
    return {
      code: 'image.unsupported_format',
      reason: `the file is ${name}; accepted: ${ACCEPTED_FORMATS.join(', ')}`,
      facts: { case: 'image.unsupported_format', format, accepted: ACCEPTED_FORMATS.join(', ') },
    };
  }
  return undefined;
}

/** Why an input is refused from its header's size (after auto-orientation), or undefined; no pixel is decoded yet. */
export function headerProblem(width: number, height: number, limits: ImageLimits = DEFAULT_IMAGE_LIMITS): MediaRefusal | undefined {
  if (!(width >= 1 && height >= 1)) return { code: 'image.undecodable', reason: 'the image header has no size', facts: { case: 'image.no_size' } };
  if (width * height > limits.maxInputPixels) return {
      code: 'image.too_many_pixels',
      reason: `the image is ${width}x${height}, more than ${limits.maxInputPixels} pixels`,
      facts: { case: 'image.too_many_pixels', width, height, max: limits.maxInputPixels },
    };
  const ratio = Math.max(width, height) / Math.min(width, height);
  if (ratio > limits.maxAspectRatio) return {
      code: 'image.bad_aspect_ratio',
      reason: `the image is ${width}x${height}, longer than ${limits.maxAspectRatio}:1`,
      facts: { case: 'image.bad_aspect_ratio', width, height, max: limits.maxAspectRatio },
    };
  return undefined;
}

/** Both checks in order: why an input is refused before decoding, or undefined. */
export const imageInputProblem = (h: ImageHeader, limits: ImageLimits = DEFAULT_IMAGE_LIMITS): MediaRefusal | undefined =>
  fileProblem(h.byteLength, h.format, limits) ?? headerProblem(h.width, h.height, limits);

/** The size to store an image of width x height at: scaled down so its long side is at most maxLongSide, never up. */
export function targetSize(width: number, height: number, maxLongSide: number): { width: number; height: number } {
  const long = Math.max(width, height);
  if (long <= maxLongSide) return { width, height };
  const scale = maxLongSide / long;
  // The long side lands exactly on the limit; the short one rounds, and keeps at least a pixel.
  return width >= height
    ? { width: maxLongSide, height: Math.max(1, Math.round(height * scale)) }
    : { width: Math.max(1, Math.round(width * scale)), height: maxLongSide };
}

const EXTENSION: Record<StoredFormat, string> = { jpeg: 'jpg', png: 'png' };
const REF = /^[0-9a-f]{64}\.(jpg|png)$/;

/** The store's name for an output: the sha256 of its bytes in hex, and its extension. */
export const mediaRef = (sha256Hex: string, format: StoredFormat): string => `${sha256Hex}.${EXTENSION[format]}`;

/** Whether `ref` is of the store's own form; anything else (a path, `..`, a URL) is never read. */
export const isMediaRef = (ref: unknown): ref is string => typeof ref === 'string' && REF.test(ref);

/** The format a valid ref names. */
export const refFormat = (ref: string): StoredFormat => (ref.endsWith('.png') ? 'png' : 'jpeg');

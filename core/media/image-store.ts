import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { DEFAULT_IMAGE_LIMITS, fileProblem, headerProblem, isMediaRef, mediaRef, sniffImageFormat, targetSize, type ImageLimits, type StoredFormat } from './image-limits';
import { MediaRefusedError } from './media-refusal';

/** An image as the store keeps it. `ref` is what an item's payload carries. */
export interface StoredImage {
  /** `<sha256 of the file, hex>.jpg|png`: the store's only name for it. */
  ref: string;
  /** The absolute path of the file (for chat uploads). */
  path: string;
  width: number;
  height: number;
  /** Size of the stored file in bytes. */
  bytes: number;
  format: StoredFormat;
}

/** The store's default place: DATA_DIR/media. */
export const mediaDir = (dataDir: string): string => path.join(dataDir, 'media');

/** Each retry shrinks the long side by this much when an output is over maxOutputBytes. */
const SHRINK = 0.7;
const MAX_SHRINKS = 4;
const JPEG_QUALITY = 85;

/**
 * Uploaded images, validated and re-encoded, content-addressed in one flat directory.
 * Nothing but the store's own re-encoded bytes is ever written there, under names it
 * makes itself.
 */
export class ImageStore {
  readonly dir: string;

  constructor(
    dir: string,
    private readonly limits: ImageLimits = DEFAULT_IMAGE_LIMITS,
  ) {
    this.dir = path.resolve(dir);
  }

  /**
   * Refs that uploads still in flight stored or found (their tasks not committed yet), with
   * how many hold each: remove() leaves them. In-process only, as the store's folder is.
   */
  private readonly held = new Map<string, number>();
  /** Removals under way: a write of the same ref waits for its unlink, so it never lands just before it. */
  private readonly removing = new Map<string, Promise<void>>();

  /**
   * An input's size as its header says (after EXIF orientation), checked before any pixel
   * is decoded: what storeImage would decode.
   * @throws MediaRefusedError image.too_many_bytes, image.unsupported_format,
   *   image.too_many_pixels, image.bad_aspect_ratio, image.undecodable
   */
  async readHeader(input: Buffer): Promise<{ width: number; height: number; hasAlpha: boolean }> {
    const format = sniffImageFormat(input);
    const early = fileProblem(input.length, format, this.limits);
    if (early) throw new MediaRefusedError(early.code, early.reason, early.facts);
    // The header is read without a pixel limit (no pixel is decoded) so a bomb is named as one;
    // the decode in storeImage carries limitInputPixels, libvips' own lock behind headerProblem.
    const meta = await sharp(input, { failOn: 'error', limitInputPixels: false, animated: false })
      .metadata()
      .catch((e: unknown) => refuse('image.undecodable', `the image cannot be read (${(e as Error).message})`));
    if (meta.format !== format) refuse('image.unsupported_format', `the file starts as ${format} but decodes as ${meta.format ?? 'nothing'}`);
    const width = meta.autoOrient?.width ?? meta.width;
    const height = meta.autoOrient?.height ?? meta.height;
    const header = headerProblem(width, height, this.limits);
    if (header) throw new MediaRefusedError(header.code, header.reason, header.facts);
    return { width, height, hasAlpha: meta.hasAlpha === true };
  }

  /**
   * Validates an image (jpeg, png, webp or the first frame of a gif; byte, pixel and
   * aspect limits checked before decoding), auto-rotates it, scales it down to
   * maxLongSide, re-encodes it as JPEG (PNG when it has alpha) without any metadata and
   * stores it under its content hash (same bytes, same ref; written atomically).
   * With `hold`, the ref is held against remove() until release(ref).
   * @throws MediaRefusedError image.too_many_bytes, image.unsupported_format,
   *   image.too_many_pixels, image.bad_aspect_ratio, image.undecodable, image.output_too_large
   */
  async storeImage(input: Buffer, opts: { hold?: boolean } = {}): Promise<StoredImage> {
    const { width, height, hasAlpha } = await this.readHeader(input);
    const outFormat: StoredFormat = hasAlpha ? 'png' : 'jpeg';
    let longSide = this.limits.maxLongSide;
    for (let attempt = 0; attempt <= MAX_SHRINKS; attempt++) {
      const size = targetSize(width, height, longSide);
      let img = sharp(input, { failOn: 'error', limitInputPixels: this.limits.maxInputPixels, animated: false })
        .autoOrient()
        .resize(size.width, size.height, { fit: 'fill' });
      // No withMetadata/keepExif: sharp writes no EXIF, XMP, IPTC or ICC (pixels converted to sRGB).
      img = outFormat === 'png' ? img.png({ compressionLevel: 9 }) : img.jpeg({ quality: JPEG_QUALITY });
      const { data, info } = await img
        .toBuffer({ resolveWithObject: true })
        .catch((e: unknown) => refuse('image.undecodable', `the image cannot be decoded (${(e as Error).message})`));
      if (data.length <= this.limits.maxOutputBytes) return this.write(data, outFormat, info.width, info.height, opts.hold === true);
      longSide = Math.floor(longSide * SHRINK);
    }
    return refuse('image.output_too_large', `the image does not re-encode under ${this.limits.maxOutputBytes} bytes`);
  }

  /** Ends one hold on each ref (as many times as it was held). */
  release(refs: Iterable<string>): void {
    for (const ref of refs) {
      const n = this.held.get(ref) ?? 0;
      if (n <= 1) this.held.delete(ref);
      else this.held.set(ref, n - 1);
    }
  }

  /**
   * Deletes a stored image, unless an upload in flight holds it; one already gone is fine.
   * Refs are shared by content: callers remove only what no task names.
   * @returns false when the image is held and was left
   * @throws MediaRefusedError image.bad_ref when `ref` is not of the store's form
   */
  async remove(ref: string): Promise<boolean> {
    const file = this.pathOf(ref);
    if (this.held.has(ref)) return false;
    const pending = this.removing.get(ref);
    if (pending) {
      await pending;
      return true;
    }
    const done = unlink(file)
      .catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      })
      .finally(() => this.removing.delete(ref));
    this.removing.set(ref, done);
    await done;
    return true;
  }

  /**
   * The absolute path of a stored image.
   * @throws MediaRefusedError image.bad_ref when `ref` is not of the store's form
   */
  pathOf(ref: string): string {
    if (!isMediaRef(ref)) refuse('image.bad_ref', 'not an image of the media store');
    return path.join(this.dir, ref);
  }

  /**
   * The bytes of a stored image.
   * @throws MediaRefusedError image.bad_ref (not of the store's form), image.not_found
   */
  async readImage(ref: string): Promise<Buffer> {
    const file = this.pathOf(ref);
    try {
      return await readFile(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') refuse('image.not_found', `no stored image ${ref}`);
      throw e;
    }
  }

  private async write(data: Buffer, format: StoredFormat, width: number, height: number, hold: boolean): Promise<StoredImage> {
    const ref = mediaRef(createHash('sha256').update(data).digest('hex'), format);
    // Held before anything is awaited, so no removal can start between the check below and the hold.
    if (hold) this.held.set(ref, (this.held.get(ref) ?? 0) + 1);
    try {
      await this.removing.get(ref)?.catch(() => undefined);
      return await this.writeFile(ref, data, format, width, height);
    } catch (e) {
      if (hold) this.release([ref]);
      throw e;
    }
  }

  private async writeFile(ref: string, data: Buffer, format: StoredFormat, width: number, height: number): Promise<StoredImage> {
    const file = path.join(this.dir, ref);
    const stored = { ref, path: file, width, height, bytes: data.length, format };
    await mkdir(this.dir, { recursive: true });
    if (await exists(file)) return stored;
    // A reader sees the whole file or none: written and synced under a temporary name, then renamed.
    const tmp = path.join(this.dir, `.tmp-${process.pid}-${randomBytes(8).toString('hex')}`);
    const fh = await open(tmp, 'wx', 0o644);
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    try {
      await rename(tmp, file);
    } catch (e) {
      await unlink(tmp).catch(() => undefined);
      throw e;
    }
    return stored;
  }
}

function refuse(code: ConstructorParameters<typeof MediaRefusedError>[0], reason: string): never {
  throw new MediaRefusedError(code, reason);
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

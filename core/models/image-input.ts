import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { DEFAULT_IMAGE_LIMITS } from '../media/image-limits';
import type { ImageInputConfig } from './model-spec';

/** The pixel grid a model wants: channels (1 or 3), height, width. */
export interface ImageShape {
  channels: 1 | 3;
  height: number;
  width: number;
}

const BASE64 = /^[A-Za-z0-9+/\s]+={0,2}$/;

/**
 * An item's image as bytes: a data: URL, plain base64, or a file inside `imageDir`. Without
 * an imageDir no file is read: item fields come from uploads, and a path there must not make
 * the server read its own files (/dev/zero, /etc/...).
 */
export async function imageBytes(source: string, imageDir: string | undefined): Promise<Buffer> {
  const data = /^data:image\/[\w.+-]+;base64,(.*)$/s.exec(source);
  if (data) return Buffer.from(data[1], 'base64');
  if (source.length < 1024 && !source.includes('\n') && imageDir !== undefined) {
    const root = path.resolve(imageDir);
    const file = path.resolve(root, source);
    // Items come from imported files: they may only name files inside imageDir.
    if (file !== root && !file.startsWith(root + path.sep)) throw new Error(`image path leaves ${imageDir}`);
    try {
      return await readFile(file);
    } catch (e) {
      if (!BASE64.test(source) || source.length < 32) throw new Error(`cannot read image file ${source}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`, { cause: e });
    }
  }
  if (BASE64.test(source) && source.length >= 32) return Buffer.from(source, 'base64');
  throw new Error(imageDir === undefined ? 'not a data: URL, base64, a stored image or an image URL (the model names no imageDir for files)' : 'not an image file path, data: URL or base64');
}

/**
 * Decodes an image, resizes it to `shape` (stretching: every pixel of the model's input is
 * filled) and writes it, normalised, into `out` at `offset`: (x / 255 - mean[c]) / std[c],
 * channels first (nchw) or last (nhwc).
 * @throws Error when the bytes are not an image sharp can decode.
 */
export async function writeImageTensor(bytes: Buffer, shape: ImageShape, cfg: ImageInputConfig, out: Float32Array, offset: number): Promise<void> {
  const { channels, height, width } = shape;
  // The store's pixel limit holds for every source (a fetched URL, an operator's file): no bomb is decoded.
  let img = sharp(bytes, { failOn: 'error', limitInputPixels: DEFAULT_IMAGE_LIMITS.maxInputPixels }).rotate().resize(width, height, { fit: 'fill' });
  img = channels === 1 ? img.grayscale() : img.removeAlpha().toColourspace('srgb');
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  // A grey source may come back with one channel even when three are asked for.
  const src = info.channels;
  const mean = (c: number) => cfg.mean[cfg.mean.length === 1 ? 0 : c];
  const std = (c: number) => cfg.std[cfg.std.length === 1 ? 0 : c];
  const plane = height * width;
  for (let p = 0; p < plane; p++) {
    for (let c = 0; c < channels; c++) {
      const v = (data[p * src + Math.min(c, src - 1)] / 255 - mean(c)) / std(c);
      out[offset + (cfg.layout === 'nchw' ? c * plane + p : p * channels + c)] = v;
    }
  }
}

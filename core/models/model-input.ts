import { hashBagOfWords } from './hash-bag-of-words';
import { isMediaRef } from '../media/image-limits';
import type { ImageStore } from '../media/image-store';
import { imageBytes, writeImageTensor, type ImageShape } from './image-input';
import type { ModelSpec } from './model-spec';
import type { ModelSignature } from './onnx-session';

/** A batch packed for the model; `errors[i]` says why row i could not be encoded (its values are zeros). */
export interface EncodedBatch {
  data: Float32Array;
  errors: (string | undefined)[];
}

const fieldOf = (payload: Record<string, unknown>, field: string): unknown => payload[field];

/**
 * Where image fields may point besides the operator's own files: a media-store ref (an
 * upload's image), and an http(s) URL, fetched by `fetchUrl` (safe-fetch.ts: public
 * addresses only, bounded in size and time). Without them such values are not read.
 */
export interface ImageSources {
  media?: Pick<ImageStore, 'readImage'>;
  fetchUrl?: (url: string) => Promise<Buffer>;
}

async function sourceBytes(v: string, imageDir: string | undefined, sources: ImageSources): Promise<Buffer> {
  if (isMediaRef(v)) {
    if (!sources.media) throw new Error('a media-store image, and no media store here');
    return sources.media.readImage(v);
  }
  if (/^https?:\/\//i.test(v)) {
    if (!sources.fetchUrl) throw new Error('an image URL, and no fetching here');
    return sources.fetchUrl(v);
  }
  return imageBytes(v, imageDir);
}

/**
 * Packs task payloads into one input tensor's data, row by row, following the model's
 * input kind. A payload that cannot be encoded (missing field, wrong vector length,
 * unreadable image) is reported in `errors` and does not fail the rest of the batch.
 */
export async function encodeBatch(spec: ModelSpec, sig: ModelSignature, payloads: readonly Record<string, unknown>[], sources: ImageSources = {}): Promise<EncodedBatch> {
  const width = sig.inputDims.reduce((a, b) => a * b, 1);
  const data = new Float32Array(payloads.length * width);
  const errors: (string | undefined)[] = new Array(payloads.length).fill(undefined);
  if (spec.inputKind === 'text') {
    payloads.forEach((p, i) => {
      const v = fieldOf(p, spec.config.field);
      if (typeof v !== 'string') errors[i] = `payload field "${spec.config.field}" is not text`;
      else hashBagOfWords(v, { dimension: width, ngrams: spec.config.ngrams }, data, i * width);
    });
  } else if (spec.inputKind === 'features') {
    payloads.forEach((p, i) => {
      const v = fieldOf(p, spec.config.field);
      if (!Array.isArray(v) || v.length !== width) errors[i] = `payload field "${spec.config.field}" is not a vector of ${width} numbers`;
      else if (!v.every((x) => typeof x === 'number' && Number.isFinite(x))) errors[i] = `payload field "${spec.config.field}" holds a value that is not a finite number`;
      else data.set(v as number[], i * width);
    });
  } else {
    const cfg = spec.config;
    const [a, b, c] = sig.inputDims;
    const shape: ImageShape = cfg.layout === 'nchw' ? { channels: a as 1 | 3, height: b, width: c } : { channels: c as 1 | 3, height: a, width: b };
    // sharp decodes on libuv's thread pool, so a batch's images decode in parallel.
    await Promise.all(
      payloads.map(async (p, i) => {
        const v = fieldOf(p, cfg.field);
        if (typeof v !== 'string') {
          errors[i] = `payload field "${cfg.field}" is not an image path or base64 text`;
          return;
        }
        try {
          await writeImageTensor(await sourceBytes(v, cfg.imageDir, sources), shape, cfg, data, i * width);
        } catch (e) {
          data.fill(0, i * width, (i + 1) * width);
          errors[i] = `image: ${(e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 200)}`;
        }
      }),
    );
  }
  return { data, errors };
}

/** The most probable class of each row and its probability. */
export function topClasses(probs: Float32Array, rows: number, classes: readonly string[]): { label: string; probability: number }[] {
  const k = classes.length;
  const out: { label: string; probability: number }[] = [];
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (probs[r * k + c] > probs[r * k + best]) best = c;
    // float32 rounding can step a hair outside 0..1; the column's check would refuse it.
    out.push({ label: classes[best], probability: Math.min(1, Math.max(0, probs[r * k + best])) });
  }
  return out;
}

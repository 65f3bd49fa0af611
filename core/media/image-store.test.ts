import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { hugePng, solidImage } from '../../test/helpers/media-fixtures';
import { ImageStore } from './image-store';
import { isMediaRef } from './image-limits';
import { MediaRefusedError } from './media-refusal';

let dir: string;
let store: ImageStore;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'media-'));
  store = new ImageStore(dir);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => (e instanceof MediaRefusedError ? e.code : e),
  );

describe('ImageStore.storeImage', () => {
  it('stores a JPEG under the sha256 of its output, and reads it back', async () => {
    const stored = await store.storeImage(await solidImage('jpeg', 64, 48));
    expect(stored).toMatchObject({ width: 64, height: 48, format: 'jpeg', path: path.join(dir, stored.ref) });
    expect(isMediaRef(stored.ref)).toBe(true);
    const bytes = await store.readImage(stored.ref);
    expect(bytes.length).toBe(stored.bytes);
    expect(`${createHash('sha256').update(bytes).digest('hex')}.jpg`).toBe(stored.ref);
    expect((await sharp(bytes).metadata()).format).toBe('jpeg');
  });

  it('keeps PNG for an image with alpha, and re-encodes webp and gif', async () => {
    expect((await store.storeImage(await solidImage('png', 30, 20, true))).format).toBe('png');
    expect((await store.storeImage(await solidImage('png', 30, 20, false))).format).toBe('jpeg');
    expect((await store.storeImage(await solidImage('webp', 30, 20))).format).toBe('jpeg');
    const gif = await store.storeImage(await solidImage('gif', 30, 20));
    expect([gif.width, gif.height]).toEqual([30, 20]);
  });

  it('keeps only the first frame of an animated GIF', async () => {
    const frames = await Promise.all(['#f00', '#00f', '#0f0'].map((c) => sharp({ create: { width: 10, height: 8, channels: 3, background: c } }).png().toBuffer()));
    const gif = await sharp(frames, { join: { animated: true } }).gif().toBuffer();
    expect((await sharp(gif).metadata()).pages).toBe(3);
    const stored = await store.storeImage(gif);
    expect([stored.width, stored.height]).toEqual([10, 8]);
    const { data } = await sharp(await store.readImage(stored.ref)).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(200); // red, the first frame
    expect(data[2]).toBeLessThan(50);
  });

  it('scales the long side down to 2048 px', async () => {
    const stored = await store.storeImage(await solidImage('jpeg', 4000, 1000));
    expect([stored.width, stored.height]).toEqual([2048, 512]);
  });

  it('turns the image upright from its EXIF orientation, then strips EXIF and every other metadata', async () => {
    const input = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#3a6' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { Copyright: 'SECRET-COPYRIGHT', Artist: 'SECRET-ARTIST' } })
      .toBuffer();
    const before = await sharp(input).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);
    expect(input.includes('SECRET-ARTIST')).toBe(true);

    const stored = await store.storeImage(input);
    expect([stored.width, stored.height]).toEqual([20, 40]);
    const bytes = await store.readImage(stored.ref);
    const after = await sharp(bytes).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(bytes.includes('SECRET')).toBe(false);
  });

  it('gives the same bytes the same ref, and leaves no temporary file', async () => {
    const input = await solidImage('png', 50, 50);
    const a = await store.storeImage(input);
    const b = await store.storeImage(input);
    expect(b.ref).toBe(a.ref);
    expect(await readdir(dir)).toEqual([a.ref]);
  });

  it('refuses a 200-megapixel PNG from its header, before decoding', async () => {
    const bomb = hugePng(20000, 10000);
    expect(bomb.length).toBeLessThan(100_000);
    const meta = await sharp(bomb, { limitInputPixels: false }).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([20000, 10000, 'png']);
    await expect(refusal(store.storeImage(bomb))).resolves.toBe('image.too_many_pixels');
  });

  it('refuses formats outside the four by name, and files that are not images', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    await expect(store.storeImage(svg)).rejects.toThrow('the file is svg; accepted: jpeg, png, webp, gif');
    const tiff = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).tiff().toBuffer();
    await expect(refusal(store.storeImage(tiff))).resolves.toBe('image.unsupported_format');
    await expect(refusal(store.storeImage(Buffer.from('hello')))).resolves.toBe('image.unsupported_format');
  });

  it('refuses a file that starts as a PNG but is broken', async () => {
    const png = await solidImage('png', 64, 64);
    await expect(refusal(store.storeImage(png.subarray(0, 40)))).resolves.toBe('image.undecodable');
  });

  it('refuses a strip longer than 20:1 and an input over the byte limit', async () => {
    await expect(refusal(store.storeImage(await solidImage('png', 2100, 100)))).resolves.toBe('image.bad_aspect_ratio');
    const small = new ImageStore(dir, { maxInputBytes: 100, maxInputPixels: 1e6, maxAspectRatio: 20, maxLongSide: 2048, maxOutputBytes: 1e6 });
    await expect(refusal(small.storeImage(await solidImage('png', 300, 300)))).resolves.toBe('image.too_many_bytes');
  });

  it('shrinks an image again when its encoding is over the output limit', async () => {
    const noise = await sharp(Buffer.from(Array.from({ length: 600 * 600 * 3 }, (_, i) => (i * 7919) % 251)), { raw: { width: 600, height: 600, channels: 3 } })
      .png()
      .toBuffer();
    const tight = new ImageStore(dir, { maxInputBytes: 20e6, maxInputPixels: 40e6, maxAspectRatio: 20, maxLongSide: 600, maxOutputBytes: 60_000 });
    const stored = await tight.storeImage(noise);
    expect(stored.bytes).toBeLessThanOrEqual(60_000);
    expect(stored.width).toBeLessThan(600);
  });
});

describe('ImageStore.readImage', () => {
  it.each(['../etc/passwd', '/etc/passwd', `${'a'.repeat(64)}.jpg/../../x`, 'x.jpg', `..%2F${'a'.repeat(64)}.jpg`])('refuses %p, a name not of the store', async (ref) => {
    await expect(refusal(store.readImage(ref))).resolves.toBe('image.bad_ref');
  });

  it('says a well-formed ref it does not hold is not found', async () => {
    await expect(refusal(store.readImage(`${'a'.repeat(64)}.png`))).resolves.toBe('image.not_found');
  });

  it('never reads a file it did not write, even one placed in its folder', async () => {
    const stored = await store.storeImage(await solidImage('jpeg'));
    expect(await readFile(store.pathOf(stored.ref))).toEqual(await store.readImage(stored.ref));
    await writeFile(path.join(dir, 'notes.txt'), 'not an image');
    await expect(refusal(store.readImage('notes.txt'))).resolves.toBe('image.bad_ref');
  });
});

describe('ImageStore.remove', () => {
  it('deletes a stored image, and a second removal of it is fine', async () => {
    const stored = await store.storeImage(await solidImage('jpeg'));
    await expect(store.remove(stored.ref)).resolves.toBe(true);
    await expect(refusal(store.readImage(stored.ref))).resolves.toBe('image.not_found');
    await expect(store.remove(stored.ref)).resolves.toBe(true);
  });

  it.each(['../etc/passwd', 'notes.txt', `${'a'.repeat(64)}.jpg/../x`])('refuses %p, a name not of the store, and deletes nothing', async (ref) => {
    await writeFile(path.join(dir, 'notes.txt'), 'kept');
    await expect(refusal(store.remove(ref))).resolves.toBe('image.bad_ref');
    expect(await readFile(path.join(dir, 'notes.txt'), 'utf8')).toBe('kept');
  });

  it('leaves an image held by an upload in flight until every hold is released', async () => {
    const png = await solidImage('png', 20, 20);
    const first = await store.storeImage(png, { hold: true });
    await store.storeImage(png, { hold: true });
    await expect(store.remove(first.ref)).resolves.toBe(false);
    store.release([first.ref]);
    await expect(store.remove(first.ref)).resolves.toBe(false);
    store.release([first.ref]);
    await expect(store.remove(first.ref)).resolves.toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes an image again when it is stored while its removal runs', async () => {
    const png = await solidImage('png', 20, 20);
    const { ref } = await store.storeImage(png);
    const [, again] = await Promise.all([store.remove(ref), store.storeImage(png, { hold: true })]);
    expect(again.ref).toBe(ref);
    expect((await store.readImage(ref)).length).toBe(again.bytes);
  });
});

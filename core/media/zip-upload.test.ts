import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { buildZip, hugePng, solidImage } from '../../test/helpers/media-fixtures';
import type { ParsedRow } from '../campaigns/item-rows';
import { ImageStore } from './image-store';
import { MediaRefusedError } from './media-refusal';
import { DEFAULT_ZIP_LIMITS } from './zip-entry-rules';
import { readZipUpload, uploadRows, type ZipUpload } from './zip-upload';

let root: string;
let store: ImageStore;

beforeEach(async () => {
  // The store sits two levels down, so a file escaping it by one or two `..` would land in root.
  root = await mkdtemp(path.join(tmpdir(), 'zip-upload-'));
  store = new ImageStore(path.join(root, 'data', 'media'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** No task names any image: what a store without campaigns sees. */
const noTasks = async () => new Set<string>();

async function rows(upload: ZipUpload): Promise<ParsedRow[]> {
  const out: ParsedRow[] = [];
  for await (const r of uploadRows(upload)) out.push(r);
  return out;
}

const refusalOf = (upload: ZipUpload, name: string) => {
  const o = upload.images.get(name);
  return o && !o.ok ? o.refusal.code : undefined;
};

const wholeRefusal = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => (e instanceof MediaRefusedError ? e.code : e),
  );

/** Every file under root, relative: what the upload left on disk. */
async function filesOnDisk(): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

describe('readZipUpload', () => {
  it('stores the two images a CSV names and rewrites its rows to their refs', async () => {
    const cat = await solidImage('png', 40, 30);
    const dog = await sharp({ create: { width: 3000, height: 1500, channels: 3, background: '#345' } }).jpeg().toBuffer();
    const zip = await buildZip([
      { name: 'items.csv', data: 'id,text,image\ncat,a cat?,cat.png\ndog,a dog?,pics/dog.jpg\nnone,no image,\n' },
      { name: 'cat.png', data: cat },
      { name: 'pics/', data: '' },
      { name: 'pics/dog.jpg', data: dog, compress: false },
      { name: 'unused.png', data: cat },
    ]);
    const upload = await readZipUpload(zip, store, noTasks);
    expect(upload.itemsName).toBe('items.csv');
    expect(upload.itemsFormat).toBe('csv');
    expect(upload.ignored).toEqual(['unused.png']);
    const catOut = upload.images.get('cat.png');
    const dogOut = upload.images.get('pics/dog.jpg');
    if (!catOut?.ok || !dogOut?.ok) throw new Error('both images should be stored');
    expect([dogOut.image.width, dogOut.image.height]).toEqual([2048, 1024]);

    expect(await rows(upload)).toEqual([
      { ok: true, item: { row: 2, key: 'cat', gold: undefined, payload: { text: 'a cat?', image: catOut.image.ref } } },
      { ok: true, item: { row: 3, key: 'dog', gold: undefined, payload: { text: 'a dog?', image: dogOut.image.ref } } },
      { ok: true, item: { row: 4, key: 'none', gold: undefined, payload: { text: 'no image', image: '' } } },
    ]);
    expect((await filesOnDisk()).sort()).toEqual([catOut.image.ref, dogOut.image.ref].map((r) => path.join('data', 'media', r)).sort());
  });

  it('reads a JSONL items file in a folder, naming images relative to it', async () => {
    const zip = await buildZip([
      { name: 'upload/items.jsonl', data: '{"id":"1","text":"x","image":"a.webp"}\n' },
      { name: 'upload/a.webp', data: await solidImage('webp') },
    ]);
    const upload = await readZipUpload(zip, store, noTasks);
    const [row] = await rows(upload);
    expect(row.ok && row.item.payload.image).toMatch(/^[0-9a-f]{64}\.jpg$/);
  });

  it('refuses zip-slip names entry by entry, and the rows naming them become bad rows', async () => {
    const png = await solidImage('png');
    const zip = await buildZip([
      { name: 'items.csv', data: 'id,text,image\n1,ok,good.png\n2,slip,../evil.png\n3,deep,a/../../evil.png\n' },
      { name: 'good.png', data: png },
      { name: 'XX/evil.png', unsafeName: '../evil.png', data: png },
      { name: 'a/XX/XX/evil.png', unsafeName: 'a/../../evil.png', data: png },
      { name: 'xetc/evil.png', unsafeName: '/etc/evil.png', data: png },
      { name: 'Cx/evil.png', unsafeName: 'C:/evil.png', data: png },
      { name: 'aXXXXevil.png', unsafeName: 'a\\..\\evil.png', data: png },
    ]);
    const upload = await readZipUpload(zip, store, noTasks);
    for (const name of ['../evil.png', 'a/../../evil.png', '/etc/evil.png', 'C:/evil.png', 'a\\..\\evil.png']) expect(refusalOf(upload, name)).toBe('zip.unsafe_path');
    expect(upload.images.get('good.png')?.ok).toBe(true);
    const unsafe = (name: string) => ({
      field: '',
      code: 'media_refused',
      params: { refusal: 'zip.unsafe_path', detail: `the name "${name}" has a ".." segment`, facts: { case: 'zip.unsafe_path', name, why: 'parent_segment' } },
    });
    expect((await rows(upload)).map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['ok', unsafe('../evil.png'), unsafe('a/../../evil.png')]);
    expect(await filesOnDisk()).toHaveLength(1);
  });

  it('refuses a symlink entry', async () => {
    const zip = await buildZip([
      { name: 'items.csv', data: 'id,image\n1,link.png\n' },
      { name: 'link.png', data: '/etc/passwd', mode: 0o120777 },
    ]);
    const upload = await readZipUpload(zip, store, noTasks);
    expect(refusalOf(upload, 'link.png')).toBe('zip.not_a_file');
    const params = { image: 'link.png', refusal: 'zip.not_a_file', detail: 'link.png is a symbolic link', facts: { case: 'zip.symbolic_link', name: 'link.png' } };
    expect(await rows(upload)).toEqual([{ ok: false, row: 2, reason: { field: '', code: 'image_refused', params } }]);
    expect(await filesOnDisk()).toEqual([]);
  });

  it('refuses decompression bombs from the header, from the ratio, and when the header lies', async () => {
    const zeros = Buffer.alloc(30 * 1024 * 1024);
    const zip = await buildZip([
      { name: 'items.csv', data: 'id,image\n1,big.png\n2,ratio.png\n3,liar.png\n' },
      { name: 'big.png', data: zeros },
      { name: 'ratio.png', data: zeros.subarray(0, 5 * 1024 * 1024) },
      // Declares 1000 bytes, inflates to 30 MB: counted as it inflates, stopped past what it declared.
      { name: 'liar.png', data: zeros, declaredSize: 1000 },
    ]);
    expect(zip.length).toBeLessThan(200_000);
    const upload = await readZipUpload(zip, store, noTasks);
    expect(refusalOf(upload, 'big.png')).toBe('zip.entry_too_large');
    expect(refusalOf(upload, 'ratio.png')).toBe('zip.ratio_too_high');
    expect(refusalOf(upload, 'liar.png')).toBe('zip.entry_too_large');
    expect((await rows(upload)).every((r) => !r.ok)).toBe(true);
    expect(await filesOnDisk()).toEqual([]);
  });

  it('stops an upload that inflates past the total, counting actual bytes', async () => {
    const img = await solidImage('png', 300, 300);
    const zip = await buildZip([
      { name: 'items.csv', data: 'id,image\n1,a.png\n2,b.png\n3,c.png\n' },
      ...['a', 'b', 'c'].map((n) => ({ name: `${n}.png`, data: Buffer.concat([img, Buffer.from(n)]) })),
    ]);
    const limits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: img.length * 2 + 100 };
    await expect(wholeRefusal(readZipUpload(zip, store, noTasks, limits))).resolves.toBe('zip.total_too_large');
  });

  it('refuses a 200-megapixel PNG through the image store, naming the row', async () => {
    const zip = await buildZip([
      { name: 'items.csv', data: 'id,image\n1,huge.png\n' },
      { name: 'huge.png', data: hugePng(20000, 10000) },
    ]);
    const upload = await readZipUpload(zip, store, noTasks);
    expect(refusalOf(upload, 'huge.png')).toBe('image.too_many_pixels');
    const facts = { case: 'image.too_many_pixels', width: 20000, height: 10000, max: 40_000_000 };
    const params = { image: 'huge.png', refusal: 'image.too_many_pixels', detail: 'the image is 20000x10000, more than 40000000 pixels', facts };
    expect(await rows(upload)).toEqual([{ ok: false, row: 2, reason: { field: '', code: 'image_refused', params } }]);
  });

  it('refuses encrypted entries, duplicate names and files that are not images', async () => {
    const png = await solidImage('png');
    const zip = await buildZip([
      { name: 'items.csv', data: 'id,image\n1,secret.png\n2,twice.png\n3,notes.png\n' },
      { name: 'secret.png', data: png, encrypted: true },
      { name: 'twice.png', data: png },
      { name: 'twice.png', data: await solidImage('jpeg') },
      { name: 'notes.png', data: 'just text' },
    ]);
    const upload = await readZipUpload(zip, store, noTasks);
    expect(refusalOf(upload, 'secret.png')).toBe('zip.encrypted');
    expect(refusalOf(upload, 'twice.png')).toBe('zip.duplicate_name');
    expect(refusalOf(upload, 'notes.png')).toBe('image.unsupported_format');
    expect(await filesOnDisk()).toEqual([]);
  });

  it('refuses archives with too many entries, no or several items files, or no ZIP at all', async () => {
    const png = await solidImage('png');
    const many = await buildZip([{ name: 'items.csv', data: 'id,image\n' }, ...Array.from({ length: 5 }, (_, i) => ({ name: `${i}.png`, data: png }))]);
    await expect(wholeRefusal(readZipUpload(many, store, noTasks, { ...DEFAULT_ZIP_LIMITS, maxEntries: 4 }))).resolves.toBe('zip.too_many_entries');
    const none = await buildZip([{ name: 'a.png', data: png }]);
    await expect(wholeRefusal(readZipUpload(none, store, noTasks))).resolves.toBe('zip.items_file');
    const two = await buildZip([
      { name: 'a.csv', data: 'id\n1\n' },
      { name: 'b.jsonl', data: '{}\n' },
    ]);
    await expect(wholeRefusal(readZipUpload(two, store, noTasks))).resolves.toBe('zip.items_file');
    const slipItems = await buildZip([{ name: 'XX/items.csv', unsafeName: '../items.csv', data: 'id\n1\n' }]);
    await expect(wholeRefusal(readZipUpload(slipItems, store, noTasks))).resolves.toBe('zip.items_file');
    await expect(wholeRefusal(readZipUpload(Buffer.from('not a zip at all'), store, noTasks))).resolves.toBe('zip.unreadable');
  });

  describe('per-upload budgets', () => {
    const threeImages = async () => {
      const imgs = await Promise.all(['#100', '#200', '#300'].map((c) => sharp({ create: { width: 100, height: 100, channels: 3, background: c } }).png().toBuffer()));
      return buildZip([{ name: 'items.csv', data: 'id,image\n1,a.png\n2,b.png\n3,c.png\n' }, ...imgs.map((data, i) => ({ name: `${'abc'[i]}.png`, data }))]);
    };

    it('refuses more images than the count allows before reading any', async () => {
      const refused = readZipUpload(await threeImages(), store, noTasks, { ...DEFAULT_ZIP_LIMITS, maxImages: 2 });
      await expect(refused).rejects.toThrow('the archive names 3 images, more than 2 per upload');
      expect(await filesOnDisk()).toEqual([]);
    });

    it('refuses past the pixel budget from the headers, and removes the images already stored', async () => {
      const refused = readZipUpload(await threeImages(), store, noTasks, { ...DEFAULT_ZIP_LIMITS, maxImagePixels: 25_000 });
      await expect(wholeRefusal(refused)).resolves.toBe('zip.too_many_pixels');
      expect(await filesOnDisk()).toEqual([]);
    });

    it('refuses past the stored-bytes budget, and removes the images already stored', async () => {
      const refused = readZipUpload(await threeImages(), store, noTasks, { ...DEFAULT_ZIP_LIMITS, storedBytesPerZipByte: 0, minStoredBytes: 1 });
      await expect(wholeRefusal(refused)).resolves.toBe('zip.stored_too_large');
      expect(await filesOnDisk()).toEqual([]);
    });

    it('keeps an image of the refused upload that a task names', async () => {
      const named = await store.storeImage(await sharp({ create: { width: 100, height: 100, channels: 3, background: '#200' } }).png().toBuffer());
      const isUsed = async (refs: string[]) => new Set(refs.filter((r) => r === named.ref));
      const refused = readZipUpload(await threeImages(), store, isUsed, { ...DEFAULT_ZIP_LIMITS, maxImagePixels: 25_000 });
      await expect(wholeRefusal(refused)).resolves.toBe('zip.too_many_pixels');
      expect(await filesOnDisk()).toEqual([path.join('data', 'media', named.ref)]);
    });

    it('holds what it stored against another upload\'s clean-up until released', async () => {
      const kept = await readZipUpload(await threeImages(), store, noTasks);
      expect(kept.stored).toHaveLength(3);
      await expect(wholeRefusal(readZipUpload(await threeImages(), store, noTasks, { ...DEFAULT_ZIP_LIMITS, maxImagePixels: 25_000 }))).resolves.toBe('zip.too_many_pixels');
      expect(await filesOnDisk()).toHaveLength(3);
      store.release(kept.stored);
    });
  });
});

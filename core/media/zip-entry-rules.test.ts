import type { Problem } from '../domain/problem';
import type { StoredImage } from './image-store';
import type { UnsafeNameWhy } from './media-refusal';
import {
  DEFAULT_ZIP_LIMITS,
  duplicateNames,
  entryNameProblem,
  entryProblem,
  imageEntryName,
  inflatedProblem,
  itemsFormatOf,
  rewriteImageField,
  storedBytesBudget,
  uploadBudgetProblem,
  type ZipEntryInfo,
  type ZipImageOutcome,
} from './zip-entry-rules';

/** The English account of each unsafe-name case, as the facts name it. */
const WHY: Record<string, UnsafeNameWhy> = {
  'has a ".." segment': 'parent_segment',
  'is an absolute path': 'absolute',
  'starts with a drive letter': 'drive_letter',
  'has a backslash': 'backslash',
  'has a control character': 'control_character',
  'has an empty or "." segment': 'empty_segment',
  'is empty': 'empty',
};

describe('entryNameProblem', () => {
  it.each<[string, string | undefined]>([
    ['a.png', undefined],
    ['images/cat 1.png', undefined],
    ['images/', undefined],
    ['é/ü.png', undefined],
    ['..a.png', undefined],
    ['../evil.png', 'has a ".." segment'],
    ['images/../../evil.png', 'has a ".." segment'],
    ['images/..', 'has a ".." segment'],
    ['/etc/passwd', 'is an absolute path'],
    ['C:/Windows/evil.png', 'starts with a drive letter'],
    ['c:evil.png', 'starts with a drive letter'],
    ['images\\..\\evil.png', 'has a backslash'],
    ['a\u0000.png', 'has a control character'],
    ['images//a.png', 'has an empty or "." segment'],
    ['./a.png', 'has an empty or "." segment'],
    ['', 'is empty'],
  ])('%p: %p', (name, why) => {
    const p = entryNameProblem(name);
    if (why === undefined) expect(p).toBeUndefined();
    else expect(p).toEqual({ code: 'zip.unsafe_path', reason: `the name ${JSON.stringify(name)} ${why}`, facts: { case: 'zip.unsafe_path', name, why: WHY[why] } });
  });
});

describe('entryProblem', () => {
  const ok: ZipEntryInfo = { name: 'a.png', unixMode: 0o100644, encrypted: false, compressionMethod: 8, declaredSize: 5000, compressedSize: 4000 };
  const MB = 1024 * 1024;
  it.each<[string, Partial<ZipEntryInfo>, string | undefined]>([
    ['accepts a regular deflated file', {}, undefined],
    ['accepts a stored file with no unix mode (made on Windows)', { unixMode: 0, compressionMethod: 0 }, undefined],
    ['refuses zip-slip names', { name: '../a.png' }, 'zip.unsafe_path'],
    ['refuses a symlink', { unixMode: 0o120777 }, 'zip.not_a_file'],
    ['refuses a fifo', { unixMode: 0o010644 }, 'zip.not_a_file'],
    ['refuses a block device', { unixMode: 0o060644 }, 'zip.not_a_file'],
    ['refuses an encrypted entry', { encrypted: true }, 'zip.encrypted'],
    ['refuses bzip2', { compressionMethod: 12 }, 'zip.unsupported_compression'],
    ['refuses a declared size over the limit', { declaredSize: 20 * MB + 1, compressedSize: 20 * MB }, 'zip.entry_too_large'],
    ['refuses a declared ratio over 200:1 past the first MiB', { declaredSize: 2 * MB, compressedSize: 10_000 }, 'zip.ratio_too_high'],
    ['allows any ratio under the first MiB', { declaredSize: MB, compressedSize: 1000 }, undefined],
  ])('%s', (_, change, code) => {
    expect(entryProblem({ ...ok, ...change }, DEFAULT_ZIP_LIMITS, 20 * MB)?.code).toBe(code);
  });
});

describe('inflatedProblem', () => {
  const MB = 1024 * 1024;
  it.each<[number, number, string | undefined]>([
    [5000, 4000, undefined],
    [20 * MB, 20 * MB, undefined],
    [20 * MB + 1, 20 * MB, 'zip.entry_too_large'],
    [MB, 10, undefined],
    [MB + 1, 10, 'zip.ratio_too_high'],
    [2 * MB, 20_000, undefined],
    [2 * MB, 10_000, 'zip.ratio_too_high'],
    [2 * MB, 0, 'zip.ratio_too_high'],
  ])('%i bytes inflated from %i: %p', (inflated, compressed, code) => {
    expect(inflatedProblem('x', inflated, compressed, 20 * MB, DEFAULT_ZIP_LIMITS)?.code).toBe(code);
  });
});

describe('duplicateNames', () => {
  it.each<[string[], string[]]>([
    [['a.png', 'b.png'], []],
    [['a.png', 'a.png', 'b.png'], ['a.png']],
    [['A.png', 'a.png'], ['A.png', 'a.png']],
    [['\u00e9.png', 'e\u0301.png'], ['\u00e9.png', 'e\u0301.png']],
  ])('%p -> %p', (names, dups) => {
    expect([...duplicateNames(names)].sort()).toEqual([...new Set(dups)].sort());
  });
});

describe('itemsFormatOf', () => {
  it.each<[string, string | undefined]>([
    ['items.csv', 'csv'],
    ['data/Items.CSV', 'csv'],
    ['items.jsonl', 'jsonl'],
    ['items.json', undefined],
    ['a.png', undefined],
    ['__MACOSX/._items.csv', undefined],
    ['._items.csv', undefined],
  ])('%p -> %p', (name, format) => {
    expect(itemsFormatOf(name)).toBe(format);
  });
});

describe('rewriteImageField', () => {
  const unsafe = (name: string, why: string): Problem => ({
    field: '',
    code: 'media_refused',
    params: { refusal: 'zip.unsafe_path', detail: `the name ${JSON.stringify(name)} ${why}`, facts: { case: 'zip.unsafe_path', name, why: WHY[why]! } },
  });
  const stored = (ref: string): ZipImageOutcome => ({ ok: true, image: { ref } as StoredImage });
  const ref = `${'c'.repeat(64)}.jpg`;
  const images = new Map<string, ZipImageOutcome>([
    ['cat.png', stored(ref)],
    ['pics/dog.png', stored(ref.replace('.jpg', '.png'))],
    ['big.png', { ok: false, refusal: { code: 'image.too_many_pixels', reason: 'the image is 20000x10000, more than 40000000 pixels' } }],
  ]);
  it.each<[string, unknown, string, { image?: unknown } | Problem]>([
    ['names a stored image', 'cat.png', '', { image: ref }],
    ['strips a leading ./', './cat.png', '', { image: ref }],
    ['is relative to the items file folder', 'dog.png', 'pics', { image: ref.replace('.jpg', '.png') }],
    ['keeps an https URL', 'https://example.com/a.png', '', { image: 'https://example.com/a.png' }],
    ['keeps a row without an image', undefined, '', {}],
    ['keeps an empty image', '', '', { image: '' }],
    ['refuses a refused image with its reason', 'big.png', '', { field: '', code: 'image_refused', params: { image: 'big.png', refusal: 'image.too_many_pixels', detail: 'the image is 20000x10000, more than 40000000 pixels' } }],
    ['refuses a missing image', 'nope.png', '', { field: '', code: 'image_not_in_archive', params: { image: 'nope.png' } }],
    ['refuses a traversal', '../cat.png', '', unsafe('../cat.png', 'has a ".." segment')],
    ['refuses an absolute path', '/cat.png', '', unsafe('/cat.png', 'is an absolute path')],
    ['refuses a drive letter', 'C:\\cat.png', '', unsafe('C:\\cat.png', 'has a backslash')],
    ['refuses http', 'http://example.com/a.png', '', { field: '', code: 'image_not_file_or_url', params: { image: 'http://example.com/a.png' } }],
    ['refuses file:', 'file:///etc/passwd', '', { field: '', code: 'image_not_file_or_url', params: { image: 'file:///etc/passwd' } }],
    ['refuses a number', 42, '', { field: '', code: 'image_not_text' }],
  ])('%s', (_, image, dir, expected) => {
    const payload: Record<string, unknown> = { text: 'a cat?' };
    if (image !== undefined) payload.image = image;
    const out = rewriteImageField(payload, images, dir);
    if ('code' in expected) expect(out).toEqual({ ok: false, problem: expected });
    else expect(out).toEqual({ ok: true, payload: { text: 'a cat?', ...expected } });
  });

  it('leaves the input payload as it was', () => {
    const payload = { image: 'cat.png' };
    rewriteImageField(payload, images);
    expect(payload).toEqual({ image: 'cat.png' });
  });

  it.each<[unknown, string, string | undefined]>([
    ['cat.png', '', 'cat.png'],
    ['./dog.png', 'pics', 'pics/dog.png'],
    ['https://x/y.png', '', undefined],
    ['../x.png', '', undefined],
    [7, '', undefined],
  ])('imageEntryName(%p, %p) = %p', (image, dir, name) => {
    expect(imageEntryName({ image }, dir)).toBe(name);
  });
});

describe('uploadBudgetProblem', () => {
  const limits = { ...DEFAULT_ZIP_LIMITS, maxImages: 10, maxImagePixels: 1000, storedBytesPerZipByte: 4, minStoredBytes: 100 };
  it.each<[string, { images: number; pixels: number; storedBytes: number }, number, string | undefined]>([
    ['within every budget', { images: 10, pixels: 1000, storedBytes: 400 }, 100, undefined],
    ['one image too many', { images: 11, pixels: 0, storedBytes: 0 }, 100, 'zip.too_many_images'],
    ['one pixel too many', { images: 1, pixels: 1001, storedBytes: 0 }, 100, 'zip.too_many_pixels'],
    ['one byte past 4 times the archive', { images: 1, pixels: 1, storedBytes: 401 }, 100, 'zip.stored_too_large'],
    ['under the floor for a tiny archive', { images: 1, pixels: 1, storedBytes: 100 }, 1, undefined],
    ['past the floor for a tiny archive', { images: 1, pixels: 1, storedBytes: 101 }, 1, 'zip.stored_too_large'],
    ['the count first', { images: 11, pixels: 1001, storedBytes: 10_000 }, 1, 'zip.too_many_images'],
  ])('%s', (_, spent, zipBytes, code) => {
    expect(uploadBudgetProblem(spent, zipBytes, limits)?.code).toBe(code);
  });

  it('names the count in its reason', () => {
    expect(uploadBudgetProblem({ images: 2001, pixels: 0, storedBytes: 0 }, 0, DEFAULT_ZIP_LIMITS)?.reason).toBe('the archive names 2001 images, more than 2000 per upload');
  });

  it.each([
    [0, 64 * 1024 * 1024],
    [20 * 1024 * 1024, 80 * 1024 * 1024],
    [DEFAULT_ZIP_LIMITS.maxZipBytes, 800 * 1024 * 1024],
  ])('stores at most max(64 MiB, 4 x the archive): %p bytes of archive -> %p', (zipBytes, budget) => {
    expect(storedBytesBudget(zipBytes, DEFAULT_ZIP_LIMITS)).toBe(budget);
  });
});

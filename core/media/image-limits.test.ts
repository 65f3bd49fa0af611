import { DEFAULT_IMAGE_LIMITS, imageInputProblem, isMediaRef, mediaRef, sniffImageFormat, targetSize, type ImageHeader } from './image-limits';

const hex = 'ab'.repeat(32);
const bytes = (...parts: (number[] | string)[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('sniffImageFormat', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])],
    ['png', bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13])],
    ['webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')],
    ['gif', bytes('GIF89a', [1, 0, 1, 0])],
    ['gif', bytes('GIF87a', [1, 0, 1, 0])],
    ['tiff', bytes('II*\0', [8, 0, 0, 0])],
    ['tiff', bytes('MM\0*', [0, 0, 0, 8])],
    ['bmp', bytes('BM', [0, 0, 0, 0])],
    ['avif', bytes([0, 0, 0, 0x20], 'ftypavif')],
    ['heif', bytes([0, 0, 0, 0x18], 'ftypheic')],
    ['pdf', bytes('%PDF-1.7\n')],
    ['ico', bytes([0, 0, 1, 0, 1, 0])],
    ['svg', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['svg', bytes('  <?xml version="1.0"?><svg/>')],
    ['unknown', bytes('hello world')],
    ['unknown', bytes([])],
    // A RIFF that is not WEBP (a WAV) is not an image.
    ['unknown', bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt ')],
  ])('reads %s', (format, b) => {
    expect(sniffImageFormat(b)).toBe(format);
  });
});

describe('imageInputProblem', () => {
  const ok: ImageHeader = { byteLength: 1000, format: 'png', width: 800, height: 600 };
  it.each<[string, Partial<ImageHeader>, string | undefined]>([
    ['accepts an ordinary photo', {}, undefined],
    ['accepts exactly the pixel limit', { width: 8000, height: 5000 }, undefined],
    ['accepts exactly 20:1', { width: 2000, height: 100 }, undefined],
    ['accepts a GIF', { format: 'gif' }, undefined],
    ['refuses too many bytes', { byteLength: 20 * 1024 * 1024 + 1 }, 'image.too_many_bytes'],
    ['refuses svg by name', { format: 'svg' }, 'image.unsupported_format'],
    ['refuses an unknown format', { format: 'unknown' }, 'image.unsupported_format'],
    ['refuses a 200 megapixel PNG', { width: 20000, height: 10000 }, 'image.too_many_pixels'],
    ['refuses one pixel over the limit', { width: 8000, height: 5001 }, 'image.too_many_pixels'],
    ['refuses a strip longer than 20:1', { width: 2100, height: 100 }, 'image.bad_aspect_ratio'],
    ['refuses a tall strip too', { width: 10, height: 201 }, 'image.bad_aspect_ratio'],
    ['refuses a header without a size', { width: 0 }, 'image.undecodable'],
  ])('%s', (_, change, code) => {
    expect(imageInputProblem({ ...ok, ...change }, DEFAULT_IMAGE_LIMITS)?.code).toBe(code);
  });

  it('names the refused format in the reason', () => {
    expect(imageInputProblem({ ...ok, format: 'tiff' })?.reason).toBe('the file is tiff; accepted: jpeg, png, webp, gif');
  });
});

describe('targetSize', () => {
  it.each([
    [800, 600, { width: 800, height: 600 }],
    [2048, 2048, { width: 2048, height: 2048 }],
    [4096, 2048, { width: 2048, height: 1024 }],
    [2048, 4096, { width: 1024, height: 2048 }],
    [6000, 4000, { width: 2048, height: 1365 }],
    [3000, 2001, { width: 2048, height: 1366 }],
    [100000, 2, { width: 2048, height: 1 }],
    [1, 1, { width: 1, height: 1 }],
  ])('%i x %i -> %o', (w, h, expected) => {
    expect(targetSize(w, h, 2048)).toEqual(expected);
  });
});

describe('media refs', () => {
  it.each<[unknown, boolean]>([
    [mediaRef(hex, 'jpeg'), true],
    [mediaRef(hex, 'png'), true],
    [`${hex}.gif`, false],
    [`${hex.toUpperCase()}.jpg`, false],
    [`${hex.slice(2)}.jpg`, false],
    [`../${hex}.jpg`, false],
    [`${hex}.jpg/..`, false],
    [`sub/${hex}.jpg`, false],
    [`/etc/passwd`, false],
    [`${hex}.jpg\n`, false],
    ['https://example.com/a.jpg', false],
    ['', false],
    [42, false],
    [undefined, false],
  ])('%p is a ref: %p', (ref, expected) => {
    expect(isMediaRef(ref)).toBe(expected);
  });

  it('names the extension of the stored format', () => {
    expect(mediaRef(hex, 'jpeg')).toBe(`${hex}.jpg`);
    expect(mediaRef(hex, 'png')).toBe(`${hex}.png`);
  });
});

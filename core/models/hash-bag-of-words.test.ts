import { fnv1a, hashBagOfWords, tokenize } from './hash-bag-of-words';

describe('hashBagOfWords', () => {
  it('hashes with 32-bit FNV-1a (published test vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('splits on anything but letters and digits, lower-cased, keeping contractions whole', () => {
    expect(tokenize("It's GREAT, 10/10 — très bien!")).toEqual(['its', 'great', '10', '10', 'très', 'bien']);
    expect(tokenize('  ...  ')).toEqual([]);
  });

  it('puts each word count in its bucket and scales to unit length', () => {
    const v = hashBagOfWords('good good bad', { dimension: 64 });
    const good = fnv1a('good') % 64;
    const bad = fnv1a('bad') % 64;
    expect(good).not.toBe(bad);
    expect(v[good]).toBeCloseTo(2 / Math.sqrt(5), 6);
    expect(v[bad]).toBeCloseTo(1 / Math.sqrt(5), 6);
    expect(v.reduce((s, x) => s + x * x, 0)).toBeCloseTo(1, 6);
  });

  it('ignores case and punctuation, so the same words give the same vector', () => {
    expect(hashBagOfWords('Great value!', { dimension: 32 })).toEqual(hashBagOfWords('great, VALUE', { dimension: 32 }));
  });

  it('adds word pairs with ngrams 2', () => {
    const v = hashBagOfWords('not good', { dimension: 1024, ngrams: 2 });
    expect(v[fnv1a('not good') % 1024]).toBeGreaterThan(0);
    expect(v.filter((x) => x > 0).length).toBe(3);
  });

  it('gives the zero vector for text without words', () => {
    expect(Array.from(hashBagOfWords('?!', { dimension: 8 }))).toEqual(new Array(8).fill(0));
  });

  it('writes into a batch buffer at an offset', () => {
    const out = new Float32Array(16);
    hashBagOfWords('one', { dimension: 8 }, out, 8);
    expect(out.slice(0, 8).every((x) => x === 0)).toBe(true);
    expect(out.slice(8).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 6);
  });
});

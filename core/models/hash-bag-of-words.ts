/**
 * The text input of a baseline model: a hashed bag of words. Tokens are runs of letters
 * and digits, lower-cased; each token (and, with `ngrams: 2`, each pair of neighbours) is
 * hashed with 32-bit FNV-1a into one of `dimension` buckets. The counts are scaled to unit
 * length (L2), so a long review and a short one weigh alike. Pure and deterministic: the
 * model build and inference must hash the same text to the same vector.
 */
export interface HashBagOfWordsOptions {
  /** Number of buckets: the model's input width. */
  dimension: number;
  /** 1: words only; 2: words and word pairs. */
  ngrams?: 1 | 2;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a of a string's UTF-16 code units, as an unsigned integer. */
export function fnv1a(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Lower-cased runs of letters and digits (any script); apostrophes inside words are dropped. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().replace(/(\p{L})['’](\p{L})/gu, '$1$2').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Writes the hashed bag of words of `text` into `out` (length `dimension`, starting at
 * `offset`), so a batch fills one Float32Array without copies. Returns `out`.
 */
export function hashBagOfWords(text: string, opts: HashBagOfWordsOptions, out = new Float32Array(opts.dimension), offset = 0): Float32Array {
  const { dimension } = opts;
  const tokens = tokenize(text);
  // Sparse: a review touches a few dozen of thousands of buckets. Counts are small
  // integers, exact in float32; the L2 scale is computed in float64 and each value rounds
  // to float32 once.
  out.fill(0, offset, offset + dimension);
  const touched: number[] = [];
  const add = (bucket: number) => {
    if (out[offset + bucket] === 0) touched.push(bucket);
    out[offset + bucket] += 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    add(fnv1a(tokens[i]) % dimension);
    if (opts.ngrams === 2 && i > 0) add(fnv1a(`${tokens[i - 1]} ${tokens[i]}`) % dimension);
  }
  let norm = 0;
  for (const j of touched) norm += out[offset + j] * out[offset + j];
  const scale = norm === 0 ? 0 : 1 / Math.sqrt(norm);
  for (const j of touched) out[offset + j] = out[offset + j] * scale;
  return out;
}

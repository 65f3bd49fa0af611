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
  // Counts accumulate in float64 so the L2 scaling rounds once, into float32.
  const counts = new Float64Array(dimension);
  for (let i = 0; i < tokens.length; i++) {
    counts[fnv1a(tokens[i]) % dimension] += 1;
    if (opts.ngrams === 2 && i > 0) counts[fnv1a(`${tokens[i - 1]} ${tokens[i]}`) % dimension] += 1;
  }
  let norm = 0;
  for (let j = 0; j < dimension; j++) norm += counts[j] * counts[j];
  const scale = norm === 0 ? 0 : 1 / Math.sqrt(norm);
  for (let j = 0; j < dimension; j++) out[offset + j] = counts[j] * scale;
  return out;
}

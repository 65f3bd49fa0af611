/** The longest tag stored (BCP 47's practical limit for a tag with a few subtags). */
export const MAX_LANGUAGE_TAG_LENGTH = 35;

/**
 * A language tag as core stores it: a BCP 47-like "en", "pt-BR", "zh-Hans", "es-419": a
 * primary subtag of 2 or 3 letters, then subtags of 1 to 8 letters or digits, at most 35
 * characters. Syntax only: which languages the bots speak is theirs to know. The
 * Languages migration's CHECK is the same rule.
 */
export function isLanguageTag(text: string): boolean {
  return text.length <= MAX_LANGUAGE_TAG_LENGTH && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(text);
}

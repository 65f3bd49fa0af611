import { DEFAULT_LANGUAGE, languageOf, type Lang } from '../common/i18n/languages';

/**
 * The client codes of an Accept-Language header, most wanted first ("ru-RU,ru;q=0.9,en;q=0.8"):
 * equal weights keep the header's order, a weight of 0 (refused) and "*" drop out.
 */
export function acceptedCodes(header: string | undefined): string[] {
  if (!header) return [];
  const ranked = header
    .slice(0, 500)
    .split(',')
    .map((part, order) => {
      const [code = '', ...params] = part.split(';').map((s) => s.trim());
      const q = params.find((p) => /^q=/i.test(p));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { code, weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((c) => c.code !== '' && c.code !== '*' && c.weight > 0);
  return ranked.sort((a, b) => b.weight - a.weight || a.order - b.order).map((c) => c.code);
}

/**
 * The link page's language: its `lang` query parameter (the /link command puts the member's
 * language there), else the first language of the browser's Accept-Language we speak, else
 * English. `known` maps a client code to a language we speak (languageOf).
 */
export function pageLanguage(query: unknown, acceptLanguage: string | undefined, known: (code: string) => Lang | undefined = languageOf): Lang {
  const asked = typeof query === 'string' ? known(query) : undefined;
  if (asked) return asked;
  for (const code of acceptedCodes(acceptLanguage)) {
    const lang = known(code);
    if (lang) return lang;
  }
  return DEFAULT_LANGUAGE;
}

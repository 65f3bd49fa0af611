import type { Lang } from '../common/i18n/languages';
import { acceptedCodes, pageLanguage } from './page-language';

// A fixed set of languages, whatever folders the catalogs have today.
const speaks = ['en', 'ru', 'de'];
const known = (code: string): Lang | undefined => {
  const primary = code.toLowerCase().split('-')[0]!;
  return speaks.includes(primary) ? (primary as Lang) : undefined;
};

describe('the link page language', () => {
  it('takes the lang query parameter over the browser', () => {
    expect(pageLanguage('ru', 'de-DE,de;q=0.9', known)).toBe('ru');
  });

  it("takes the browser's first spoken language when the query names none we speak", () => {
    expect(pageLanguage(undefined, 'de-DE,de;q=0.9,en;q=0.8', known)).toBe('de');
    expect(pageLanguage('xx', 'fr-FR,ru;q=0.5', known)).toBe('ru');
  });

  it('ranks the browser languages by weight, not by position', () => {
    expect(pageLanguage(undefined, 'en;q=0.3, de;q=0.8, ru;q=0.5', known)).toBe('de');
  });

  it('falls back to English', () => {
    expect(pageLanguage(undefined, undefined, known)).toBe('en');
    expect(pageLanguage('', 'fr-FR,ja;q=0.9,*;q=0.1', known)).toBe('en');
  });

  it('ignores a repeated query parameter (an array) and a refused language', () => {
    expect(pageLanguage(['ru', 'de'], 'de;q=0, ru', known)).toBe('ru');
    expect(pageLanguage(['ru'], 'de;q=0', known)).toBe('en');
  });

  it('reads an Accept-Language header in the order the client prefers', () => {
    expect(acceptedCodes('ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7,*;q=0.5')).toEqual(['ru-RU', 'ru', 'en-US', 'en']);
    expect(acceptedCodes('fr;q=bad, de')).toEqual(['de']);
    expect(acceptedCodes('')).toEqual([]);
  });

  it('speaks English by default with the real languages', () => {
    expect(pageLanguage(undefined, undefined)).toBe('en');
    expect(pageLanguage('en-GB', undefined)).toBe('en');
  });
});

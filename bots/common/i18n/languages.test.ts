import { languageOf, languageInfo, type Lang } from './languages';

describe('languageOf: the language a client code means', () => {
  it.each<[string | null | undefined, string | undefined]>([
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['zh-hans', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['uk', undefined],
    ['es', 'es'],
    ['es-419', 'es'],
    ['es-ES', 'es'],
    ['pt-br', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt_BR', 'pt-BR'],
    ['tr', 'tr'],
    ['vi', 'vi'],
    ['id', 'id'],
    ['in', 'id'],
    ['fr', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
    ['x'.repeat(100), undefined],
  ])('%p is %p', (code, lang) => {
    expect(languageOf(code)).toBe(lang);
  });

  it('gives Telegram two-letter codes and Discord its locales', () => {
    expect(languageInfo('pt-BR' as Lang).telegram).toBe('pt');
    expect(languageInfo('zh-CN' as Lang).telegram).toBe('zh');
    expect(languageInfo('es' as Lang).discord).toEqual(['es-ES', 'es-419']);
  });
});

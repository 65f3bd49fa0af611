import { isLanguageTag } from './language-tag';

describe('language tag syntax', () => {
  const cases: [string, boolean][] = [
    ['en', true],
    ['pt-BR', true],
    ['zh-Hans', true],
    ['es-419', true],
    ['fil', true],
    ['sr-Latn-RS', true],
    ['en-x-test', true],
    ['', false],
    ['e', false],
    ['engl', false],
    ['en_US', false],
    ['en-', false],
    ['-en', false],
    ['en--US', false],
    ['en-abcdefghi', false],
    ['en US', false],
    ['en\n', false],
    ['español', false],
    ['Deutsch bitte', false],
    ['1en', false],
    [`en${'-abcdefgh'.repeat(4)}`, false],
  ];
  it.each(cases)('%j is a tag: %s', (text, ok) => {
    expect(isLanguageTag(text)).toBe(ok);
  });

  it('takes a tag of exactly 35 characters and refuses 36', () => {
    const at35 = `en-${'abcdefgh-'.repeat(3)}abcde`;
    expect(at35).toHaveLength(35);
    expect(isLanguageTag(at35)).toBe(true);
    expect(isLanguageTag(`${at35}f`)).toBe(false);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readCatalog } from '../../bots/common/i18n/catalog-syntax';
import { DEFAULT_LANGUAGE } from '../../bots/common/i18n/languages';
import { localizeDefinitions } from '../../bots/discord/command-localizations';
import { slashDefinitions } from '../../bots/discord/commands';

/** Every source file that may ask for a message: the bots' TypeScript (not tests, not the generated ids) and the link page's script. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'locales' ? [] : sources(p);
    return /\.(ts|js)$/.test(d.name) && !d.name.endsWith('.test.ts') && d.name !== 'message-ids.ts' ? [p] : [];
  });
}

/** The ids Discord's slash-command localization asks for: built from each command's, option's and choice's name. */
function slashIds(): Set<string> {
  const asked = new Set<string>();
  localizeDefinitions(slashDefinitions(), [{ locales: ['ru'], text: (id) => (asked.add(id), 'x') }]);
  return asked;
}

describe('the English catalog', () => {
  it('has no message that no code asks for', () => {
    const code = sources(path.join(__dirname, '..', '..', 'bots'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const slash = slashIds();
    const unused = readCatalog(DEFAULT_LANGUAGE)
      .entries.map((e) => e.id)
      .filter((id) => !slash.has(id) && !code.includes(`'${id}'`) && !code.includes(`"${id}"`) && !code.includes(`\`${id}\``));
    expect(unused).toEqual([]);
  });
});

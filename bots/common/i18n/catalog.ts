import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { languages, LOCALES_DIR, type Lang } from './languages';

/** The .ftl files of one language folder, by file name. */
export function catalogFiles(lang: Lang): { file: string; source: string }[] {
  const dir = path.join(LOCALES_DIR, lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ftl'))
    .sort()
    .map((file) => ({ file, source: readFileSync(path.join(dir, file), 'utf8') }));
}

/**
 * One Fluent bundle per language, built once from its folder. Bidi isolation marks stay
 * off: none of the languages is right-to-left, and the marks would ride along in commands
 * a member copies ("/link 0x...").
 */
function buildBundle(lang: Lang): FluentBundle {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  for (const { file, source } of catalogFiles(lang)) {
    const errors = bundle.addResource(new FluentResource(source));
    if (errors.length > 0) throw new Error(`locales/${lang}/${file}: ${errors.map((e) => e.message).join('; ')}`);
  }
  return bundle;
}

let bundles: Map<Lang, FluentBundle> | undefined;

/** The bundles of every language, loaded on first use (constant data, like a table). */
export function catalogBundles(): ReadonlyMap<Lang, FluentBundle> {
  bundles ??= new Map(languages().map((l) => [l.tag, buildBundle(l.tag)]));
  return bundles;
}

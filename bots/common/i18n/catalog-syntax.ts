import { parse, Visitor, type Junk, type Message, type VariableReference } from '@fluent/syntax';
import { catalogFiles } from './catalog';
import type { Lang } from './languages';

/** A message of a catalog as the checks read it: where it is, and the variables it uses. */
export interface CatalogEntry {
  id: string;
  file: string;
  variables: string[];
}

class VariableCollector extends Visitor {
  readonly names = new Set<string>();
  override visitVariableReference(node: VariableReference): void {
    this.names.add(node.id.name);
  }
}

/**
 * Every message of a language, parsed with Fluent's own syntax parser (the runtime parser
 * skips what it cannot read without a word); `junk` lists what did not parse.
 */
export function readCatalog(lang: Lang): { entries: CatalogEntry[]; junk: string[] } {
  const entries: CatalogEntry[] = [];
  const junk: string[] = [];
  for (const { file, source } of catalogFiles(lang)) {
    for (const node of parse(source, {}).body) {
      if (node.type === 'Junk') junk.push(`${file}: ${(node as Junk).content.slice(0, 80)}`);
      if (node.type !== 'Message') continue;
      const collector = new VariableCollector();
      collector.visit(node as Message);
      entries.push({ id: (node as Message).id.name, file, variables: [...collector.names].sort() });
    }
  }
  return { entries, junk };
}

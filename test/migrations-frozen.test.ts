import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { migrations } from '../ormconfig';

/**
 * A landed migration is never edited: databases that ran it would never see the change.
 * migrations/SHA256SUMS (coreutils format, so `cd migrations && sha256sum -c SHA256SUMS`
 * checks it too) holds the sha256 of every migration as it landed.
 */
const DIR = path.join(__dirname, '..', 'migrations');
const TABLE = 'SHA256SUMS';

/** The table's lines as file name -> sha256 hex. */
function parseTable(text: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
    if (m) table.set(m[2]!, m[1]!);
  }
  return table;
}

/** What is wrong with the migration files (name -> sha256 of their text) against the table. */
function landedMigrationProblems(table: Map<string, string>, files: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, sum] of files) {
    const landed = table.get(file);
    if (landed === undefined) {
      problems.push(`migration ${file} is not in migrations/${TABLE}; add its line with: (cd migrations && sha256sum ${file} >> ${TABLE})`);
    } else if (landed !== sum) {
      problems.push(`migration ${file} changed after it landed; add a new migration instead (and restore its text: git log -p -- migrations/${file})`);
    }
  }
  for (const file of table.keys()) {
    if (!files.has(file)) problems.push(`migration ${file} was removed after it landed; restore it (databases have run it)`);
  }
  return problems;
}

const sha256 = (text: Buffer | string) => createHash('sha256').update(text).digest('hex');

function migrationFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.ts')).sort()) files.set(name, sha256(readFileSync(path.join(DIR, name))));
  return files;
}

describe('landed migrations', () => {
  const a = sha256('a');
  const b = sha256('b');
  it.each([
    { case: 'nothing for an unchanged file', table: [['1-A.ts', a]], files: [['1-A.ts', a]], problems: [] },
    { case: 'a changed file', table: [['1-A.ts', a]], files: [['1-A.ts', b]], problems: ['migration 1-A.ts changed after it landed; add a new migration instead (and restore its text: git log -p -- migrations/1-A.ts)'] },
    {
      case: 'a file missing from the table',
      table: [['1-A.ts', a]],
      files: [['1-A.ts', a], ['2-B.ts', b]],
      problems: ['migration 2-B.ts is not in migrations/SHA256SUMS; add its line with: (cd migrations && sha256sum 2-B.ts >> SHA256SUMS)'],
    },
    { case: 'a removed file', table: [['1-A.ts', a], ['2-B.ts', b]], files: [['1-A.ts', a]], problems: ['migration 2-B.ts was removed after it landed; restore it (databases have run it)'] },
  ])('reports $case', ({ table, files, problems }) => {
    expect(landedMigrationProblems(new Map(table as [string, string][]), new Map(files as [string, string][]))).toEqual(problems);
  });

  it('reads the table in the format sha256sum writes', () => {
    expect(parseTable(`${a}  1-A.ts\n${b} *2-B.ts\n\n`)).toEqual(new Map([['1-A.ts', a], ['2-B.ts', b]]));
  });

  it('keeps every migration file as it landed', () => {
    const table = parseTable(readFileSync(path.join(DIR, TABLE), 'utf8'));
    expect(landedMigrationProblems(table, migrationFiles())).toEqual([]);
  });

  it('registers every migration file in ormconfig.ts', () => {
    const named = [...migrationFiles().keys()].map((f) => {
      const [, stamp, change] = /^(\d+)-(.+)\.ts$/.exec(f)!;
      return `${change}${stamp}`;
    });
    const registered = migrations.map((M) => new M().name);
    expect([...registered].sort()).toEqual([...named].sort());
  });
});

/**
 * Writes the seeded synthetic crowd sets of bench/crowd-synthetic.ts to data/crowd/, where
 * bench:consensus reads them. Rerun only when the generators change; the files are committed.
 *
 *   npx tsx bench/make-crowd-synthetic.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CsvPair, syntheticMultiLabel, syntheticPairwise } from './crowd-synthetic';

const root = join(__dirname, '..', 'data', 'crowd');
const sets: [string, CsvPair][] = [
  ['synthetic-pairwise', syntheticPairwise()],
  ['synthetic-multilabel', syntheticMultiLabel()],
];
for (const [name, { answers, truth }] of sets) {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'answers.csv'), `${answers.join('\n')}\n`);
  writeFileSync(join(dir, 'truth.csv'), `${truth.join('\n')}\n`);
  console.log(`${dir}: ${answers.length - 1} answers, ${truth.length - 1} truth rows`);
}

import { readFileSync } from 'node:fs';
import type { ConsensusInput } from './dawid-skene';

/**
 * Loads a crowd dataset in the `answers.csv` (task,worker,label) + `truth.csv` (task,label)
 * format of data/crowd/ into the engine's typed arrays. String ids become 0-based indices:
 * tasks and workers in order of first appearance, labels sorted (numerically when all are
 * numbers) so that the same files always give the same indices.
 */
export interface LoadedAnswers extends ConsensusInput {
  taskIds: string[];
  workerIds: string[];
  labelIds: string[];
  /** Truth label index per task, -1 where the truth file has none. */
  truth: Int32Array;
}

export function loadCsvAnswers(answersPath: string, truthPath?: string): LoadedAnswers {
  const answers = readRows(answersPath, 3);
  const truthRows = truthPath ? readRows(truthPath, 2) : [];

  const labelSet = new Set<string>();
  for (const r of answers) labelSet.add(r[2]!);
  for (const r of truthRows) labelSet.add(r[1]!);
  const labelIds = [...labelSet];
  const numeric = labelIds.every((l) => /^-?\d+(\.\d+)?$/.test(l));
  labelIds.sort((a, b) => (numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
  const labelIndex = new Map(labelIds.map((l, i) => [l, i]));

  const taskIndex = new Map<string, number>();
  const workerIndex = new Map<string, number>();
  const index = (m: Map<string, number>, id: string): number => {
    let i = m.get(id);
    if (i === undefined) {
      i = m.size;
      m.set(id, i);
    }
    return i;
  };

  const n = answers.length;
  const task = new Int32Array(n);
  const worker = new Int32Array(n);
  const label = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = answers[i]!;
    task[i] = index(taskIndex, r[0]!);
    worker[i] = index(workerIndex, r[1]!);
    label[i] = labelIndex.get(r[2]!)!;
  }
  // Truth-only tasks (no answers) still get an index so they count in accuracy.
  for (const r of truthRows) index(taskIndex, r[0]!);
  const truth = new Int32Array(taskIndex.size).fill(-1);
  for (const r of truthRows) truth[taskIndex.get(r[0]!)!] = labelIndex.get(r[1]!)!;

  return {
    tasks: taskIndex.size,
    workers: workerIndex.size,
    classes: labelIds.length,
    task,
    worker,
    label,
    taskIds: [...taskIndex.keys()],
    workerIds: [...workerIndex.keys()],
    labelIds,
    truth,
  };
}

/** Simple comma split: the format has no quoting. Skips the header and blank lines. */
function readRows(path: string, columns: number): string[][] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const rows: string[][] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const cols = line.split(',');
    if (cols.length !== columns) throw new Error(`${path}:${i + 1}: expected ${columns} columns, got ${cols.length}`);
    rows.push(cols);
  }
  return rows;
}

/**
 * Consensus engine bench: accuracy per dataset and mode (majority, one_coin, dawid_skene)
 * on the public sets in data/crowd/ (or any `--answers FILE --truth FILE` in that format),
 * then 20 EM iterations on a deterministic synthetic million answers with time and peak RSS,
 * then (on PostgreSQL, unless --no-db) the scoring round over a million stored answers.
 * Without arguments it then runs the pairwise and multi-label sections (bench/consensus-kinds.ts)
 * on the seeded synthetic sets in data/crowd/synthetic-pairwise/ and synthetic-multilabel/.
 * `--kind pairwise` or `--kind multilabel` runs only that section on the given files.
 * Ends with one line of JSON (snake_case keys with units) for bench/RESULTS.md.
 *
 *   npm run bench:consensus
 *   npm run bench:consensus -- --answers a.csv --truth t.csv
 *   npm run bench:consensus -- --kind pairwise --answers a.csv --truth t.csv
 *   npm run bench:consensus -- --kind multilabel --answers a.csv --truth t.csv
 *   npm run bench:consensus -- --incremental [--tasks 1000000]   (PostgreSQL only; bench/consensus-incremental.ts)
 */
import { join } from 'node:path';
import { accuracy, ConsensusInput, ConsensusResult, dawidSkene, majorityVote } from '../core/consensus/dawid-skene';
import { loadCsvAnswers } from '../core/consensus/load-csv-answers';
import { seededRandom as rng } from '../core/consensus/seeded-random';
import { probePostgres } from './answers-setup';
import { benchDbRound } from './consensus-db';
import { benchIncremental } from './consensus-incremental';
import { benchMultiLabel, benchPairwise } from './consensus-kinds';

const MODES = ['majority', 'one_coin', 'dawid_skene'] as const;
type Mode = (typeof MODES)[number];

function fit(input: ConsensusInput, mode: Mode): ConsensusResult {
  if (mode === 'majority') return majorityVote(input);
  return dawidSkene(input, { mode });
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;
const summary: Record<string, number> = {};

function evaluate(name: string, answersPath: string, truthPath: string): void {
  const d = loadCsvAnswers(answersPath, truthPath);
  console.log(`${name}: ${d.tasks} tasks, ${d.workers} workers, ${d.task.length} answers, ${d.classes} classes`);
  for (const mode of MODES) {
    const t0 = process.hrtime.bigint();
    const r = fit(d, mode);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const acc = accuracy(r.labels, d.truth);
    console.log(`  ${mode.padEnd(12)} accuracy ${acc.toFixed(4)}  iterations ${String(r.iterations).padStart(3)}  fit ${ms.toFixed(1)} ms`);
    const key = mode === 'majority' ? 'mv' : mode === 'one_coin' ? 'oc' : 'ds';
    summary[`${name}_${key}_accuracy`] = round(acc, 4);
    if (mode !== 'majority') summary[`${name}_${key}_fit_ms`] = round(ms, 1);
  }
}

/** 100,000 tasks x 10 answers from 5,000 workers: 60% good (0.7..0.95), 25% mediocre (0.4..0.7), 10% constant spammers, 5% random. */
function synthetic(tasks = 100_000, perTask = 10, workers = 5_000, classes = 4) {
  const r = rng(20240611);
  const kind = new Uint8Array(workers); // 0 = confusion-free coin, 1 = constant spammer, 2 = random
  const acc = new Float64Array(workers);
  const constant = new Int32Array(workers);
  for (let w = 0; w < workers; w++) {
    const u = r();
    if (u < 0.6) acc[w] = 0.7 + 0.25 * r();
    else if (u < 0.85) acc[w] = 0.4 + 0.3 * r();
    else if (u < 0.95) {
      kind[w] = 1;
      constant[w] = Math.floor(r() * classes);
    } else kind[w] = 2;
  }
  const n = tasks * perTask;
  const task = new Int32Array(n);
  const worker = new Int32Array(n);
  const label = new Int32Array(n);
  const truth = new Int32Array(tasks);
  const picked = new Int32Array(perTask);
  let i = 0;
  for (let t = 0; t < tasks; t++) {
    const y = Math.floor(r() * classes);
    truth[t] = y;
    for (let j = 0; j < perTask; j++) {
      let w: number;
      let dup: boolean;
      do {
        w = Math.floor(r() * workers);
        dup = false;
        for (let q = 0; q < j; q++) if (picked[q] === w) dup = true;
      } while (dup);
      picked[j] = w;
      let l: number;
      if (kind[w] === 1) l = constant[w]!;
      else if (kind[w] === 2) l = Math.floor(r() * classes);
      else l = r() < acc[w]! ? y : (y + 1 + Math.floor(r() * (classes - 1))) % classes;
      task[i] = t;
      worker[i] = w;
      label[i] = l;
      i++;
    }
  }
  return { input: { tasks, workers, classes, task, worker, label } as ConsensusInput, truth };
}

const kind = arg('kind') ?? 'classification';
const answersArg = arg('answers');

/** The classification sections: the public sets (or --answers), then the synthetic million. */
function classification(): void {
  if (answersArg) {
    const truthArg = arg('truth');
    if (!truthArg) throw new Error('--answers needs --truth');
    evaluate('custom', answersArg, truthArg);
  } else {
    const dir = join(__dirname, '..', 'data', 'crowd');
    for (const name of ['duck', 'dog']) evaluate(name, join(dir, name, 'answers.csv'), join(dir, name, 'truth.csv'));
  }
}

/** 20 EM iterations per mode on the synthetic million answers, with time and peak RSS. */
function syntheticMillion(): void {
  const { input, truth } = synthetic();
  console.log(`synthetic: ${input.tasks} tasks, ${input.workers} workers, ${input.task.length} answers, ${input.classes} classes`);
  const mv = majorityVote(input);
  summary.synthetic_1m_mv_accuracy = round(accuracy(mv.labels, truth), 4);
  for (const mode of ['one_coin', 'dawid_skene'] as const) {
    const t0 = process.hrtime.bigint();
    const r = dawidSkene(input, { mode, maxIterations: 20, tolerance: 0 });
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    const a = accuracy(r.labels, truth);
    console.log(`  ${mode.padEnd(12)} accuracy ${a.toFixed(4)}  ${r.iterations} iterations in ${s.toFixed(3)} s`);
    const key = mode === 'one_coin' ? 'oc' : 'ds';
    summary[`synthetic_1m_${key}_accuracy`] = round(a, 4);
    summary[mode === 'one_coin' ? 'synthetic_1m_oc_20_iter_s' : 'synthetic_1m_20_iter_s'] = round(s, 3);
  }
  console.log(`  majority     accuracy ${summary.synthetic_1m_mv_accuracy!.toFixed(4)}`);
  // maxRSS is in kilobytes on Linux.
  summary.synthetic_peak_rss_mb = round(process.resourceUsage().maxRSS / 1024, 1);
}

/** The scoring round from the database, on PostgreSQL when it answers (skip with --no-db). */
async function dbPart(): Promise<void> {
  if (process.argv.includes('--no-db')) return;
  const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const probe = await probePostgres(base);
  if (!probe.ok) {
    console.log(`PostgreSQL does not answer at ${new URL(base).host} (${probe.reason}): skipping the database round`);
    return;
  }
  Object.assign(summary, await benchDbRound(base));
}

async function main(): Promise<void> {
  if (process.argv.includes('--incremental')) {
    // Only the incremental round: its campaign alone takes minutes to generate.
    const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const probe = await probePostgres(base);
    if (!probe.ok) throw new Error(`--incremental needs PostgreSQL; none answers at ${new URL(base).host} (${probe.reason})`);
    Object.assign(summary, await benchIncremental(base, Number(arg('tasks') ?? 1_000_000)));
    return;
  }
  if (kind === 'pairwise' || kind === 'multilabel') {
    const truthArg = arg('truth');
    if (!answersArg || !truthArg) throw new Error(`--kind ${kind} needs --answers and --truth`);
    Object.assign(summary, (kind === 'pairwise' ? benchPairwise : benchMultiLabel)('custom', answersArg, truthArg));
    return;
  }
  if (kind !== 'classification') throw new Error(`--kind must be classification, pairwise or multilabel, not ${kind}`);
  classification();
  syntheticMillion();
  if (!answersArg) {
    const dir = join(__dirname, '..', 'data', 'crowd');
    Object.assign(summary, benchPairwise('synthetic', join(dir, 'synthetic-pairwise', 'answers.csv'), join(dir, 'synthetic-pairwise', 'truth.csv')));
    Object.assign(summary, benchMultiLabel('synthetic', join(dir, 'synthetic-multilabel', 'answers.csv'), join(dir, 'synthetic-multilabel', 'truth.csv')));
  }
  await dbPart();
}

main().then(
  () => console.log(JSON.stringify(summary)),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);

/**
 * The pairwise and multi-label sections of bench:consensus (issue 16). Each reads an
 * answers + truth CSV pair, fits ours and a plain baseline beside it, prints the figures and
 * returns them as `pairwise_*` / `multilabel_*` keys for the final JSON line.
 *
 * Pairwise: answers `worker,left,right,label` (label = the preferred item's id), truth
 * `item,score`; Bradley-Terry (core/consensus/bradley-terry.ts, no bootstrap) and the
 * worker-aware one (crowd-bradley-terry.ts) against the items' win rate, by Spearman rho and
 * Kendall tau-b over the items present in both files; the two fits' times cold (first call)
 * and warm (least of 20 more).
 * Multi-label: answers `task,worker,labels` (`|`-joined label ids, possibly empty), truth
 * `task,labels`; binary relevance over Dawid-Skene against majority per label.
 */
import { readFileSync } from 'node:fs';
import { bradleyTerry, Comparison } from '../core/consensus/bradley-terry';
import { crowdBradleyTerry, CrowdComparison } from '../core/consensus/crowd-bradley-terry';
import { kendallTauB, labelSetScores, spearmanRho } from '../core/consensus/evaluation-metrics';
import { multiLabelConsensus, MultiLabelAnswer } from '../core/consensus/multi-label';

const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;
const seconds = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e9;

/** Header skipped, blank lines skipped; no quoting in these formats. */
function readRows(path: string, columns: number): string[][] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const rows: string[][] = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === '') continue;
    const cols = lines[i]!.split(',');
    if (cols.length !== columns) throw new Error(`${path}:${i + 1}: expected ${columns} columns, got ${cols.length}`);
    rows.push(cols);
  }
  return rows;
}

function indexer(): { ids: string[]; of: (id: string) => number } {
  const map = new Map<string, number>();
  const ids: string[] = [];
  return {
    ids,
    of: (id) => {
      let i = map.get(id);
      if (i === undefined) {
        i = ids.length;
        map.set(id, i);
        ids.push(id);
      }
      return i;
    },
  };
}

export function benchPairwise(name: string, answersPath: string, truthPath: string): Record<string, number> {
  const items = indexer();
  const workers = indexer();
  const crowd: CrowdComparison[] = readRows(answersPath, 4).map(([worker, left, right, label], i) => {
    if (label !== left && label !== right) throw new Error(`${answersPath}: row ${i + 2} prefers ${label}, neither ${left} nor ${right}`);
    return { worker: workers.of(worker!), a: items.of(left!), b: items.of(right!), outcome: label === left ? 'a' : 'b' };
  });
  const comparisons: Comparison[] = crowd.map(({ a, b, outcome }) => ({ a, b, outcome }));
  const truth = new Map(readRows(truthPath, 2).map(([item, score]) => [item!, Number(score)]));
  const n = items.ids.length;
  console.log(`${name} (pairwise): ${n} items, ${workers.ids.length} workers, ${comparisons.length} comparisons, ${truth.size} true scores`);

  // The first fit's time (cold: V8 has not compiled the loops yet) and the least of 20 more (warm:
  // V8 optimizes a function only after it has run a while, so five are not always enough).
  const timed = <T>(fit: () => T): { result: T; cold: number; warm: number } => {
    let t = process.hrtime.bigint();
    const result = fit();
    const cold = seconds(t);
    let warm = Infinity;
    for (let r = 0; r < 20; r++) {
      t = process.hrtime.bigint();
      fit();
      warm = Math.min(warm, seconds(t));
    }
    return { result, cold, warm };
  };

  const btFit = timed(() => bradleyTerry(n, comparisons, { resamples: 0 }));
  const bt = new Float64Array(n).fill(NaN);
  for (const m of btFit.result) bt[m.model] = m.score;

  const crowdFit = timed(() => crowdBradleyTerry({ items: n, workers: workers.ids.length, comparisons: crowd }));
  const crowdBt = crowdFit.result.strengths;

  const t0 = process.hrtime.bigint();
  const wins = new Float64Array(n);
  const games = new Float64Array(n);
  for (const c of comparisons) {
    games[c.a]! += 1;
    games[c.b]! += 1;
    wins[c.outcome === 'a' ? c.a : c.b]! += 1;
  }
  const winRate = Array.from(wins, (w, i) => w / games[i]!);
  const winRateSeconds = seconds(t0);

  // Items with both a fitted score and a true one; the others cannot be compared.
  const scored = items.ids.map((_, i) => i).filter((i) => truth.has(items.ids[i]!) && Number.isFinite(bt[i]!));
  const want = scored.map((i) => truth.get(items.ids[i]!)!);
  const out: Record<string, number> = { pairwise_items_scored: scored.length };
  for (const [key, label, got, s, warm] of [
    ['bt', 'bradley_terry', scored.map((i) => bt[i]!), btFit.cold, btFit.warm],
    ['crowdbt', 'crowd_bt', scored.map((i) => crowdBt[i]!), crowdFit.cold, crowdFit.warm],
    ['winrate', 'win_rate', scored.map((i) => winRate[i]!), winRateSeconds, undefined],
  ] as const) {
    const rho = spearmanRho(got, want);
    const tau = kendallTauB(got, want);
    const warmText = warm === undefined ? '' : `, warm ${(warm * 1e3).toFixed(2)} ms`;
    const extra = key === 'crowdbt' ? `  (${crowdFit.result.iterations} iterations)` : '';
    console.log(`  ${label.padEnd(14)} spearman ${rho.toFixed(4)}  kendall tau-b ${tau.toFixed(4)}  fit ${(s * 1e3).toFixed(2)} ms${warmText}${extra}`);
    out[`pairwise_${key}_spearman`] = round(rho, 4);
    out[`pairwise_${key}_kendall_tau`] = round(tau, 4);
    out[`pairwise_${key}_fit_s`] = round(s, 5);
    if (warm !== undefined) out[`pairwise_${key}_warm_fit_s`] = round(warm, 6);
  }
  return out;
}

export function benchMultiLabel(name: string, answersPath: string, truthPath: string): Record<string, number> {
  const tasks = indexer();
  const workers = indexer();
  const labels = indexer();
  const split = (field: string) => (field === '' ? [] : field.split('|'));
  const rawAnswers = readRows(answersPath, 3);
  const rawTruth = readRows(truthPath, 2);
  // Label indices in sorted id order, so the same files always give the same indices.
  const labelIds = [...new Set([...rawAnswers.flatMap((r) => split(r[2]!)), ...rawTruth.flatMap((r) => split(r[1]!))])].sort();
  for (const l of labelIds) labels.of(l);
  const answers: MultiLabelAnswer[] = rawAnswers.map(([task, worker, set]) => ({ task: tasks.of(task!), worker: workers.of(worker!), labels: split(set!).map(labels.of) }));
  for (const [task] of rawTruth) tasks.of(task!);
  const truth: (number[] | null)[] = tasks.ids.map(() => null);
  for (const [task, set] of rawTruth) truth[tasks.of(task!)] = split(set!).map(labels.of);
  const input = { tasks: tasks.ids.length, workers: workers.ids.length, labels: labelIds.length, answers };
  console.log(`${name} (multilabel): ${input.tasks} tasks, ${input.workers} workers, ${answers.length} answers, ${input.labels} labels`);

  const out: Record<string, number> = {};
  for (const [key, label, mode] of [
    ['ds', 'dawid_skene', 'dawid_skene'],
    ['mv', 'majority', 'majority'],
  ] as const) {
    const t0 = process.hrtime.bigint();
    const r = multiLabelConsensus(input, { mode });
    const s = seconds(t0);
    const score = labelSetScores(r.labelSets, truth);
    const iterations = mode === 'majority' ? '' : `  iterations per label ${r.perLabel.map((f) => f.iterations).join(',')}`;
    console.log(`  ${label.padEnd(12)} micro-F1 ${score.microF1.toFixed(4)}  macro-F1 ${score.macroF1.toFixed(4)}  exact ${score.exactMatch.toFixed(4)}  fit ${(s * 1e3).toFixed(1)} ms${iterations}`);
    out[`multilabel_${key}_micro_f1`] = round(score.microF1, 4);
    out[`multilabel_${key}_macro_f1`] = round(score.macroF1, 4);
    out[`multilabel_${key}_exact_match`] = round(score.exactMatch, 4);
    out[`multilabel_${key}_fit_s`] = round(s, 4);
  }
  return out;
}

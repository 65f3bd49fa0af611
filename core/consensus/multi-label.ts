/**
 * Multi-label consensus ("tick every label that applies", issue 16) by binary relevance:
 * each label of the universe is its own two-class problem (absent = 0, present = 1) fitted
 * by the Dawid-Skene engine, so every worker gets a confusion per label. A worker's answer
 * says something about every label: one it left unticked counts as "absent", an empty set
 * as "absent" for all. Pure: no database.
 */
import type { ConsensusMode } from '../domain/consensus-mode';
import { ConsensusInput, ConsensusResult, dawidSkene, DawidSkeneOptions, majorityVote } from './dawid-skene';

/** One worker's answer to one task: the label ids it ticked (possibly none). */
export interface MultiLabelAnswer {
  task: number;
  worker: number;
  labels: readonly number[];
}

export interface MultiLabelInput {
  tasks: number;
  workers: number;
  /** Size of the label universe: label ids are 0..labels-1. */
  labels: number;
  answers: readonly MultiLabelAnswer[];
  /** Known label sets per task; each clamps that task's posterior for every label (present if in the set, absent otherwise). */
  gold?: ReadonlyMap<number, readonly number[]>;
}

export interface MultiLabelOptions extends Omit<DawidSkeneOptions, 'init' | 'mode'> {
  /** 'majority' decides each label by its vote share, the others fit that worker model per label. */
  mode?: ConsensusMode;
  /** A label is in the consensus set when its posterior of "present" is strictly above this. */
  threshold?: number;
  /**
   * Called after each label's fit with that label's binary input (valid only during the
   * call: its label array is reused), so a caller can read per-label standings without
   * keeping every label's copy of the answers.
   */
  onLabel?: (label: number, input: ConsensusInput, fit: ConsensusResult) => void;
}

export interface MultiLabelResult {
  /** Per task, the consensus label ids in ascending order. */
  labelSets: number[][];
  /** tasks * labels, row per task: the posterior probability that each label is present. */
  presence: Float64Array;
  /** Per label, the binary fit (class 1 = present): workers' confusions, priors, iterations. */
  perLabel: ConsensusResult[];
}

/** More likely present than absent: a coin toss leaves the label out. */
export const DEFAULT_PRESENCE_THRESHOLD = 0.5;

/**
 * Fits one binary consensus per label and collects the label sets.
 * @throws RangeError for an answer or gold set naming a task, worker or label outside the input's ranges
 */
export function multiLabelConsensus(input: MultiLabelInput, options: MultiLabelOptions = {}): MultiLabelResult {
  const { tasks: T, workers: W, labels: L, answers } = input;
  const { mode = 'dawid_skene', threshold = DEFAULT_PRESENCE_THRESHOLD, onLabel, ...fitOptions } = options;
  const n = answers.length;
  const task = new Int32Array(n);
  const worker = new Int32Array(n);
  // Ticks as an answers x labels matrix, so each label's column is one pass.
  const ticked = new Uint8Array(n * L);
  for (let i = 0; i < n; i++) {
    const a = answers[i]!;
    if (!(a.task >= 0 && a.task < T && a.worker >= 0 && a.worker < W)) throw new RangeError(`answer ${i} names task ${a.task} or worker ${a.worker} outside the input`);
    task[i] = a.task;
    worker[i] = a.worker;
    for (const l of a.labels) {
      if (!(l >= 0 && l < L)) throw new RangeError(`answer ${i} names label ${l} outside 0..${L - 1}`);
      ticked[i * L + l] = 1;
    }
  }
  const goldSets = goldMatrix(input);

  const presence = new Float64Array(T * L);
  const perLabel: ConsensusResult[] = [];
  const label = new Int32Array(n);
  for (let l = 0; l < L; l++) {
    for (let i = 0; i < n; i++) label[i] = ticked[i * L + l]!;
    let gold: Int32Array | undefined;
    if (goldSets) {
      gold = new Int32Array(T).fill(-1);
      for (let t = 0; t < T; t++) if (goldSets.known[t]) gold[t] = goldSets.present[t * L + l]!;
    }
    const binary = { tasks: T, workers: W, classes: 2, task, worker, label, gold };
    const fit = mode === 'majority' ? majorityVote(binary) : dawidSkene(binary, { ...fitOptions, mode });
    perLabel.push(fit);
    onLabel?.(l, binary, fit);
    for (let t = 0; t < T; t++) presence[t * L + l] = fit.posterior[t * 2 + 1]!;
  }

  const labelSets: number[][] = [];
  for (let t = 0; t < T; t++) {
    const set: number[] = [];
    for (let l = 0; l < L; l++) if (presence[t * L + l]! > threshold) set.push(l);
    labelSets.push(set);
  }
  return { labelSets, presence, perLabel };
}

function goldMatrix(input: MultiLabelInput): { known: Uint8Array; present: Uint8Array } | undefined {
  const { gold, tasks: T, labels: L } = input;
  if (!gold || gold.size === 0) return undefined;
  const known = new Uint8Array(T);
  const present = new Uint8Array(T * L);
  for (const [t, set] of gold) {
    if (!(t >= 0 && t < T)) throw new RangeError(`gold task ${t} outside 0..${T - 1}`);
    known[t] = 1;
    for (const l of set) {
      if (!(l >= 0 && l < L)) throw new RangeError(`gold label ${l} of task ${t} outside 0..${L - 1}`);
      present[t * L + l] = 1;
    }
  }
  return { known, present };
}

/**
 * Seeded generators of the synthetic pairwise and multi-label crowd sets that
 * bench:consensus reads from data/crowd/synthetic-pairwise/ and synthetic-multilabel/
 * (written by bench/make-crowd-synthetic.ts). Same seed, same rows, on every machine.
 * Returns CSV lines (header first) in the formats `--kind pairwise` and `--kind multilabel` read.
 */
import { seededRandom } from '../core/consensus/seeded-random';

/** A standard normal draw (Box-Muller) from a uniform source. */
function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const pad = (i: number, width: number): string => String(i).padStart(width, '0');

export interface CsvPair {
  answers: string[];
  truth: string[];
}

/**
 * 50 items with true Bradley-Terry log-strengths drawn N(0, 1) (the truth file's scores);
 * 2,000 comparisons of two distinct items drawn uniformly, shown in a random order, each by
 * one of 40 workers drawn uniformly. Workers 0-23 (60 %) prefer i to j with probability
 * 1 / (1 + exp(s_j - s_i)); 24-31 (20 %) are position-biased: they pick the left item 80 % of
 * the time and otherwise answer like the first group; 32-35 (10 %) flip a coin; 36-39 (10 %)
 * always pick the left item.
 */
export function syntheticPairwise(seed = 20261216, items = 50, comparisons = 2_000, workers = 40): CsvPair {
  const random = seededRandom(seed);
  // Scores rounded as the file writes them, so the answers follow exactly the file's truth.
  const score = Array.from({ length: items }, () => Math.round(normal(random) * 1e4) / 1e4);
  const itemId = (i: number) => `item${pad(i, 2)}`;
  const kind = (w: number) => (w < workers * 0.6 ? 'bt' : w < workers * 0.8 ? 'biased' : w < workers * 0.9 ? 'coin' : 'left');
  const answers = ['worker,left,right,label'];
  for (let c = 0; c < comparisons; c++) {
    const left = Math.floor(random() * items);
    let right = Math.floor(random() * (items - 1));
    if (right >= left) right++;
    const w = Math.floor(random() * workers);
    const leftWinsBt = random() < 1 / (1 + Math.exp(score[right]! - score[left]!));
    const u = random();
    const k = kind(w);
    const pickLeft = k === 'bt' ? leftWinsBt : k === 'biased' ? u < 0.8 || leftWinsBt : k === 'coin' ? u < 0.5 : true;
    answers.push(`w${pad(w, 2)},${itemId(left)},${itemId(right)},${itemId(pickLeft ? left : right)}`);
  }
  const truth = ['item,score', ...score.map((s, i) => `${itemId(i)},${s}`)];
  return { answers, truth };
}

/**
 * 2,000 tasks, 8 labels (l0..l7) present independently with probabilities 0.45, 0.35, 0.3,
 * 0.25, 0.2, 0.15, 0.1, 0.05 (a task may have none); each task answered by 5 distinct workers
 * of 100 drawn uniformly. Workers 0-54 are careful (tick a present label with probability
 * 0.8-0.95, an absent one 0.01-0.06, fixed per worker), 55-74 sloppy (0.5-0.75 and
 * 0.03-0.1), 75-89 random (tick each label with probability 0.25 whatever the item), 90-94
 * lazy (always tick nothing), 95-99 fixed (always tick the same two labels).
 */
export function syntheticMultiLabel(seed = 20261217, tasks = 2_000, perTask = 5, workers = 100): CsvPair {
  const random = seededRandom(seed);
  const prevalence = [0.45, 0.35, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05];
  const L = prevalence.length;
  const hit = new Float64Array(workers);
  const falseTick = new Float64Array(workers);
  const fixed: number[][] = [];
  for (let w = 0; w < workers; w++) {
    if (w < 55) {
      hit[w] = 0.8 + 0.15 * random();
      falseTick[w] = 0.01 + 0.05 * random();
    } else if (w < 75) {
      hit[w] = 0.5 + 0.25 * random();
      falseTick[w] = 0.03 + 0.07 * random();
    } else if (w < 90) {
      hit[w] = falseTick[w] = 0.25;
    }
    // Workers 90-94 keep 0 and 0: they never tick anything.
    const a = Math.floor(random() * L);
    fixed.push(w >= 95 ? [a, (a + 1 + Math.floor(random() * (L - 1))) % L].sort((x, y) => x - y) : []);
  }
  const join = (set: number[]) => set.map((l) => `l${l}`).join('|');
  const answers = ['task,worker,labels'];
  const truth = ['task,labels'];
  for (let t = 0; t < tasks; t++) {
    const present: number[] = [];
    for (let l = 0; l < L; l++) if (random() < prevalence[l]!) present.push(l);
    const taskId = `t${pad(t, 4)}`;
    truth.push(`${taskId},${join(present)}`);
    const picked = new Set<number>();
    while (picked.size < perTask) picked.add(Math.floor(random() * workers));
    for (const w of picked) {
      let set: number[] = [];
      if (w >= 95) set = fixed[w]!;
      else for (let l = 0; l < L; l++) if (random() < (present.includes(l) ? hit[w]! : falseTick[w]!)) set.push(l);
      answers.push(`${taskId},w${pad(w, 2)},${join(set)}`);
    }
  }
  return { answers, truth };
}

import { seededRandom } from '../consensus/seeded-random';

/**
 * Simulated community members with known behaviours (issue 8): pure and seeded, so a
 * seed reproduces every answer. A member answers a task given its hidden true label (an
 * option index); a behaviour is honest or one of the abusive ones the reward rules must
 * keep from the tokens.
 */
export const BEHAVIOURS = ['honest', 'careless', 'random_spammer', 'constant_spammer', 'fast_clicker', 'colluder', 'sybil', 'turncoat'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

/** Everything but honest work; the oracle pays none of it. */
export const isAbusive = (b: Behaviour): boolean => b !== 'honest';

export interface SimMember {
  index: number;
  behaviour: Behaviour;
  /** Confusion rows [true][answered] for honest, careless and turncoat (before turning). */
  confusion: number[][];
  /** Relative share of the community's answers this member gives. */
  volume: number;
  /** Colluders and sybils: the group whose leader they copy; -1 otherwise. */
  group: number;
  /** Turncoats: how many answers they give honestly before spamming. */
  turnAfter: number;
}

export interface MixOptions {
  members: number;
  classes: number;
  /** Share of members spread over the abusive behaviours. */
  abusive: number;
  /** Optional weights over the abusive behaviours (default: equal). */
  abusiveWeights?: Partial<Record<Exclude<Behaviour, 'honest'>, number>>;
  /** Members per colluding group. */
  colluderGroupSize: number;
  /** Accounts per sybil farm (one operator). */
  sybilFarmSize: number;
  seed: number;
  /** Turncoats turn after 3 to this many answers; absent: after 10 to 29 (one campaign's worth). */
  turnWithin?: number;
}

export const DEFAULT_MIX: Omit<MixOptions, 'members' | 'classes' | 'seed'> = { abusive: 0.1, colluderGroupSize: 5, sybilFarmSize: 20 };

/** A confusion matrix with `accuracy` on the diagonal; errors lean to one other class (people confuse similar classes). */
function skilled(classes: number, accuracy: number, rand: () => number): number[][] {
  if (classes === 1) return [[1]];
  const rest = 1 - accuracy;
  return Array.from({ length: classes }, (_, k) => {
    const row = new Array<number>(classes).fill(0);
    for (let l = 0; l < classes; l++) row[l] = l === k ? accuracy : (rest * 0.4) / (classes - 1);
    const lean = (k + 1 + Math.floor(rand() * (classes - 1))) % classes;
    row[lean] = row[lean]! + rest * 0.6;
    return row;
  });
}

/** A turncoat's honest stretch from a uniform draw `u`. */
const turnAfter = (u: number, within: number | undefined): number => (within === undefined ? 10 + Math.floor(u * 20) : 3 + Math.floor(u * Math.max(1, within - 3)));

/** The community: abusive members first by behaviour, in a fixed order, then honest ones. */
export function buildCommunity(o: MixOptions): SimMember[] {
  const rand = seededRandom(o.seed);
  const abusiveKinds = BEHAVIOURS.filter((b) => b !== 'honest') as Exclude<Behaviour, 'honest'>[];
  const weights = abusiveKinds.map((b) => o.abusiveWeights?.[b] ?? 1);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const abusiveCount = Math.round(o.members * o.abusive);
  const counts = weights.map((w) => Math.floor((abusiveCount * w) / totalWeight));
  for (let i = 0; counts.reduce((a, b) => a + b, 0) < abusiveCount; i = (i + 1) % counts.length) if (weights[i]! > 0) counts[i]! += 1;
  const out: SimMember[] = [];
  let group = 0;
  abusiveKinds.forEach((b, bi) => {
    const size = b === 'colluder' ? o.colluderGroupSize : b === 'sybil' ? o.sybilFarmSize : 0;
    for (let j = 0; j < counts[bi]!; j++) {
      if (size > 0 && j % size === 0) group += 1;
      const accuracy = b === 'careless' ? 1 / o.classes + 0.05 : 0.65 + rand() * 0.3;
      out.push({
        index: out.length,
        behaviour: b,
        confusion: skilled(o.classes, accuracy, rand),
        volume: b === 'fast_clicker' ? 3 : 1,
        group: size > 0 ? group : -1,
        turnAfter: b === 'turncoat' ? turnAfter(rand(), o.turnWithin) : 0,
      });
    }
  });
  while (out.length < o.members) {
    // Honest skill varies: most are good, some mediocre.
    const accuracy = 0.6 + rand() * 0.35;
    out.push({ index: out.length, behaviour: 'honest', confusion: skilled(o.classes, accuracy, rand), volume: 0.5 + rand(), group: -1, turnAfter: 0 });
  }
  return out;
}

/** A stable pseudo-random number in [0, 1) for (seed, a, b): the same question always gets the same answer. */
function hash01(seed: number, a: number, b: number): number {
  let h = (seed ^ Math.imul(a + 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

const draw = (row: number[], u: number): number => {
  let acc = 0;
  for (let l = 0; l < row.length; l++) {
    acc += row[l]!;
    if (u < acc) return l;
  }
  return row.length - 1;
};

/**
 * The option index member `m` answers on task `taskId` whose true label is `truth`, as
 * their `nth` answer (0-based). Deterministic in (seed, member, task).
 */
export function answerOf(m: SimMember, taskId: number, truth: number, classes: number, nth: number, seed: number): number {
  const u = hash01(seed, m.index, taskId);
  switch (m.behaviour) {
    case 'honest':
    case 'careless':
      return draw(m.confusion[truth]!, u);
    case 'turncoat':
      return nth < m.turnAfter ? draw(m.confusion[truth]!, u) : Math.floor(u * classes);
    case 'random_spammer':
    case 'fast_clicker':
      return Math.floor(u * classes);
    case 'constant_spammer':
      return m.index % classes;
    case 'colluder':
    case 'sybil':
      // The whole group copies its leader, who answers without reading the item.
      return Math.floor(hash01(seed, -1 - m.group, taskId) * classes);
  }
}

/**
 * How long member `m` takes from seeing task `taskId` to answering it, in milliseconds.
 * Fast clickers answer instantly (a quarter to nearly a second, a tap without reading);
 * everyone else reads first, 2 to 20 seconds (log-uniform), spammers included: only the
 * fast clickers are told apart by their pace. Deterministic in (seed, member, task).
 */
export function thinkMsOf(m: SimMember, taskId: number, seed: number): number {
  const u = hash01(seed ^ 0x7157, m.index, taskId);
  return m.behaviour === 'fast_clicker' ? Math.round(250 + 650 * u) : Math.round(2000 * 10 ** u);
}

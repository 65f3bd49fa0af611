import { Readable } from 'node:stream';
import type { Core } from '../../core';
import { seededRandom } from '../../core/consensus/seeded-random';
import type { Clock } from '../../core/clock';
import { answerOf, buildCommunity, DEFAULT_MIX, thinkMsOf, type MixOptions, type SimMember } from '../../core/simulation/member-models';

/** Every knob of a simulated run; `npm run simulate -- --config file.json` takes them as JSON. */
export interface SimulationOptions {
  members: number;
  tasks: number;
  classes: number;
  /** Share of members spread over the abusive behaviours. */
  abusive: number;
  abusiveWeights?: MixOptions['abusiveWeights'];
  colluderGroupSize: number;
  sybilFarmSize: number;
  /** Share of the true labels per class (normalised); skewed, so a constant answer is right often. */
  classWeights: number[];
  goldShare: number;
  answersPerTask: number;
  maxAnswersPerTask: number;
  targetConfidence: number;
  consensusMode: 'dawid_skene' | 'one_coin' | 'majority';
  /** TNET per accepted answer. */
  reward: string;
  /** The campaign's minEvidence; absent: the campaign default. */
  minEvidence?: number;
  /** The campaign's goldMinAnswers; absent: the campaign default. */
  goldMinAnswers?: number;
  /** The campaign's minAccuracy (the skill floor); absent: the campaign default. */
  minAccuracy?: number;
  /** Answers between two scoring rounds (the job's schedule, in answers). */
  roundEvery: number;
  seed: number;
  /**
   * Consecutive campaigns the same community plays (issue 18): abusive members keep their
   * behaviour, a fresh sybil farm (new accounts) joins each campaign, and turncoats turn
   * during the first.
   */
  campaigns: number;
}

export const DEFAULT_SIMULATION: SimulationOptions = {
  members: 1000,
  tasks: 5000,
  classes: 3,
  abusive: DEFAULT_MIX.abusive,
  colluderGroupSize: DEFAULT_MIX.colluderGroupSize,
  sybilFarmSize: DEFAULT_MIX.sybilFarmSize,
  classWeights: [0.5, 0.3, 0.2],
  goldShare: 0.1,
  answersPerTask: 3,
  maxAnswersPerTask: 5,
  targetConfidence: 0.9,
  consensusMode: 'dawid_skene',
  reward: '10',
  roundEvery: 1000,
  seed: 1,
  campaigns: 1,
};

/** With several campaigns, a turncoat turns within this many answers: during the first campaign (a member gives ~23 a campaign). */
const TURN_WITHIN_FIRST_CAMPAIGN = 15;
/** Simulated time between two campaigns. */
const BETWEEN_CAMPAIGNS_MS = 86_400_000;

/**
 * The simulated community's time: the core that runs the simulation must be created with
 * `clock.now` as its clock, so that a member who takes twelve seconds to answer is timed
 * at twelve seconds without the run waiting for them.
 */
export class SimClock {
  private ms = Date.UTC(2026, 0, 1);
  readonly now: Clock = () => new Date(this.ms);
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** What one campaign of the run did, raw: the report is computed from this and the database. */
export interface CampaignRun {
  /** 1 for the first campaign. */
  ordinal: number;
  campaignId: number;
  /** Member id (database) per simulated member index, in this campaign (a sybil's account is new each campaign). */
  memberIds: number[];
  /** Hidden true label (option index) per task id. */
  truth: Map<number, number>;
  /** Answers each simulated member (by index) gave in earlier campaigns: a turncoat's turn counts across campaigns. */
  answersBefore: number[];
  answers: number;
  rounds: number;
  seconds: number;
}

/** What the run did: the community and each of its campaigns. */
export interface SimulationRun {
  community: SimMember[];
  campaigns: CampaignRun[];
  seconds: number;
}

export interface SimulationHooks {
  progress?(line: string): void;
  /** Links a wallet to each account the way a member does (sign the SIWE message); `key` names the account. */
  linkWallet?(core: Core, memberId: number, key: string): Promise<void>;
}

/**
 * Plays the community through `o.campaigns` consecutive campaigns (playCampaign), a day
 * apart on `clock`.
 */
export async function runSimulation(core: Core, o: SimulationOptions, clock: SimClock, hooks: SimulationHooks = {}): Promise<SimulationRun> {
  const t0 = performance.now();
  const rand = seededRandom(o.seed ^ 0x5eed);
  const community = buildCommunity({
    members: o.members,
    classes: o.classes,
    abusive: o.abusive,
    abusiveWeights: o.abusiveWeights,
    colluderGroupSize: o.colluderGroupSize,
    sybilFarmSize: o.sybilFarmSize,
    seed: o.seed,
    ...(o.campaigns > 1 ? { turnWithin: TURN_WITHIN_FIRST_CAMPAIGN } : {}),
  });
  const given = new Array<number>(community.length).fill(0);
  const campaigns: CampaignRun[] = [];
  let memberIds: number[] = [];
  for (let ordinal = 1; ordinal <= o.campaigns; ordinal++) {
    if (ordinal > 1) clock.advance(BETWEEN_CAMPAIGNS_MS);
    // Everyone keeps their account but the sybil farm, whose operator brings fresh ones.
    const next: number[] = [];
    for (const m of community) {
      const fresh = ordinal === 1 || m.behaviour === 'sybil';
      if (!fresh) {
        next.push(memberIds[m.index]!);
        continue;
      }
      const key = ordinal === 1 ? `${m.index}` : `${m.index}-c${ordinal}`;
      const ref = await core.identities.resolve({ platform: 'sim', platformUserId: `sim-${o.seed}-${key}`, displayName: `${m.behaviour} ${key}` });
      next.push(ref.memberId);
      await hooks.linkWallet?.(core, ref.memberId, key);
    }
    memberIds = next;
    campaigns.push(await playCampaign(core, o, clock, rand, community, memberIds, given, ordinal, hooks));
  }
  return { community, campaigns, seconds: (performance.now() - t0) / 1000 };
}

/**
 * Plays one campaign through the same core calls the bots make: assignment.next, then
 * answers.submit after the member's think time on `clock`, with the scoring round every
 * `roundEvery` answers, until every regular task is decided; then a last round and the
 * repair sweep. Colluders and sybils act in bursts, one after another, so they land on the
 * same tasks as a real group would. `given` counts each member's answers across campaigns.
 */
async function playCampaign(
  core: Core,
  o: SimulationOptions,
  clock: SimClock,
  rand: () => number,
  community: SimMember[],
  memberIds: number[],
  given: number[],
  ordinal: number,
  hooks: SimulationHooks,
): Promise<CampaignRun> {
  const t0 = performance.now();
  const answersBefore = [...given];
  const options = Array.from({ length: o.classes }, (_, k) => ({ id: `c${k}`, label: `Class ${k}` }));
  const c = await core.campaigns.create(
    {
      name: o.campaigns > 1 ? `Simulation seed ${o.seed}, campaign ${ordinal}` : `Simulation seed ${o.seed}`,
      kind: 'label',
      question: 'Which class is this item?',
      options,
      reward: o.reward,
      // Enough for every answer: the budget is not what this run measures.
      budget: String(BigInt(o.tasks) * BigInt(o.maxAnswersPerTask) * 4n * BigInt(Math.ceil(Number(o.reward)))),
      answersPerTask: o.answersPerTask,
      maxAnswersPerTask: o.maxAnswersPerTask,
      targetConfidence: o.targetConfidence,
      goldShare: o.goldShare,
      consensusMode: o.consensusMode,
      ...(o.minEvidence === undefined ? {} : { minEvidence: o.minEvidence }),
      ...(o.goldMinAnswers === undefined ? {} : { goldMinAnswers: o.goldMinAnswers }),
      ...(o.minAccuracy === undefined ? {} : { minAccuracy: o.minAccuracy }),
    },
    null,
  );
  const weights = o.classWeights.slice(0, o.classes);
  const wsum = weights.reduce((a, b) => a + b, 0);
  const labelOf = (u: number) => {
    let acc = 0;
    for (let k = 0; k < weights.length; k++) {
      acc += weights[k]! / wsum;
      if (u < acc) return k;
    }
    return o.classes - 1;
  };
  const goldCount = Math.round(o.tasks * o.goldShare);
  const itemTruth: number[] = Array.from({ length: o.tasks }, () => labelOf(rand()));
  const lines = ['id,text,gold', ...itemTruth.map((k, i) => `s${i},item ${i},${i < goldCount ? `c${k}` : ''}`)];
  await core.campaigns.importItems(c.id, Readable.from([lines.join('\n') + '\n']), 'csv');
  await core.campaigns.transition(c.id, 'activate');
  const truth = new Map<number, number>();
  for (const r of (await core.ds.query(`SELECT id, item_key FROM task WHERE campaign_id = $1`, [c.id])) as { id: number; item_key: string }[]) {
    truth.set(r.id, itemTruth[Number(r.item_key.slice(1))]!);
  }
  hooks.progress?.(`campaign ${ordinal}: ${o.members} members, ${o.tasks} tasks (${goldCount} gold), campaign ${c.id}`);

  const groups = new Map<number, SimMember[]>();
  for (const m of community) if (m.group >= 0) groups.set(m.group, [...(groups.get(m.group) ?? []), m]);
  const totalVolume = community.reduce((s, m) => s + m.volume, 0);
  const pick = (): SimMember => {
    let u = rand() * totalVolume;
    for (const m of community) {
      u -= m.volume;
      if (u < 0) return m;
    }
    return community[community.length - 1]!;
  };
  const exhausted = new Set<number>();
  let answers = 0;
  let rounds = 0;
  let sinceRound = 0;
  let sinceCheck = 0;
  const act = async (m: SimMember): Promise<void> => {
    if (exhausted.has(m.index)) return;
    // A second between one member's answer and the next member's card.
    clock.advance(1000);
    const next = await core.assignment.next(memberIds[m.index]!, [c.id]);
    if (!next.found) {
      exhausted.add(m.index);
      return;
    }
    const t = next.card.taskId;
    const choice = answerOf(m, t, truth.get(t)!, o.classes, given[m.index]!, o.seed);
    clock.advance(thinkMsOf(m, t, o.seed));
    const r = await core.answers.submit({ memberId: memberIds[m.index]!, taskId: t, choice: options[choice]!.id });
    if (r.outcome === 'accepted') {
      given[m.index]! += 1;
      answers += 1;
      sinceRound += 1;
      sinceCheck += 1;
    }
  };
  for (;;) {
    const m = pick();
    if (m.group >= 0) {
      // A group acts in a burst, one account after another; a burst comes once per `size`
      // picks of its accounts, so each account answers as often as any other member.
      const group = groups.get(m.group)!;
      if (rand() * group.length < 1) for (const g of group) await act(g);
    } else await act(m);
    if (sinceRound >= o.roundEvery) {
      await core.rounds.refit(c.id);
      rounds += 1;
      sinceRound = 0;
      hooks.progress?.(`${answers} answers, round ${rounds}`);
    }
    if (sinceCheck >= 200 || exhausted.size === community.length) {
      sinceCheck = 0;
      const [{ open }] = await core.ds.query(`SELECT count(*)::int AS open FROM task WHERE campaign_id = $1 AND status = 'open' AND gold_label IS NULL`, [c.id]);
      if (open === 0 || exhausted.size === community.length) break;
    }
  }
  await core.rounds.refit(c.id);
  rounds += 1;
  await core.scoring.sweep();
  return { ordinal, campaignId: c.id, memberIds, truth, answersBefore, answers, rounds, seconds: (performance.now() - t0) / 1000 };
}

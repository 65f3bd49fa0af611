import type { CampaignKind } from '../domain/campaign-types';
import { upperBound, type Suspicion } from './reward-rules';

/**
 * Reputation across campaigns (issue 18): what a member's standings in other campaigns
 * carry into the next one. Pure: the scoring round reads the records and stores what this
 * returns beside the campaign's own standing.
 */

/** What clear abuse in another campaign puts a member on probation for. */
export type ProbationReason = Suspicion | 'gold_failed';

/** A member's standing in one other campaign, as a record. */
export interface CampaignRecord {
  /** The campaign's community; null for the platform's own campaigns. */
  communityId: number | null;
  kind: CampaignKind;
  /** Classes the skill is balanced over (a label set's: 2, a yes/no question per label). */
  classes: number;
  answers: number;
  /** The campaign's own estimate of the member's balanced accuracy (not pooled with a record); null before a round. */
  skill: number | null;
  goldAnswers: number;
  goldCorrect: number;
  goldMinAnswers: number;
  goldMaxFailure: number;
  suspicion: Suspicion | null;
  /** When the campaign's rounds last judged the member. */
  updatedAt: Date;
}

/** The campaign a record is carried into. */
export interface RecordTarget {
  communityId: number | null;
  kind: CampaignKind;
  now: Date;
}

/** A skill record: above chance, and how much evidence it holds. */
export interface SkillRecord {
  /**
   * Skill above chance, 0 (chance) to 1 (always right); negative below chance. Null when
   * the member has no record of this campaign kind. Classes differ between campaigns, so
   * a record is kept on this scale and read back in the target's classes (priorSkill).
   */
  aboveChance: number | null;
  /** How many answers' worth of evidence the record is given: weighed by age and place, at most MAX_PRIOR_EVIDENCE. */
  evidence: number;
}

/**
 * What a member's records carry: the trusted part (this community's campaigns and the
 * platform's own), which starts the fit and counts as evidence, and other communities'
 * part (`foreign`), which may only lower the skill the floor compares: another community
 * chose its own gold, items and thresholds, and may be run by the member or against them.
 */
export interface CarriedRecord extends SkillRecord {
  foreign: SkillRecord | null;
  /** Clear abuse in a trusted record within PROBATION_DAYS, the most recent; null for none. */
  probation: ProbationReason | null;
}

/** A record's weight halves every this many days: old behaviour says less about today's. */
export const HALF_LIFE_DAYS = 90;
/**
 * The most answers a record counts for: it starts the fit, it does not decide it. A member
 * whose behaviour turned is judged mostly on what they do now after a campaign's worth of
 * answers.
 */
export const MAX_PRIOR_EVIDENCE = 20;
/**
 * Another community's record counts for half: that community's moderators chose its gold
 * and items, which this community did not. The platform's own campaigns count in full.
 */
export const OTHER_COMMUNITY_WEIGHT = 0.5;
/** How long a clear abuse puts a member on probation in their next campaigns. */
export const PROBATION_DAYS = 90;

const DAY_MS = 86_400_000;

/** Whether a record shows a clearly failed gold check (the reward rule's own test: gold.failed). */
export function failedGold(r: Pick<CampaignRecord, 'goldAnswers' | 'goldCorrect' | 'goldMinAnswers' | 'goldMaxFailure'>): boolean {
  if (r.goldAnswers < r.goldMinAnswers || r.goldAnswers === 0) return false;
  const rate = r.goldCorrect / r.goldAnswers;
  const bar = 1 - r.goldMaxFailure;
  return rate < bar && upperBound(rate, r.goldAnswers) < bar;
}

/** A record's clear abuse, if any: a suspicion, or a clearly failed gold check. */
export function abuseOf(r: CampaignRecord): ProbationReason | null {
  return r.suspicion ?? (failedGold(r) ? 'gold_failed' : null);
}

/**
 * What a member's records carry into the target campaign. The skill part reads records of
 * the same kind only (a good labeller may rank pairs badly); each weighs its answers by
 * its age (half-life HALF_LIFE_DAYS); another community's count at OTHER_COMMUNITY_WEIGHT
 * and apart (CarriedRecord.foreign). A suspected account's skill counts as chance: its
 * agreement was bought. Probation reads every kind, of trusted records only: a community
 * sets its own thresholds (minThinkMs, gold), so it cannot put members on probation elsewhere.
 */
export function carriedRecord(records: readonly CampaignRecord[], target: RecordTarget): CarriedRecord {
  const trusted = { evidence: 0, sum: 0 };
  const foreign = { evidence: 0, sum: 0 };
  let probation: ProbationReason | null = null;
  let probationAt = -Infinity;
  for (const r of records) {
    const ageDays = Math.max(0, (target.now.getTime() - r.updatedAt.getTime()) / DAY_MS);
    const own = r.communityId === null || r.communityId === target.communityId;
    const abuse = own ? abuseOf(r) : null;
    if (abuse && ageDays <= PROBATION_DAYS && r.updatedAt.getTime() > probationAt) {
      probation = abuse;
      probationAt = r.updatedAt.getTime();
    }
    if (r.kind !== target.kind || r.skill === null || r.answers <= 0 || r.classes < 2) continue;
    const w = r.answers * (own ? 1 : OTHER_COMMUNITY_WEIGHT) * 0.5 ** (ageDays / HALF_LIFE_DAYS);
    const chance = 1 / r.classes;
    const above = r.suspicion ? 0 : (r.skill - chance) / (1 - chance);
    const into = own ? trusted : foreign;
    into.evidence += w;
    into.sum += w * above;
  }
  const record = (x: { evidence: number; sum: number }): SkillRecord => ({ aboveChance: x.evidence > 0 ? x.sum / x.evidence : null, evidence: Math.min(x.evidence, MAX_PRIOR_EVIDENCE) });
  return { ...record(trusted), foreign: foreign.evidence > 0 ? record(foreign) : null, probation };
}

/** A record's skill read back as a balanced accuracy over `classes`, within [0, 1]. */
export function priorSkill(aboveChance: number, classes: number): number {
  const chance = 1 / classes;
  return Math.min(1, Math.max(0, chance + aboveChance * (1 - chance)));
}

/**
 * The campaign's own estimate over its `answers`, pooled with a record's skill over its
 * evidence. Without a record, the campaign's own.
 */
export function pooledSkill(own: number, answers: number, record: SkillRecord, classes: number): number {
  if (record.aboveChance === null || record.evidence <= 0) return own;
  return (answers * own + record.evidence * priorSkill(record.aboveChance, classes)) / (answers + record.evidence);
}

/**
 * The skill the floor compares: pooled with the trusted record; and where other
 * communities' records say worse, pooled with those too (they only ever lower it).
 */
export function recordSkill(own: number, answers: number, record: CarriedRecord, classes: number): number {
  const trusted = pooledSkill(own, answers, record, classes);
  const f = record.foreign;
  if (!f || f.aboveChance === null) return trusted;
  const evidence = record.evidence + f.evidence;
  const both: SkillRecord = { aboveChance: ((record.aboveChance ?? 0) * record.evidence + f.aboveChance * f.evidence) / evidence, evidence: Math.min(evidence, MAX_PRIOR_EVIDENCE) };
  return Math.min(trusted, pooledSkill(own, answers, both, classes));
}

/** An estimated rate less two standard errors (the mirror of upperBound; 0 for no evidence). */
export function lowerBound(rate: number, n: number): number {
  if (n <= 0) return 0;
  return rate - 2 * Math.sqrt(Math.max(rate * (1 - rate), 1 / (4 * n)) / n);
}

/** Answers a member on probation gives in a campaign before their work there can clear it: a few lucky taps prove nothing. */
export const PROBATION_MIN_ANSWERS = 10;

/**
 * Whether a member on probation stays on it in this campaign: until they gave
 * PROBATION_MIN_ANSWERS here and their skill is clearly above the floor (its lower bound
 * over their answers and the record's evidence clears it). A suspicion here keeps them on it.
 */
export function staysOnProbation(reason: ProbationReason | null, skill: number, answers: number, evidence: number, floor: number, suspected: boolean): boolean {
  if (reason === null) return false;
  return suspected || answers < PROBATION_MIN_ANSWERS || lowerBound(skill, evidence) < floor;
}

/** What a campaign's standing of a member becomes with their record. */
export interface StandingWithRecord {
  /** The skill the floor compares: pooled with the record. */
  accuracy: number;
  /** The campaign's own estimate, which later campaigns read as this record. */
  ownAccuracy: number;
  priorAnswers: number;
  probation: ProbationReason | null;
}

/**
 * A member's standing in a campaign (their own skill over `answers`) with their record
 * carried in: the pooled skill, the evidence the record adds, and the probation that still
 * holds (`floor`: the campaign's skill floor; `suspected`: this campaign's own suspicion).
 */
export function withRecord(own: { accuracy: number; answers: number; suspected: boolean }, record: CarriedRecord | undefined, classes: number, floor: number): StandingWithRecord {
  if (!record) return { accuracy: own.accuracy, ownAccuracy: own.accuracy, priorAnswers: 0, probation: null };
  // Only the trusted record counts as evidence (minEvidence, "clearly"): another community's cannot make a member judged sooner.
  const priorAnswers = record.aboveChance === null ? 0 : record.evidence;
  const accuracy = recordSkill(own.accuracy, own.answers, record, classes);
  const probation = staysOnProbation(record.probation, accuracy, own.answers, own.answers + priorAnswers, floor, own.suspected) ? record.probation : null;
  return { accuracy, ownAccuracy: own.accuracy, priorAnswers, probation };
}

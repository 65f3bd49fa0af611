import { createHmac } from 'node:crypto';
import { fnv1a } from '../models/hash-bag-of-words';

/**
 * A well-spread 32-bit hash of a string: FNV-1a, then murmur3's finalizer. FNV-1a alone
 * leaves its high bits nearly fixed when only the last characters change (the last
 * multiply moves a low byte up by 24 bits at most), so `hash("1:7:12") / 2^32` barely
 * moved with the answer count: most members never met gold after their first tasks and a
 * few met little else. The finalizer makes every output bit depend on every input bit.
 * Not a secret: it only spreads members over equally full tasks (the gold draw is keyed).
 */
export function spreadHash(text: string): number {
  let h = fnv1a(text);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Whether a member's next task in a campaign should be a gold task. Deterministic in
 * (key, campaign, member, how many answers they gave there), so a run with a fixed key is
 * reproducible, yet spread evenly: over many answers each member's share of gold approaches
 * `goldShare`. The draw is an HMAC under a secret `key`: members know their campaign, their
 * member id (/link shows it) and their answer count, so an unkeyed draw told them which of
 * their next tasks are gold (issue 14).
 */
export function pickGold(key: string, campaignId: number, memberId: number, answered: number, goldShare: number): boolean {
  if (goldShare <= 0) return false;
  const draw = createHmac('sha256', key).update(`${campaignId}:${memberId}:${answered}`).digest().readUInt32BE(0);
  return draw / 2 ** 32 < goldShare;
}

/**
 * The gold share while a member qualifies in a campaign. Qualifying members met only gold
 * (issue 14): a throwaway account's first tasks listed the gold items. Now they meet gold
 * at this share (regular otherwise), so no task is gold with certainty, and qualifying takes
 * about twice as many tasks.
 */
export const QUALIFYING_GOLD_SHARE = 0.5;

/** What the assignment knows of a campaign and of a member's answers in it. */
export interface GoldMix {
  goldShare: number;
  /** Evidence a campaign needs before it pays (0: pays at once, no qualification). */
  minEvidence: number;
  /** Gold answers a qualification asks for. */
  goldMinAnswers: number;
  /** The member's answers to gold tasks in the campaign. */
  goldAnswered: number;
  /** On probation (clear abuse in another campaign, core/consensus/reputation.ts): gold first, for longer. */
  probation?: boolean;
}

/** How many times the usual qualification a member on probation answers at the qualifying share. */
export const PROBATION_GOLD_FACTOR = 2;

/**
 * The chance that a member's next task in a campaign is gold: the campaign's share, raised
 * to QUALIFYING_GOLD_SHARE while the member has fewer than `goldMinAnswers` gold answers
 * where rewards wait for evidence (PROBATION_GOLD_FACTOR times as many on probation). Below 1 (a campaign's share is at most 0.5): a member's
 * first tasks never single gold out.
 */
export function goldShareFor(m: GoldMix): number {
  if (m.goldShare <= 0) return 0;
  const needed = m.probation ? m.goldMinAnswers * PROBATION_GOLD_FACTOR : m.goldMinAnswers;
  const qualifying = m.minEvidence > 0 && m.goldAnswered < needed;
  return qualifying ? Math.max(m.goldShare, QUALIFYING_GOLD_SHARE) : m.goldShare;
}

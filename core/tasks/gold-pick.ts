import { fnv1a } from '../models/hash-bag-of-words';

/**
 * A well-spread 32-bit hash of a string: FNV-1a, then murmur3's finalizer. FNV-1a alone
 * leaves its high bits nearly fixed when only the last characters change (the last
 * multiply moves a low byte up by 24 bits at most), so `hash("1:7:12") / 2^32` barely
 * moved with the answer count: most members never met gold after their first tasks and a
 * few met little else. The finalizer makes every output bit depend on every input bit.
 * Not a secret.
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
 * (campaign, member, how many answers they gave there), so a run is reproducible, yet
 * spread evenly: over many answers each member's share of gold approaches `goldShare`.
 */
export function pickGold(campaignId: number, memberId: number, answered: number, goldShare: number): boolean {
  if (goldShare <= 0) return false;
  return spreadHash(`${campaignId}:${memberId}:${answered}`) / 2 ** 32 < goldShare;
}

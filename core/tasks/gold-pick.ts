/**
 * Whether a member's next task in a campaign should be a gold task. Deterministic in
 * (campaign, member, how many answers they gave there), so a run is reproducible, yet
 * spread evenly: over many answers the share of gold approaches `goldShare`.
 */
export function pickGold(campaignId: number, memberId: number, answered: number, goldShare: number): boolean {
  if (goldShare <= 0) return false;
  return fnv1a(`${campaignId}:${memberId}:${answered}`) / 2 ** 32 < goldShare;
}

/** 32-bit FNV-1a: a fast, well-spread hash; not a secret. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

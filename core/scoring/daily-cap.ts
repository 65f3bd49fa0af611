/**
 * A community's daily earning cap per member (issue 18): what one member may be paid from
 * the community's campaigns in one UTC day. Pure: the scoring write locks the members'
 * day rows, asks this which payable answers still fit, and withholds the rest as
 * `cap.daily`.
 */

/** One payable answer: whose it is. */
export interface CapCandidate {
  memberId: number;
}

/**
 * Which of `candidates` (in answer order) the cap still pays: each member's earned-today
 * plus one `reward` per answer paid so far must stay at or under `cap`. Whole rewards only:
 * an answer that would cross the cap is withheld, not paid in part.
 * @returns a flag per candidate, true where it is paid.
 */
export function withinDailyCap(candidates: readonly CapCandidate[], earnedToday: ReadonlyMap<number, bigint>, reward: bigint, cap: bigint): boolean[] {
  const earned = new Map(earnedToday);
  return candidates.map((c) => {
    const next = (earned.get(c.memberId) ?? 0n) + reward;
    if (next > cap) return false;
    earned.set(c.memberId, next);
    return true;
  });
}

/** The UTC day an earning counts in, as YYYY-MM-DD. */
export const earningDay = (at: Date): string => at.toISOString().slice(0, 10);

/**
 * The emission pace's pro-rata cut: when an epoch's rewards earned more than the pace, every
 * reward is paid `amount * pace / earned`, rounded down (never more than the pace in total),
 * and the cut is the rest. Bigint base units throughout.
 * @returns each reward's cut (0n when nothing is cut), in the order given.
 */
export function paceCuts(amounts: readonly bigint[], pace: bigint): bigint[] {
  const earned = amounts.reduce((s, a) => s + a, 0n);
  if (earned <= pace) return amounts.map(() => 0n);
  return amounts.map((a) => a - (a * pace) / earned);
}

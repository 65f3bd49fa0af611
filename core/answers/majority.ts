/**
 * The foundation's simple majority (the consensus engine replaces it). Given the
 * choices on a task, decides whether the task is final and on what.
 */
export type MajorityDecision =
  | { state: 'open' }
  | { state: 'final'; label: string; confidence: number }
  | { state: 'final_uncertain'; label: null; confidence: number };

export function decideMajority(choices: readonly string[], answersPerTask: number, maxAnswers: number): MajorityDecision {
  const n = choices.length;
  if (n < answersPerTask) return { state: 'open' };
  const counts = new Map<string, number>();
  for (const c of choices) counts.set(c, (counts.get(c) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  const confidence = top![1] / n;
  // A strict plurality decides; a tie waits for more answers up to the maximum.
  if (second === undefined || top![1] > second[1]) return { state: 'final', label: top![0], confidence };
  if (n >= maxAnswers) return { state: 'final_uncertain', label: null, confidence };
  return { state: 'open' };
}

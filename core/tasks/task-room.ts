/**
 * Which of a campaign's candidate tasks a member is served. Tasks closest to completion go
 * first, so a task's answers come together and it closes soon; but with many members at
 * once, "closest" alone sends all of them the one task with a single slot left, and all but
 * one find it closed when they tap. So the cards already out count too: a card served in
 * the last SERVE_HOLD_MS to a member who has not answered it holds a slot.
 */

/** How long a served, unanswered card holds its slot: a member reads and taps within it, or it frees. */
export const SERVE_HOLD_MS = 60_000;

export interface Candidate {
  id: number;
  answerCount: number;
  /** Cards of this task served to other members within SERVE_HOLD_MS and not answered. */
  pending: number;
}

/** Whether a task has a slot left once its answers and the cards out are counted: its target overlap, or, past it (a split task), its maximum. */
const roomFor = (c: Candidate, answersPerTask: number, maxAnswersPerTask: number): boolean =>
  c.answerCount + c.pending < (c.answerCount < answersPerTask ? answersPerTask : maxAnswersPerTask);

/** Whether fullestWithRoom's choice has room (false: every candidate's slots were held, it fell back). */
export const hasRoom = (chosen: readonly Candidate[], answersPerTask: number, maxAnswersPerTask: number): boolean =>
  chosen.length > 0 && roomFor(chosen[0]!, answersPerTask, maxAnswersPerTask);

/**
 * The regular candidates to choose among (the caller's per-member order picks one): those
 * with a slot left once answers and pending cards are counted, the fullest of them by that
 * count; when none has a slot left, the fullest by answers as before (an answer may still
 * land first, or a card lapse). A task's slots are its target overlap, or, once a split
 * task is past its target, its maximum. Gold tasks never close by overlap: not for them.
 */
export function fullestWithRoom<T extends Candidate>(candidates: readonly T[], answersPerTask: number, maxAnswersPerTask: number): T[] {
  const roomy = candidates.filter((c) => roomFor(c, answersPerTask, maxAnswersPerTask));
  if (roomy.length === 0) {
    const top = Math.max(...candidates.map((c) => c.answerCount));
    return candidates.filter((c) => c.answerCount === top);
  }
  const fill = (c: Candidate) => c.answerCount + c.pending;
  const top = Math.max(...roomy.map(fill));
  return roomy.filter((c) => fill(c) === top);
}

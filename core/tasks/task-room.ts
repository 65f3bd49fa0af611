/**
 * Which of a campaign's candidate tasks a member is served. Tasks closest to completion go
 * first, so a task's answers come together and it closes soon; but with many members at
 * once, "closest" alone sends all of them the one task with a single slot left, and all but
 * one find it closed when they tap. So the cards already out count too: a card served in
 * the last SERVE_HOLD_MS to a member who has not answered it holds a slot. Members served
 * at the same moment cannot see each other's cards: each serve counts its task's slots again
 * once written (AssignmentService), and gives the task back when the slot went to another.
 */

/** How long a served, unanswered card holds its slot: a member reads and taps within it, or it frees. */
export const SERVE_HOLD_MS = 60_000;

/**
 * How many tasks one serve tries when the slot it read as free went to a member served at
 * the same moment; the last one is served as read (an answer may still land first).
 */
export const CLAIM_TRIES = 3;

export interface Candidate {
  id: number;
  answerCount: number;
  /** Cards of this task served to other members within SERVE_HOLD_MS and not answered. */
  pending: number;
}

/**
 * Whether a task has a slot left once its answers and the cards out are counted. Below its
 * target overlap no answer can decide it, so it takes cards up to that target; past it (a
 * split task, up to its maximum) any answer may close it, so it takes one card at a time.
 * selectTasksWithRoom (assignment.statements.ts) applies the same rule in SQL.
 */
export const roomFor = (c: Candidate, answersPerTask: number, maxAnswersPerTask: number): boolean =>
  c.answerCount < answersPerTask ? c.answerCount + c.pending < answersPerTask : c.pending === 0 && c.answerCount < maxAnswersPerTask;

/**
 * The regular candidates to choose among (the caller's per-member order picks one): those
 * with a slot left once answers and pending cards are counted, the fullest of them by that
 * count; when none has a slot left, the fullest by answers as before (an answer may still
 * land first, or a card lapse). Which task has a slot: roomFor. Gold tasks never close by
 * overlap: not for them.
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

/**
 * The candidates to choose among on a serve's `attempt` (1 first): the fullest with a slot
 * left; once a task read as free went to a member served at the same moment, every one
 * with a slot left, so that members arriving together spread out instead of meeting again
 * on the next fullest.
 */
export function servingChoice<T extends Candidate>(candidates: readonly T[], answersPerTask: number, maxAnswersPerTask: number, attempt: number): T[] {
  const roomy = attempt > 1 ? candidates.filter((c) => roomFor(c, answersPerTask, maxAnswersPerTask)) : [];
  return roomy.length > 0 ? roomy : fullestWithRoom(candidates, answersPerTask, maxAnswersPerTask);
}

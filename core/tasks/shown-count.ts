/**
 * The answer count a member is shown for a task (cards, submit replies). Gold tasks never
 * close by overlap, so their real count grows past the campaign's target; shown as is, it
 * (and a missing target) told gold apart at a glance (issue 14). A gold task shows the
 * target like any task, and a count that stays below the target even after the member's
 * answer, as on a regular task that is not decided yet: the reply never promises a
 * decision that a gold task will not make.
 * @param answered whether the count is after the member's own answer (a submit reply).
 */
export function shownCount(gold: boolean, answerCount: number, answersPerTask: number, answered: boolean): number {
  if (!gold) return answerCount;
  // Before the answer at most target - 2, after it at most target - 1 (0 and 1 for a target of 1 or 2).
  const before = Math.min(answerCount - (answered ? 1 : 0), Math.max(0, answersPerTask - 2));
  return Math.max(0, before) + (answered ? 1 : 0);
}

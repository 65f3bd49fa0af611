/**
 * The answer count core hands out for a task served to a member and in the result of their
 * answer (issue 14). The rule does not know the task's kind: gold tasks never close by
 * overlap and their real count grows past the target, so a raw count (a regular card at
 * target-1, a regular reply at target, a gold card far past it) told gold apart. Before the
 * member's answer the count stops at target-1, after it at target, for every task. Chats
 * leave even this count off served cards and replies (a gold card would nearly always sit
 * at the cap); group and channel cards show regular tasks only, with their real count.
 * @param answerCount the task's real count (including the member's answer when `answered`).
 * @param answered whether the count is after the member's own answer (a submit reply).
 */
export function shownCount(answerCount: number, answersPerTask: number, answered: boolean): number {
  const others = Math.max(0, answerCount - (answered ? 1 : 0));
  return Math.min(others, Math.max(0, answersPerTask - 1)) + (answered ? 1 : 0);
}

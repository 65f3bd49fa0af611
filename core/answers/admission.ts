/**
 * Which answers are admitted (issue 14): only one to a task served to the member. A task is
 * served by the assignment (a /task card: task_serve), or by a press on an open group or
 * channel card of that task in the chat the press came from; that press serves the task at
 * the time the card was last shown (posted or edited), what the member could have seen.
 * An admitted answer is therefore always timed. The record statements enforce the same rule
 * in SQL (SERVED_AT_SQL below), this is its decision written once in TypeScript.
 */

/** What the record statement knows about one submit's serve. */
export interface ServeEvidence {
  /** The member's first serve of the task (task_serve), if any. */
  servedAt: Date | null;
  /** The card the press came from, when it is a posted card of this task in that chat. */
  card: { open: boolean; shownAt: Date | null } | null;
}

/** When the member was served the task, or null: never served, the answer is not admitted. */
export function serveTime(e: ServeEvidence): Date | null {
  if (e.servedAt !== null) return e.servedAt;
  if (e.card && e.card.open && e.card.shownAt !== null) return e.card.shownAt;
  return null;
}

/** The longest think time stored: answer.think_ms is an int, and a serve may be months old. */
export const MAX_THINK_MS = 2_147_483_647;

/**
 * Milliseconds from the serve to the answer given at `at`; never negative (a card edited
 * after the press was sent), at most MAX_THINK_MS.
 */
export function thinkMs(servedAt: Date, at: Date): number {
  return Math.min(MAX_THINK_MS, Math.max(0, Math.round(at.getTime() - servedAt.getTime())));
}

/**
 * serveTime in SQL for the record statements: `serve` is the member's task_serve row
 * (LEFT JOIN, `served_at`), `card` the posted card of the task in the press's chat with
 * the pressed message id (LEFT JOIN, `closed_at`, `shown_at`).
 */
export const SERVED_AT_SQL = (serve: string, card: string) =>
  `coalesce(${serve}.served_at, CASE WHEN ${card}.closed_at IS NULL THEN ${card}.shown_at END)`;

/** thinkMs in SQL: `at` and `servedAt` are timestamptz expressions. */
export const THINK_MS_SQL = (at: string, servedAt: string) =>
  `least(${MAX_THINK_MS}, greatest(0, round(extract(epoch FROM ${at} - ${servedAt}) * 1000)))::int`;

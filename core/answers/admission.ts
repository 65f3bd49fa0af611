/**
 * Which answers are admitted, written once (issue 15): `admit` decides from the facts of one
 * submit, and the record statements (answer.statements.ts) enforce the same rules, one SQL
 * predicate per rule of ADMISSION_RULES, so no rule exists in one form only. A test runs
 * both statement forms on both engines against `admit`'s verdicts.
 *
 * Served (issue 14): only an answer to a task served to the member is admitted. A task is
 * served by the assignment (a /task card: task_serve), or by a press on an open group or
 * channel card of that task in the chat the press came from; that press serves the task at
 * the time the card was last shown (posted or edited), what the member could have seen.
 * An admitted answer is therefore always timed.
 */
import type { CampaignStatus } from '../domain/campaign-types';
import type { TaskStatus } from '../domain/task-status';

/** What the record statement reads about one submit, before it writes anything. */
export interface SubmitFacts {
  taskExists: boolean;
  /** Null: the member does not exist. */
  banned: boolean | null;
  /** The member already answered the task. */
  answered: boolean;
  /** serveTime found a serve. */
  served: boolean;
  /** The task checks a contribution the member wrote (task.author_id): never theirs to judge. */
  authored: boolean;
  validOption: boolean;
  campaignStatus: CampaignStatus;
  taskStatus: TaskStatus;
  gold: boolean;
  /** The task's answers so far. */
  answerCount: number;
  maxAnswersPerTask: number;
  /** The member's answers in the last minute. */
  recentAnswers: number;
  /** Answers a member may give per rolling minute; 0 = no limit. */
  answersPerMinute: number;
}

/**
 * The admission rules in the order they are checked; the first that fails names the
 * verdict. A forged or foreign button (never served) is refused before anything about the
 * task shows; the task's own state (open, room) is checked last, as the slot UPDATE
 * re-checks it on the locked row.
 */
export const ADMISSION_RULES = [
  'task_exists',
  'first_answer',
  'member_exists',
  'served',
  'not_author',
  'valid_option',
  'not_banned',
  'campaign_active',
  'task_open',
  'task_has_room',
  'under_rate_limit',
] as const;
export type AdmissionRule = (typeof ADMISSION_RULES)[number];

const passes: Record<AdmissionRule, (f: SubmitFacts) => boolean> = {
  task_exists: (f) => f.taskExists,
  first_answer: (f) => !f.answered,
  member_exists: (f) => f.banned !== null,
  served: (f) => f.served,
  not_author: (f) => !f.authored,
  valid_option: (f) => f.validOption,
  not_banned: (f) => f.banned === false,
  campaign_active: (f) => f.campaignStatus === 'active',
  task_open: (f) => f.taskStatus === 'open',
  // Gold tasks never close by overlap: their room is unbounded.
  task_has_room: (f) => f.gold || f.answerCount < f.maxAnswersPerTask,
  under_rate_limit: (f) => f.answersPerMinute === 0 || f.recentAnswers < f.answersPerMinute,
};

/** Accepted, or the first rule the submit breaks. */
export type Admission = { admitted: true } | { admitted: false; rule: AdmissionRule };

/** Decides one submit from its facts. */
export function admit(f: SubmitFacts): Admission {
  for (const rule of ADMISSION_RULES) if (!passes[rule](f)) return { admitted: false, rule };
  return { admitted: true };
}

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

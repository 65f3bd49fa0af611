/** How long the prune job keeps each kind of bookkeeping row, in days (config). */
export interface Retention {
  /** job_run: finished runs older than this go; the latest run of each job always stays. */
  jobRunDays: number;
  /** task_serve: serve records older than this go, once nothing can answer them anymore. */
  taskServeDays: number;
}

/** A used or expired link challenge is kept this long past its expiry (support questions), then deleted. */
export const LINK_CHALLENGE_GRACE_DAYS = 1;

/**
 * A member's answer-limit row (answer_rate) goes once their last answer is this long past,
 * on the database's clock (the one the limit reads). The limit counts one minute; the rest
 * covers an answer whose statement took its now() before the prune's, so no answer in
 * flight can still count a time of a row that goes.
 */
export const ANSWER_RATE_KEEP_SECONDS = 3600;

const DAY_MS = 86_400_000;

/** The moments before which each table's rows may go, for a prune run at `now`. */
export interface PruneCutoffs {
  jobRunsStartedBefore: Date;
  servesBefore: Date;
  challengesExpiredBefore: Date;
}

export function pruneCutoffs(now: Date, r: Retention): PruneCutoffs {
  const back = (days: number) => new Date(now.getTime() - days * DAY_MS);
  return { jobRunsStartedBefore: back(r.jobRunDays), servesBefore: back(r.taskServeDays), challengesExpiredBefore: back(LINK_CHALLENGE_GRACE_DAYS) };
}

/** What the prune job knows of one serve record. */
export interface ServeRecord {
  servedAt: Date;
  taskStatus: 'open' | 'final' | 'final_uncertain';
  campaignStatus: 'draft' | 'active' | 'paused' | 'closed';
}

/**
 * Whether a serve record may be deleted. A member may answer only a task served to them,
 * timed from that serve, so the record must stay while its task can still take an answer:
 * an open task of a campaign that is not closed (a paused one may resume), whatever its
 * age. Once the task is decided or its campaign closed, no answer can come and the record
 * goes after the retention (the think time is already on the answer). The prune statement
 * (prune.statements.ts) is this predicate in SQL; the integration test holds them together.
 */
export function serveMayGo(s: ServeRecord, cutoffs: Pick<PruneCutoffs, 'servesBefore'>): boolean {
  if (s.servedAt >= cutoffs.servesBefore) return false;
  return s.taskStatus !== 'open' || s.campaignStatus === 'closed';
}

import type { Translator } from './i18n/translator';

/** How often one member may run a command: at most `max` times in any `windowMs`. */
export interface RateRule {
  max: number;
  windowMs: number;
}

/**
 * The expensive commands (a stats chart drawn as a PNG, a campaign export): each costs a
 * scan of the campaign and seconds of CPU, so one member gets a few per ten minutes,
 * counted together, per process.
 */
export const EXPENSIVE_COMMANDS: RateRule = { max: 5, windowMs: 10 * 60_000 };

/**
 * The shared listings anyone may ask for anywhere (/leaderboard ranks every reward, /batch
 * reads a manifest of up to 200,000 rows): a budget of their own, so they never use up a
 * moderator's exports.
 */
export const LISTING_COMMANDS: RateRule = { max: 10, windowMs: 10 * 60_000 };

export interface RateDecision {
  allowed: boolean;
  /** When refused, milliseconds until the oldest counted use leaves the window; 0 when allowed. */
  retryAfterMs: number;
  /** The uses that still count after this decision (the new one included when allowed), oldest first. */
  recent: number[];
}

/**
 * Whether a member may run the command now, given the times (ms) of their earlier allowed
 * uses. A refused attempt is not counted, so asking again does not push the wait further.
 */
export function decideRate(uses: readonly number[], now: number, rule: RateRule): RateDecision {
  const recent = uses.filter((t) => t > now - rule.windowMs && t <= now);
  if (recent.length < rule.max) return { allowed: true, retryAfterMs: 0, recent: [...recent, now] };
  return { allowed: false, retryAfterMs: recent[recent.length - rule.max]! + rule.windowMs - now, recent };
}

/**
 * Remembers each member's recent uses in memory (one per bot; replicas count apart) and
 * decides with decideRate. At most `maxKeys` members are remembered: past that, members
 * with no use in the window are forgotten first, then the longest quiet ones.
 */
export class RateLimiter {
  private readonly uses = new Map<string, number[]>();

  constructor(
    readonly rule: RateRule,
    private readonly maxKeys = 10_000,
  ) {}

  /** Decides for `key` (a member: "telegram:<user id>") at `now`, and counts the use when allowed. */
  take(key: string, now = Date.now()): RateDecision {
    const d = decideRate(this.uses.get(key) ?? [], now, this.rule);
    this.uses.delete(key);
    if (d.recent.length > 0) this.uses.set(key, d.recent);
    if (this.uses.size > this.maxKeys) this.forget(now);
    return d;
  }

  private forget(now: number): void {
    for (const [k, times] of this.uses) if (times[times.length - 1]! <= now - this.rule.windowMs) this.uses.delete(k);
    // Map order is last-use order (take re-inserts), so the first keys are the longest quiet.
    for (const k of this.uses.keys()) {
      if (this.uses.size <= this.maxKeys) break;
      this.uses.delete(k);
    }
  }
}

/** The short reply to a member who asked too often: the wait in seconds, from 90 seconds on in minutes. */
export function rateLimitedText(t: Translator, retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return seconds < 90 ? t.t('rate-limited-seconds', { seconds }) : t.t('rate-limited-minutes', { minutes: Math.ceil(seconds / 60) });
}

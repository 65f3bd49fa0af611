import type { Core } from '../core';

/** A scheduled job: a name, a cron schedule, and one call into core. */
export interface Job {
  name: string;
  /** node-cron expression (seconds field allowed). */
  schedule: string;
  run(core: Core): Promise<string | void>;
}

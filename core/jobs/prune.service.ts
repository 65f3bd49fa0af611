import type { DataSource } from 'typeorm';
import type { Clock } from '../clock';
import type { ConversationService } from '../conversations/conversation.service';
import { deleteExpiredChallenges, deleteOldJobRuns, deleteOldServes, deleteStaleAnswerRates } from './prune.statements';
import { ANSWER_RATE_KEEP_SECONDS, pruneCutoffs, type Retention } from './retention';

/** Rows one DELETE removes at most, so no prune statement holds its locks for long. */
const PRUNE_BATCH = 5_000;

/** How many rows one prune run deleted, per table. */
export interface PruneResult {
  jobRuns: number;
  linkChallenges: number;
  taskServes: number;
  conversations: number;
  /** Answer-limit rows (answer_rate) of members whose last answer is an hour past. */
  answerRates: number;
}

/**
 * Deletes bookkeeping past its retention (retention.ts): finished job runs, expired link
 * challenges, serve records no answer can need anymore, expired conversations, and the
 * answer-limit rows of members who stopped answering. Each table goes in batches of its
 * own statements, in autocommit: a large first prune never holds one long transaction.
 */
export class PruneService {
  constructor(
    private readonly ds: DataSource,
    private readonly conversations: ConversationService,
    private readonly retention: Retention,
    private readonly clock: Clock,
  ) {}

  /** Runs every prune once; returns the counts. */
  async run(): Promise<PruneResult> {
    const cut = pruneCutoffs(this.clock(), this.retention);
    const batches = async (step: () => Promise<number>): Promise<number> => {
      let total = 0;
      for (;;) {
        const n = await step();
        total += n;
        if (n < PRUNE_BATCH) return total;
      }
    };
    return {
      jobRuns: await batches(() => deleteOldJobRuns(this.ds, cut.jobRunsStartedBefore, PRUNE_BATCH)),
      linkChallenges: await deleteExpiredChallenges(this.ds, cut.challengesExpiredBefore),
      taskServes: await batches(() => deleteOldServes(this.ds, cut.servesBefore, PRUNE_BATCH)),
      conversations: await this.conversations.sweep(),
      answerRates: await batches(() => deleteStaleAnswerRates(this.ds, ANSWER_RATE_KEEP_SECONDS, PRUNE_BATCH)),
    };
  }
}

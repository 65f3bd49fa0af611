import { BATCH_LINES, batchReply } from '../batch-text';
import { say, UsageError, type ChatCommand } from './command';

export interface BatchInput {
  /** 0x and 64 hex digits. */
  batchId: string;
}

/** A batch id as typed (a word of a line, or Discord's option), or the usage. */
export const batchInput = (text: string): BatchInput | UsageError => (/^0x[0-9a-fA-F]{64}$/.test(text) ? { batchId: text } : new UsageError('batch-usage'));

/** /batch <id>: a mint batch, its totals, transaction and first payouts (a manifest read, so a listing). */
export const batchCommand: ChatCommand<BatchInput> = {
  name: 'batch',
  who: 'member',
  where: 'anywhere',
  limit: 'listing',
  parse: (args) => (args.length === 1 ? batchInput(args[0]!) : new UsageError('batch-usage')),
  async run(deps, { t }, { batchId }) {
    const summary = await deps.batches.summary(batchId, BATCH_LINES);
    if (!summary) return say(t.t('batch-not-found', { batchId }));
    // The canonical text only when it is short: a large batch never goes to a chat whole.
    const small = summary.morePayouts === 0 && summary.rows <= BATCH_LINES;
    return batchReply(t, summary, small ? await deps.batches.manifestText(batchId) : undefined);
  },
};

import type { WhyTarget } from '../../../core';
import { localizeCard } from '../localized-card';
import { answerTraceText, batchTraceText, whyRefusal } from '../why-text';
import { idOf, say, UsageError, type ChatCommand } from './command';

export type WhyInput = WhyTarget;

/** A batch id or its first digits, with or without 0x: at least 4 hex digits, so a prefix means something. */
const BATCH_PREFIX = /^(?:0x)?([0-9a-fA-F]{4,64})$/;

/** A batch as typed (a word of a line, or Discord's option), or the usage. */
export function whyBatchInput(text: string): WhyInput | UsageError {
  const m = BATCH_PREFIX.exec(text);
  return m ? { kind: 'batch', prefix: `0x${m[1]!.toLowerCase()}` } : new UsageError('why-usage');
}

/** A task id as typed, or the usage. */
export function whyTaskInput(text: string): WhyInput | UsageError {
  const taskId = idOf(text);
  return taskId === undefined || taskId === 0 ? new UsageError('why-usage') : { kind: 'task', taskId };
}

/** `/why`, `/why <task>`, `/why batch <id or prefix>`. */
export function parseWhy(args: readonly string[]): WhyInput | UsageError {
  if (args.length === 0) return { kind: 'latest' };
  if (args.length === 1) return whyTaskInput(args[0]!);
  if (args.length === 2 && args[0]!.toLowerCase() === 'batch') return whyBatchInput(args[1]!);
  return new UsageError('why-usage');
}

/**
 * /why: the trace of one of the speaker's own answers (or their rows in a batch). Any
 * member, in private only: it shows their earnings. Core reads only the speaker's rows.
 */
export const whyCommand: ChatCommand<WhyInput> = {
  name: 'why',
  who: 'member',
  where: 'private',
  parse: (args) => parseWhy(args),
  async run(deps, { member, t }, input) {
    const r = await deps.why.why(member.memberId, input);
    const asked = input.kind === 'task' ? { taskId: input.taskId } : input.kind === 'batch' ? { prefix: input.prefix } : {};
    if (r.kind === 'refused') return whyRefusal(t, r, asked);
    if (r.kind === 'batch') return say(batchTraceText(t, r.trace));
    // The labels as the member's card shows them: their language, the campaign's translations.
    const card = localizeCard(await deps.assignment.card(r.trace.taskId), t);
    return say(answerTraceText(t, r.trace, card));
  },
};

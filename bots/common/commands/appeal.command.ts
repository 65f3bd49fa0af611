import { appealQueue, fileAppeal } from '../appeal-commands';
import { actorOf } from '../moderator-actor';
import { MAX_APPEAL_REASON } from '../../../core';
import { idOf, UsageError, type ChatCommand } from './command';

export type AppealInput = { taskId: number; reason: string };

/** /appeal <task> <reason>: a member appeals their own withheld answer; core checks every rule (AppealService.file). */
export const appealCommand: ChatCommand<AppealInput> = {
  name: 'appeal',
  who: 'member',
  where: 'private',
  parse(args) {
    const [task, ...words] = args;
    const taskId = idOf(task);
    if (taskId === undefined || taskId === 0) return new UsageError('appeal-usage', { max: MAX_APPEAL_REASON });
    return { taskId, reason: words.join(' ') };
  },
  run: (deps, { member, t }, input) => fileAppeal(t, deps, member, input.taskId, input.reason),
};

export type AppealsInput = { communityId?: number };

/**
 * /appeals [community]: the moderators' queue of appeals with Uphold and Refuse. Sent in a
 * group it is answered in the moderator's private chat (private-only.ts isModeratorListing):
 * it shows a member's record and their own words.
 */
export const appealsCommand: ChatCommand<AppealsInput> = {
  name: 'appeals',
  who: 'moderator',
  where: 'anywhere',
  parse(args) {
    if (args.length === 0) return {};
    const communityId = idOf(args[0]);
    return args.length > 1 || communityId === undefined || communityId === 0 ? new UsageError('appeals-usage') : { communityId };
  },
  async run(deps, { ctx, member, t }, input) {
    return appealQueue(t, deps, actorOf(ctx, member.memberId), input.communityId);
  },
};

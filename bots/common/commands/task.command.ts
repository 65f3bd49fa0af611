import { nextTask } from '../member-commands';
import { idOf, UsageError, type ChatCommand } from './command';

export interface TaskInput {
  /** Only this campaign's tasks; absent: any campaign served where the member asked. */
  campaignId?: number;
}

/** /task [campaign]: the next task as a card with answer buttons (in a group or server: its community's campaigns and the platform's). */
export const taskCommand: ChatCommand<TaskInput> = {
  name: 'task',
  who: 'member',
  where: 'anywhere',
  parse(args) {
    if (args.length === 0) return {};
    const campaignId = args.length === 1 ? idOf(args[0]) : undefined;
    return campaignId === undefined ? new UsageError('usage-task') : { campaignId };
  },
  run: (deps, { ctx, member, t }, input) => nextTask(t, deps, member, { platform: ctx.user.platform, place: ctx.place }, input.campaignId),
};

import { appealStats } from '../appeal-commands';
import { stats } from '../member-commands';
import type { ChatCommand } from './command';

export type StatsInput = Record<string, never>;

/** /stats: the member's accuracy, why rewards were withheld, what they may appeal and their appeals' decisions. */
export const statsCommand: ChatCommand<StatsInput> = {
  name: 'stats',
  who: 'member',
  where: 'private',
  parse: () => ({}),
  async run(deps, { member, t }) {
    const reply = await stats(t, deps, member);
    const appeals = await appealStats(t, deps, member);
    return appeals ? { ...reply, messages: [...reply.messages, appeals] } : reply;
  },
};

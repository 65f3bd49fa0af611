import { stats } from '../member-commands';
import type { ChatCommand } from './command';

export type StatsInput = Record<string, never>;

/** /stats: the member's accuracy, and why rewards were withheld. */
export const statsCommand: ChatCommand<StatsInput> = {
  name: 'stats',
  who: 'member',
  where: 'private',
  parse: () => ({}),
  run: (deps, { member, t }) => stats(t, deps, member),
};

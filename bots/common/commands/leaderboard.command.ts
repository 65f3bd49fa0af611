import { leaderboard } from '../member-commands';
import type { ChatCommand } from './command';

export type LeaderboardInput = Record<string, never>;

/** /leaderboard: the top miners (a ranking over every reward, so it counts as a listing). */
export const leaderboardCommand: ChatCommand<LeaderboardInput> = {
  name: 'leaderboard',
  who: 'member',
  where: 'anywhere',
  limit: 'listing',
  parse: () => ({}),
  run: (deps, { t }) => leaderboard(t, deps),
};

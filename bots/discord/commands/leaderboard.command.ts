import type { SlashCommand } from '../slash-command';
import { memberCommand, routed } from '../slash-command';

/** /leaderboard: the top miners. */
export const leaderboardCommand: SlashCommand = {
  definition: memberCommand('leaderboard', 'The top miners').toJSON(),
  run: (_i, ctx, deps) => routed(deps, ctx, '/leaderboard'),
};

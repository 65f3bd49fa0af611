import type { SlashCommand } from '../slash-command';
import { memberCommand, runShared } from '../slash-command';
import { leaderboardCommand as shared } from '../../common/commands';

/** /leaderboard: the top miners. */
export const leaderboardCommand: SlashCommand = {
  definition: memberCommand('leaderboard', 'The top miners').toJSON(),
  run: (_i, ctx, deps) => runShared(deps, ctx, shared, {}),
};

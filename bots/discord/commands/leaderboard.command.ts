import type { SlashCommand } from '../slash-command';
import { memberCommand, runShared } from '../slash-command';
import { leaderboardCommand as shared } from '../../common/commands';
import { english } from '../../common/i18n/translator';

const en = english();

/** /leaderboard: the top miners. */
export const leaderboardCommand: SlashCommand = {
  definition: memberCommand('leaderboard', en.t('dcmd-leaderboard-desc')).toJSON(),
  run: (_i, ctx, deps) => runShared(deps, ctx, shared, {}),
};

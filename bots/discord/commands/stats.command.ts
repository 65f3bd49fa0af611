import type { SlashCommand } from '../slash-command';
import { memberCommand, runShared } from '../slash-command';
import { statsCommand as shared } from '../../common/commands';

/** /stats: your accuracy, and why rewards were withheld. */
export const statsCommand: SlashCommand = {
  definition: memberCommand('stats', 'Your accuracy, and why rewards were withheld').toJSON(),
  run: (_i, ctx, deps) => runShared(deps, ctx, shared, {}),
};

import type { SlashCommand } from '../slash-command';
import { memberCommand, runShared } from '../slash-command';
import { unlinkCommand as shared } from '../../common/commands';

/** /unlink: remove your linked wallet. */
export const unlinkCommand: SlashCommand = {
  definition: memberCommand('unlink', 'Remove your linked wallet').toJSON(),
  run: (_i, ctx, deps) => runShared(deps, ctx, shared, {}),
};

import type { SlashCommand } from '../slash-command';
import { memberCommand, routed } from '../slash-command';

/** /unlink: remove your linked wallet. */
export const unlinkCommand: SlashCommand = {
  definition: memberCommand('unlink', 'Remove your linked wallet').toJSON(),
  run: (_i, ctx, deps) => routed(deps, ctx, '/unlink'),
};

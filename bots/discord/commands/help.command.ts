import type { SlashCommand } from '../slash-command';
import { memberCommand, runShared } from '../slash-command';
import { helpCommand as shared } from '../../common/commands';

/** /help: what this bot does and its commands. */
export const helpCommand: SlashCommand = {
  definition: memberCommand('help', 'What this bot does and its commands').toJSON(),
  run: (_i, ctx, deps) => runShared(deps, ctx, shared, {}),
};

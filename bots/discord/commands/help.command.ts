import type { SlashCommand } from '../slash-command';
import { memberCommand, routed } from '../slash-command';

/** /help: what this bot does and its commands. */
export const helpCommand: SlashCommand = {
  definition: memberCommand('help', 'What this bot does and its commands').toJSON(),
  run: (_i, ctx, deps) => routed(deps, ctx, '/help'),
};

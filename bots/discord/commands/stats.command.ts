import type { SlashCommand } from '../slash-command';
import { memberCommand, routed } from '../slash-command';

/** /stats: your accuracy, and why rewards were withheld. */
export const statsCommand: SlashCommand = {
  definition: memberCommand('stats', 'Your accuracy, and why rewards were withheld').toJSON(),
  run: (_i, ctx, deps) => routed(deps, ctx, '/stats'),
};

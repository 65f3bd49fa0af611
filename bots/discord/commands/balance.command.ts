import type { SlashCommand } from '../slash-command';
import { memberCommand, routed } from '../slash-command';

/** /balance: your pending and minted TNET. */
export const balanceCommand: SlashCommand = {
  definition: memberCommand('balance', 'Your pending and minted TNET').toJSON(),
  run: (_i, ctx, deps) => routed(deps, ctx, '/balance'),
};

import type { SlashCommand } from '../slash-command';
import { memberCommand, routed } from '../slash-command';

/** /wallet: your linked wallet. */
export const walletCommand: SlashCommand = {
  definition: memberCommand('wallet', 'Your linked wallet').toJSON(),
  run: (_i, ctx, deps) => routed(deps, ctx, '/wallet'),
};

import type { SlashCommand } from '../slash-command';
import { memberCommand, runShared } from '../slash-command';
import { walletCommand as shared } from '../../common/commands';

/** /wallet: your linked wallet. */
export const walletCommand: SlashCommand = {
  definition: memberCommand('wallet', 'Your linked wallet').toJSON(),
  run: (_i, ctx, deps) => runShared(deps, ctx, shared, {}),
};

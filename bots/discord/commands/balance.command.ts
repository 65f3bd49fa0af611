import type { SlashCommand } from '../slash-command';
import { memberCommand, runShared } from '../slash-command';
import { balanceCommand as shared } from '../../common/commands';

/** /balance: your pending and minted TNET. */
export const balanceCommand: SlashCommand = {
  definition: memberCommand('balance', 'Your pending and minted TNET').toJSON(),
  run: (_i, ctx, deps) => runShared(deps, ctx, shared, {}),
};

import type { SlashCommand } from '../slash-command';
import { memberCommand, runShared } from '../slash-command';
import { walletCommand as shared } from '../../common/commands';
import { english } from '../../common/i18n/translator';

const en = english();

/** /wallet: your linked wallet. */
export const walletCommand: SlashCommand = {
  definition: memberCommand('wallet', en.t('dcmd-wallet-desc')).toJSON(),
  run: (_i, ctx, deps) => runShared(deps, ctx, shared, {}),
};

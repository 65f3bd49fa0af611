import type { SlashCommand } from '../slash-command';
import { memberCommand, runShared } from '../slash-command';
import { balanceCommand as shared } from '../../common/commands';
import { english } from '../../common/i18n/translator';

const en = english();

/** /balance: your pending and minted TNET. */
export const balanceCommand: SlashCommand = {
  definition: memberCommand('balance', en.t('dcmd-balance-desc')).toJSON(),
  run: (_i, ctx, deps) => runShared(deps, ctx, shared, {}),
};

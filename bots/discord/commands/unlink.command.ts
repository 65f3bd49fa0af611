import type { SlashCommand } from '../slash-command';
import { memberCommand, runShared } from '../slash-command';
import { unlinkCommand as shared } from '../../common/commands';
import { english } from '../../common/i18n/translator';

const en = english();

/** /unlink: remove your linked wallet. */
export const unlinkCommand: SlashCommand = {
  definition: memberCommand('unlink', en.t('dcmd-unlink-desc')).toJSON(),
  run: (_i, ctx, deps) => runShared(deps, ctx, shared, {}),
};

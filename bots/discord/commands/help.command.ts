import type { SlashCommand } from '../slash-command';
import { memberCommand, runShared } from '../slash-command';
import { helpCommand as shared } from '../../common/commands';
import { english } from '../../common/i18n/translator';

const en = english();

/** /help: what this bot does and its commands. */
export const helpCommand: SlashCommand = {
  definition: memberCommand('help', en.t('dcmd-help-desc')).toJSON(),
  run: (_i, ctx, deps) => runShared(deps, ctx, shared, {}),
};

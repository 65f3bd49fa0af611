import type { SlashCommand } from '../slash-command';
import { memberCommand, runShared } from '../slash-command';
import { statsCommand as shared } from '../../common/commands';
import { english } from '../../common/i18n/translator';

const en = english();

/** /stats: your accuracy, and why rewards were withheld. */
export const statsCommand: SlashCommand = {
  definition: memberCommand('stats', en.t('dcmd-stats-desc')).toJSON(),
  run: (_i, ctx, deps) => runShared(deps, ctx, shared, {}),
};

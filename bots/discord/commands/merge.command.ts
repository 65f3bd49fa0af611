import type { SlashCommand } from '../slash-command';
import { mergeCommand as shared } from '../../common/commands';
import { memberCommand, runShared } from '../slash-command';
import { english } from '../../common/i18n/translator';

const en = english();

/**
 * /merge [action]: confirm (or cancel) joining the member a verified wallet belongs to, as
 * /verify offers; without an action, the offer waiting.
 */
export const mergeCommand: SlashCommand = {
  definition: memberCommand('merge', en.t('dcmd-merge-desc'))
    .addStringOption((o) =>
      o.setName('action').setDescription(en.t('dopt-merge-action-desc')).addChoices({ name: en.t('choice-merge-action-confirm'), value: 'confirm' }, { name: en.t('choice-merge-action-cancel'), value: 'cancel' }),
    )
    .toJSON(),
  run: (i, ctx, deps) => {
    const action = i.options.getString('action');
    // Only the two choices run; anything else (forged) shows the offer and the usage.
    return runShared(deps, ctx, shared, { action: action === 'confirm' || action === 'cancel' ? action : 'show' });
  },
};

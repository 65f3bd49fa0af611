import type { SlashCommand } from '../slash-command';
import { taskCommand as shared } from '../../common/commands';
import { memberCommand, runShared } from '../slash-command';
import { english } from '../../common/i18n/translator';

const en = english();

/** /task [campaign]: the next task as a card with answer buttons (or a select menu). */
export const taskCommand: SlashCommand = {
  definition: memberCommand('task', en.t('dcmd-task-desc'))
    .addIntegerOption((o) => o.setName('campaign').setDescription(en.t('dopt-task-campaign-desc')).setMinValue(1).setMaxValue(2 ** 31 - 1))
    .toJSON(),
  run: (i, ctx, deps) => {
    const campaign = i.options.getInteger('campaign');
    return runShared(deps, ctx, shared, campaign === null ? {} : { campaignId: campaign });
  },
};

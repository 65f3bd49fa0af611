import type { SlashCommand } from '../slash-command';
import { taskCommand as shared } from '../../common/commands';
import { memberCommand, runShared } from '../slash-command';

/** /task [campaign]: the next task as a card with answer buttons (or a select menu). */
export const taskCommand: SlashCommand = {
  definition: memberCommand('task', 'Get a task to answer')
    .addIntegerOption((o) => o.setName('campaign').setDescription('A campaign number (from /campaign list)').setMinValue(1).setMaxValue(2 ** 31 - 1))
    .toJSON(),
  run: (i, ctx, deps) => {
    const campaign = i.options.getInteger('campaign');
    return runShared(deps, ctx, shared, campaign === null ? {} : { campaignId: campaign });
  },
};

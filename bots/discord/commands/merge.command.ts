import type { SlashCommand } from '../slash-command';
import { mergeCommand as shared } from '../../common/commands';
import { memberCommand, runShared } from '../slash-command';

/**
 * /merge [action]: confirm (or cancel) joining the member a verified wallet belongs to, as
 * /verify offers; without an action, the offer waiting.
 */
export const mergeCommand: SlashCommand = {
  definition: memberCommand('merge', 'Join your account on another chat, after /verify offers it')
    .addStringOption((o) =>
      o.setName('action').setDescription('Confirm or cancel the offered merge (leave it out to see the offer)').addChoices({ name: 'confirm', value: 'confirm' }, { name: 'cancel', value: 'cancel' }),
    )
    .toJSON(),
  run: (i, ctx, deps) => {
    const action = i.options.getString('action');
    // Only the two choices run; anything else (forged) shows the offer and the usage.
    return runShared(deps, ctx, shared, { action: action === 'confirm' || action === 'cancel' ? action : 'show' });
  },
};

import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { MAX_APPEAL_REASON } from '../../../core';
import { appealCommand as sharedAppeal, appealsCommand as sharedAppeals } from '../../common/commands';
import { english } from '../../common/i18n/translator';
import { memberCommand, runShared, type SlashCommand } from '../slash-command';

const en = english();

/** /appeal task reason: a member appeals their own withheld answer (the shared command does the work). */
export const appealCommand: SlashCommand = {
  definition: memberCommand('appeal', en.t('dcmd-appeal-desc'))
    .addIntegerOption((o) => o.setName('task').setDescription(en.t('dopt-appeal-task-desc')).setRequired(true).setMinValue(1).setMaxValue(2 ** 31 - 1))
    .addStringOption((o) => o.setName('reason').setDescription(en.t('dopt-appeal-reason-desc')).setRequired(true).setMaxLength(MAX_APPEAL_REASON))
    .toJSON(),
  run: (i, ctx, deps) => runShared(deps, ctx, sharedAppeal, { taskId: i.options.getInteger('task', true), reason: i.options.getString('reason', true) }),
};

/** /appeals [community]: the server's moderators' queue of appeals with Uphold and Refuse (only they see it). */
export const appealsCommand: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('appeals')
    .setDescription(en.t('dcmd-appeals-desc'))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addIntegerOption((o) => o.setName('community').setDescription(en.t('dopt-appeals-community-desc')).setMinValue(1).setMaxValue(2 ** 31 - 1))
    .toJSON(),
  run: (i, ctx, deps) => {
    ctx.moderator = deps.moderators.forInteraction(i);
    const community = i.options.getInteger('community');
    return runShared(deps, ctx, sharedAppeals, community === null ? {} : { communityId: community });
  },
};

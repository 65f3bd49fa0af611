import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { dashboardCommand as shared } from '../../common/commands/dashboard.command';
import { english } from '../../common/i18n/translator';
import { runShared, type SlashCommand } from '../slash-command';

const en = english();

/**
 * /dashboard in a server: the one-time link to the server's moderator dashboard, in an
 * ephemeral reply (only the moderator sees it). Core checks Manage Server or the roles again.
 */
export const dashboardCommand: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('dashboard')
    .setDescription(en.t('dcmd-dashboard-desc'))
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .toJSON(),
  run: (i, ctx, deps) => {
    ctx.moderator = deps.moderators.forInteraction(i);
    return runShared(deps, ctx, shared, {});
  },
};

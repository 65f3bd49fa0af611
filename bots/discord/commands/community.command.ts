import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { communityCommand as shared, grantInput } from '../../common/commands/community.command';
import { runShared, type SlashCommand } from '../slash-command';

const communityIdOption = (required: boolean) => (o: import('discord.js').SlashCommandIntegerOption) =>
  o.setName('community').setDescription('The community number (from /community list)').setRequired(required).setMinValue(1).setMaxValue(2 ** 31 - 1);

/**
 * /community info|register|grant|audit|list in a server: platform admins register the server
 * and grant allowances; the server's moderators see its allowance and its audit log. The
 * shared /community command does the work with the options as its input, so Telegram and
 * Discord agree.
 */
export const communityCommand: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('community')
    .setDescription("This server as a community: its TNET allowance and audit log (moderators)")
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((s) => s.setName('info').setDescription("This server's community and its allowance"))
    .addSubcommand((s) => s.setName('audit').setDescription("The community's audit log").addIntegerOption(communityIdOption(false)))
    .addSubcommand((s) =>
      s
        .setName('register')
        .setDescription('Register this server as a community (platform admins)')
        .addStringOption((o) => o.setName('title').setDescription('Its name in the audit log').setMaxLength(120)),
    )
    .addSubcommand((s) =>
      s
        .setName('grant')
        .setDescription("Add TNET to a community's allowance (platform admins)")
        .addStringOption((o) => o.setName('amount').setDescription('TNET, like 50000').setRequired(true).setMaxLength(40))
        .addIntegerOption(communityIdOption(false)),
    )
    .addSubcommand((s) => s.setName('list').setDescription('Every community (platform admins)'))
    .toJSON(),
  run: async (i, ctx, deps) => {
    ctx.moderator = deps.moderators.forInteraction(i);
    const sub = i.options.getSubcommand(true);
    const community = i.options.getInteger('community');
    const communityId = community ?? undefined;
    if (sub === 'register') return runShared(deps, ctx, shared, { sub, title: (i.options.getString('title') ?? '').split(/\s+/).filter(Boolean).join(' ') });
    if (sub === 'grant') return runShared(deps, ctx, shared, grantInput(communityId, i.options.getString('amount', true).replace(/\s+/g, '')));
    if (sub === 'audit') return runShared(deps, ctx, shared, communityId === undefined ? { sub } : { sub, communityId });
    return runShared(deps, ctx, shared, sub === 'list' ? { sub } : { sub: 'info' });
  },
};

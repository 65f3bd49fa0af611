import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { routed, type SlashCommand } from '../slash-command';

const communityIdOption = (required: boolean) => (o: import('discord.js').SlashCommandIntegerOption) =>
  o.setName('community').setDescription('The community number (from /community list)').setRequired(required).setMinValue(1).setMaxValue(2 ** 31 - 1);

/**
 * /community info|register|grant|audit|list in a server: platform admins register the server
 * and grant allowances; the server's moderators see its allowance and its audit log. The
 * shared /community text command does the work, so Telegram and Discord agree.
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
    const args: string[] = [];
    if (sub === 'register') args.push('register', ...(i.options.getString('title') ?? '').split(/\s+/).filter(Boolean));
    else if (sub === 'grant') args.push('grant', ...(community === null ? [] : [String(community)]), i.options.getString('amount', true).trim().replace(/\s+/g, ''));
    else if (sub === 'audit') args.push('audit', ...(community === null ? [] : [String(community)]));
    else if (sub === 'list') args.push('list');
    return routed(deps, ctx, ['/community', ...args].join(' '));
  },
};

import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { capInput, communityCommand as shared, grantInput } from '../../common/commands/community.command';
import { runShared, type SlashCommand } from '../slash-command';
import { english } from '../../common/i18n/translator';

const en = english();

const communityIdOption = (sub: 'audit' | 'grant', required: boolean) => (o: import('discord.js').SlashCommandIntegerOption) =>
  o
    .setName('community')
    .setDescription(en.t(sub === 'audit' ? 'dopt-community-audit-community-desc' : 'dopt-community-grant-community-desc'))
    .setRequired(required)
    .setMinValue(1)
    .setMaxValue(2 ** 31 - 1);

/**
 * /community info|register|grant|audit|cap|list in a server: platform admins register the server
 * and grant allowances; the server's moderators see its allowance and its audit log. The
 * shared /community command does the work with the options as its input, so Telegram and
 * Discord agree.
 */
export const communityCommand: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('community')
    .setDescription(en.t('dcmd-community-desc'))
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((s) => s.setName('info').setDescription(en.t('dsub-community-info-desc')))
    .addSubcommand((s) => s.setName('audit').setDescription(en.t('dsub-community-audit-desc')).addIntegerOption(communityIdOption('audit', false)))
    .addSubcommand((s) =>
      s
        .setName('register')
        .setDescription(en.t('dsub-community-register-desc'))
        .addStringOption((o) => o.setName('title').setDescription(en.t('dopt-community-register-title-desc')).setMaxLength(120)),
    )
    .addSubcommand((s) =>
      s
        .setName('grant')
        .setDescription(en.t('dsub-community-grant-desc'))
        .addStringOption((o) => o.setName('amount').setDescription(en.t('dopt-community-grant-amount-desc')).setRequired(true).setMaxLength(40))
        .addIntegerOption(communityIdOption('grant', false)),
    )
    .addSubcommand((s) =>
      s
        .setName('cap')
        .setDescription(en.t('dsub-community-cap-desc'))
        .addStringOption((o) => o.setName('amount').setDescription(en.t('dopt-community-cap-amount-desc')).setRequired(true).setMaxLength(40)),
    )
    .addSubcommand((s) => s.setName('list').setDescription(en.t('dsub-community-list-desc')))
    .toJSON(),
  run: async (i, ctx, deps) => {
    ctx.moderator = deps.moderators.forInteraction(i);
    const sub = i.options.getSubcommand(true);
    const community = i.options.getInteger('community');
    const communityId = community ?? undefined;
    if (sub === 'register') return runShared(deps, ctx, shared, { sub, title: (i.options.getString('title') ?? '').split(/\s+/).filter(Boolean).join(' ') });
    if (sub === 'grant') return runShared(deps, ctx, shared, grantInput(communityId, i.options.getString('amount', true).replace(/\s+/g, '')));
    if (sub === 'cap') return runShared(deps, ctx, shared, capInput(i.options.getString('amount', true).replace(/\s+/g, '')));
    if (sub === 'audit') return runShared(deps, ctx, shared, communityId === undefined ? { sub } : { sub, communityId });
    return runShared(deps, ctx, shared, sub === 'list' ? { sub } : { sub: 'info' });
  },
};

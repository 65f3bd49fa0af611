import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type SlashCommandSubcommandBuilder } from 'discord.js';
import { EXPORT_FORMATS, EXPORT_WORDS, exportFileName, isDomainError, type ExportFormat } from '../../../core';
import { DEFAULT_CHART_SIZE, campaignChartSvg } from '../../common/campaign-chart';
import { campaignStatsText } from '../../common/campaign-stats-text';
import type { ChatContext } from '../../common/chat-message';
import { actorOf } from '../../common/moderator-actor';
import { svgToPng } from '../../common/chart-png';
import { errorText } from '../../common/error-text';
import { rateLimitedText } from '../../common/rate-limit';
import { renderMessages } from '../render-message';
import { campaignNew, newSubcommand } from './campaign-new';
import { campaignCommand as shared, UsageError, type CampaignInput } from '../../common/commands';
import { runShared, type SlashCommand, type SlashDeps, type SlashResult } from '../slash-command';

/** Discord's attachment limit for a bot's message in a server without boosts. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const withId = (s: SlashCommandSubcommandBuilder, name: string, description: string) =>
  s
    .setName(name)
    .setDescription(description)
    .addIntegerOption((o) => o.setName('id').setDescription('The campaign number (from /campaign list)').setRequired(true).setMinValue(1).setMaxValue(2 ** 31 - 1));

/** Subcommands members may run too; the rest are for moderators. */
const FOR_MEMBERS = new Set(['list', 'stats']);

const text = (t: string): SlashResult => ({ messages: renderMessages([{ text: t }]) });

/**
 * /campaign new|list|stats|post|activate|pause|resume|close|export. Discord hides the command
 * from members without Manage Server (default_member_permissions; a server can grant it to
 * a moderator role in its Integrations settings); the bot checks again on every use, and
 * core scopes every campaign to the server's community (ModerationService). It runs in
 * servers only: a community's moderators work from their server, not from DMs.
 */
export const campaignCommand: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('campaign')
    .setDescription('Run campaigns (moderators)')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand(newSubcommand)
    .addSubcommand((s) => s.setName('list').setDescription('The campaigns'))
    .addSubcommand((s) => withId(s, 'stats', 'How a campaign is going'))
    .addSubcommand((s) => withId(s, 'post', 'Post task cards of a campaign in this channel'))
    .addSubcommand((s) => withId(s, 'activate', 'Start a draft campaign'))
    .addSubcommand((s) => withId(s, 'pause', 'Pause a campaign'))
    .addSubcommand((s) => withId(s, 'resume', 'Resume a paused campaign'))
    .addSubcommand((s) => withId(s, 'close', 'Close a campaign for good'))
    .addSubcommand((s) =>
      withId(s, 'export', 'The consensus labels as a file').addStringOption((o) =>
        o
          .setName('format')
          .setDescription('CSV (default), JSON lines; pairwise campaigns also DPO pairs or the model ranking')
          .addChoices({ name: 'CSV', value: 'csv' }, { name: 'JSON lines', value: 'jsonl' }, { name: 'DPO pairs (pairwise)', value: 'dpo' }, { name: 'Model ranking (pairwise)', value: 'ranking' }),
      ),
    )
    .toJSON(),
  run: async (i, ctx, deps) => {
    const sub = i.options.getSubcommand(true);
    const id = i.options.getInteger('id');
    ctx.moderator = deps.moderators.forInteraction(i);
    if (!deps.moderators.isModerator(i) && !FOR_MEMBERS.has(sub)) {
      deps.core.logger.info('discord moderator command refused', { interactionId: i.id, userId: i.user.id, sub });
      return text('Only moderators can do that.');
    }
    if (sub === 'stats' || sub === 'export') {
      const d = deps.expensive?.take(`discord:${i.user.id}`);
      if (d && !d.allowed) return text(rateLimitedText(d.retryAfterMs));
    }
    if (sub === 'new') return campaignNew(i, ctx, deps);
    if (sub === 'stats') return statsChart(i.id, deps, ctx, id!);
    if (sub === 'export') {
      // Discord enforces the choices; a value outside them (an older command registration) gets the usage, not a guess.
      const format = i.options.getString('format') ?? 'csv';
      if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return text(`Choose the export format among ${EXPORT_FORMATS.join(', ')}.`);
      return exportFile(deps, ctx, id!, format as ExportFormat);
    }
    const result = await runShared(deps, ctx, shared, sharedInput(sub, id));
    if ((sub === 'post' || sub === 'resume') && i.channelId) void deps.cards.fill(i.channelId);
    return result;
  },
};

/** The shared subcommands (list, post and the transitions) as their typed input; a forged one without its id gets the usage. */
function sharedInput(sub: string, campaignId: number | null): CampaignInput | UsageError {
  if (sub === 'list') return { sub };
  if ((sub === 'post' || sub === 'activate' || sub === 'pause' || sub === 'resume' || sub === 'close') && campaignId !== null) return { sub, campaignId };
  return new UsageError(`Usage: /campaign ${sub} <id>, with the campaign's number from /campaign list.`);
}

async function exportFile(deps: SlashDeps, ctx: ChatContext, campaignId: number, format: ExportFormat): Promise<SlashResult> {
  try {
    const actor = actorOf(ctx, (await deps.core.identities.resolve(ctx.user)).memberId);
    const exp = await deps.core.moderation.openExport(actor, campaignId, { format });
    const parts: Buffer[] = [];
    let size = 0;
    for await (const chunk of exp.chunks()) {
      const b = Buffer.from(chunk, 'utf8');
      size += b.length;
      if (size > MAX_ATTACHMENT_BYTES) return text(`The export of campaign #${campaignId} is over 10 MB; take it with the CLI: npx tnet campaign export ${campaignId}.`);
      parts.push(b);
    }
    return {
      messages: renderMessages([{ text: `Campaign #${campaignId}: ${exp.total} ${format === 'ranking' ? 'model' : 'task'}${exp.total === 1 ? '' : 's'} ${EXPORT_WORDS[format]}.` }]),
      files: [{ attachment: Buffer.concat(parts), name: exportFileName(campaignId, format) }],
    };
  } catch (e) {
    if (isDomainError(e)) return text(errorText(e));
    throw e;
  }
}

/** The figures as words, with the chart as a PNG attachment; the words alone when the chart cannot be drawn. */
async function statsChart(interactionId: string, deps: SlashDeps, ctx: ChatContext, campaignId: number): Promise<SlashResult> {
  let report;
  try {
    // A draft's figures are its moderators' only; anyone else gets the unknown-id reply.
    await deps.core.moderation.statsVisible(actorOf(ctx, (await deps.core.identities.resolve(ctx.user)).memberId), campaignId);
    report = await deps.core.reports.report(campaignId);
  } catch (e) {
    if (isDomainError(e)) return text(errorText(e));
    throw e;
  }
  const words = text(campaignStatsText(report.stats, report.verifiedAccuracy, report.pairwise, report.labels));
  try {
    const png = await svgToPng(campaignChartSvg(report, DEFAULT_CHART_SIZE), DEFAULT_CHART_SIZE);
    return { ...words, files: [{ attachment: png, name: `campaign-${campaignId}-stats.png` }] };
  } catch (e) {
    // The words carry the same figures: a chart that cannot be drawn still informs.
    deps.core.logger.warn('discord stats chart not drawn; sending the text', { interactionId, campaignId, error: e });
    return words;
  }
}

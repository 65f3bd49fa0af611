import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type SlashCommandSubcommandBuilder } from 'discord.js';
import { EXPORT_FORMATS, exportFileName, isDomainError, type ExportFormat } from '../../../core';
import { DEFAULT_CHART_SIZE, campaignChartSvg } from '../../common/campaign-chart';
import { campaignStatsText } from '../../common/campaign-stats-text';
import type { ChatContext } from '../../common/chat-message';
import { actorOf } from '../../common/moderator-actor';
import { svgToPng } from '../../common/chart-png';
import { errorText } from '../../common/error-text';
import { rateLimitedText } from '../../common/rate-limit';
import { textMessages } from '../render-message';
import { campaignNew, newSubcommand } from './campaign-new';
import { campaignCommand as shared, UsageError, type CampaignInput } from '../../common/commands';
import { runShared, type SlashCommand, type SlashDeps, type SlashResult } from '../slash-command';
import { english, translator, type Translator } from '../../common/i18n/translator';

/** Discord's attachment limit for a bot's message in a server without boosts. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const en = english();

type IdSubcommand = 'stats' | 'post' | 'activate' | 'pause' | 'resume' | 'close' | 'export';

const withId = (s: SlashCommandSubcommandBuilder, name: IdSubcommand) =>
  s
    .setName(name)
    .setDescription(en.t(`dsub-campaign-${name}-desc` as const))
    .addIntegerOption((o) => o.setName('id').setDescription(en.t(`dopt-campaign-${name}-id-desc` as const)).setRequired(true).setMinValue(1).setMaxValue(2 ** 31 - 1));

/** Subcommands members may run too; the rest are for moderators. */
const FOR_MEMBERS = new Set(['list', 'stats']);

const text = (t: string): SlashResult => ({ messages: textMessages(t) });

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
    .setDescription(en.t('dcmd-campaign-desc'))
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand(newSubcommand)
    .addSubcommand((s) => s.setName('list').setDescription(en.t('dsub-campaign-list-desc')))
    .addSubcommand((s) => withId(s, 'stats'))
    .addSubcommand((s) => withId(s, 'post'))
    .addSubcommand((s) => withId(s, 'activate'))
    .addSubcommand((s) => withId(s, 'pause'))
    .addSubcommand((s) => withId(s, 'resume'))
    .addSubcommand((s) => withId(s, 'close'))
    .addSubcommand((s) =>
      withId(s, 'export').addStringOption((o) =>
        o
          .setName('format')
          .setDescription(en.t('dopt-campaign-export-format-desc'))
          .addChoices(
            { name: en.t('choice-campaign-export-format-csv'), value: 'csv' },
            { name: en.t('choice-campaign-export-format-jsonl'), value: 'jsonl' },
            { name: en.t('choice-campaign-export-format-dpo'), value: 'dpo' },
            { name: en.t('choice-campaign-export-format-ranking'), value: 'ranking' },
          ),
      ),
    )
    .toJSON(),
  run: async (i, ctx, deps) => {
    const sub = i.options.getSubcommand(true);
    const id = i.options.getInteger('id');
    ctx.moderator = deps.moderators.forInteraction(i);
    const t = translator(ctx.lang);
    if (!deps.moderators.isModerator(i) && !FOR_MEMBERS.has(sub)) {
      deps.core.logger.info('discord moderator command refused', { interactionId: i.id, userId: i.user.id, sub });
      return text(t.t('refusal-moderators'));
    }
    if (sub === 'stats' || sub === 'export') {
      const d = deps.expensive?.take(`discord:${i.user.id}`);
      if (d && !d.allowed) return text(rateLimitedText(t, d.retryAfterMs));
    }
    if (sub === 'new') return campaignNew(i, ctx, deps);
    if (sub === 'stats') return statsChart(t, i.id, deps, ctx, id!);
    if (sub === 'export') {
      // Discord enforces the choices; a value outside them (an older command registration) gets the usage, not a guess.
      const format = i.options.getString('format') ?? 'csv';
      if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return text(t.t('mod-export-choose-format', { formats: EXPORT_FORMATS.join(', ') }));
      return exportFile(t, deps, ctx, id!, format as ExportFormat);
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
  return new UsageError('mod-campaign-usage-id', { sub });
}

async function exportFile(t: Translator, deps: SlashDeps, ctx: ChatContext, campaignId: number, format: ExportFormat): Promise<SlashResult> {
  try {
    const actor = actorOf(ctx, (await deps.core.identities.resolve(ctx.user)).memberId);
    const exp = await deps.core.moderation.openExport(actor, campaignId, { format });
    const parts: Buffer[] = [];
    let size = 0;
    for await (const chunk of exp.chunks()) {
      const b = Buffer.from(chunk, 'utf8');
      size += b.length;
      if (size > MAX_ATTACHMENT_BYTES) return text(t.t('mod-export-too-large-discord', { campaignId }));
      parts.push(b);
    }
    return {
      messages: textMessages(t.t('mod-export-caption', { campaignId, count: exp.total, format })),
      files: [{ attachment: Buffer.concat(parts), name: exportFileName(campaignId, format) }],
    };
  } catch (e) {
    if (isDomainError(e)) return text(errorText(t, e));
    throw e;
  }
}

/** The figures as words, with the chart as a PNG attachment; the words alone when the chart cannot be drawn. */
async function statsChart(t: Translator, interactionId: string, deps: SlashDeps, ctx: ChatContext, campaignId: number): Promise<SlashResult> {
  let report;
  try {
    // A draft's figures are its moderators' only; anyone else gets the unknown-id reply.
    await deps.core.moderation.statsVisible(actorOf(ctx, (await deps.core.identities.resolve(ctx.user)).memberId), campaignId);
    report = await deps.core.reports.report(campaignId);
  } catch (e) {
    if (isDomainError(e)) return text(errorText(t, e));
    throw e;
  }
  const words = text(campaignStatsText(t, report.stats, report.verifiedAccuracy, report.pairwise, report.labels));
  try {
    const png = await svgToPng(campaignChartSvg(t, report, DEFAULT_CHART_SIZE), DEFAULT_CHART_SIZE);
    return { ...words, files: [{ attachment: png, name: `campaign-${campaignId}-stats.png` }] };
  } catch (e) {
    // The words carry the same figures: a chart that cannot be drawn still informs.
    deps.core.logger.warn('discord stats chart not drawn; sending the text', { interactionId, campaignId, error: e });
    return words;
  }
}

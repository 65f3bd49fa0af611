import { createReadStream } from 'node:fs';
import { Composer, GrammyError, InputFile } from 'grammy';
import { EXPORT_FORMATS, exportFileName, MAX_OPEN_CARDS, type Actor, type CampaignExport, type Core, type ExportFormat } from '../../core';
import { DEFAULT_CHART_SIZE, campaignChartSvg } from '../common/campaign-chart';
import { campaignStatsText } from '../common/campaign-stats-text';
import { itemFormatOf, startWizard, wizardCancel, wizardConfirm, wizardItems, wizardPrompt, wizardText, type CampaignWizard, type WizardTurn } from '../common/campaign-wizard';
import { svgToPng } from '../common/chart-png';
import { errorEdge } from '../common/error-edge';
import { translator, type Translator } from '../common/i18n/translator';
import { exportNeedsPrivateChat, groupPointer } from '../common/private-only';
import { EXPENSIVE_COMMANDS, RateLimiter, rateLimitedText } from '../common/rate-limit';
import { actorOf } from '../common/moderator-actor';
import type { CommandLine } from '../common/command-line';
import type { CommandRouter } from '../common/command-router';
import { chatKey, forAnotherBot, isGroupChat, type BotContext } from './bot-context';
import type { TelegramCardBoard } from './card-board';
import { answerText } from './command.composer';
import type { ConversationStore } from './conversation-store';
import { DownloadRefused, downloadRefusedText, MAX_UPLOAD_BYTES, megabytes, type DownloadedFile } from './file-download';
import type { ModeratorCheck } from './moderator-check';
import { renderMessages } from './render-message';

export interface CampaignComposerDeps {
  core: Pick<Core, 'campaigns' | 'moderation' | 'reports' | 'exports' | 'posts' | 'identities' | 'logger'>;
  moderators: ModeratorCheck;
  /** The shared command layer, for the subcommands the command table runs. */
  router: CommandRouter;
  cards: TelegramCardBoard;
  conversations: ConversationStore<CampaignWizard>;
  /** Downloads a file a member sent (getFile + the file URL) to a temporary file. */
  download: (fileId: string) => Promise<DownloadedFile>;
  /** Counts each member's expensive commands (the stats chart, an export); made here when absent. */
  expensive?: RateLimiter;
}

/** Telegram's limit for a photo or document caption. */
const MAX_CAPTION = 1024;

const campaignId = (text: string | undefined): number | undefined => {
  if (text === undefined || !/^#?\d{1,10}$/.test(text)) return undefined;
  const id = Number(text.replace(/^#/, ''));
  return id >= 1 && id <= 2 ** 31 - 1 ? id : undefined;
};

const caption = (text: string): string => [...text].slice(0, MAX_CAPTION).join('');

/** An export's chunks as bytes; a new pass over the tasks each time it is called (a retried upload). */
async function* exportBytes(exp: CampaignExport): AsyncGenerator<Uint8Array> {
  for await (const chunk of exp.chunks()) yield Buffer.from(chunk, 'utf8');
}

/**
 * Telegram's one entry for `/campaign`. It runs what needs more than text itself: the guided
 * `/campaign new` (one question a message, then the items as an uploaded document, with
 * `/cancel`), `/campaign stats <id>` as a chart picture, `/campaign export <id>` as a CSV
 * document, and `/campaign post <id> <cards>` with the chat's card pace. Every other
 * `/campaign` goes to the command table (bots/common/commands/campaign.command.ts) through
 * the text path every command takes (answerText), then a post or resume fills the group's
 * cards. Other commands go on to the command composer.
 */
export function campaignComposer(deps: CampaignComposerDeps): Composer<BotContext> {
  const { core, conversations } = deps;
  const log = core.logger;
  const c = new Composer<BotContext>();

  /** The words of replies in this chat (its conversation language). */
  const words = (ctx: BotContext): Translator => translator(ctx.tnet.chat.lang);

  /** One message as HTML; a conversation's question asks for a reply (so groups in privacy mode deliver the answer). */
  const say = async (ctx: BotContext, text: string, ask = false): Promise<void> => {
    const group = isGroupChat(ctx);
    for (const m of renderMessages([{ text }])) {
      await ctx.reply(m.html, {
        parse_mode: 'HTML',
        reply_markup: ask ? { force_reply: true, selective: true } : undefined,
        reply_parameters: group && ctx.msg ? { message_id: ctx.msg.message_id, allow_sending_without_reply: true } : undefined,
      });
    }
  };

  /** Broken rules become their words; anything else a short reply with a reference and one log line. */
  const guard = async (ctx: BotContext, what: string, work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (e) {
      await say(ctx, errorEdge(words(ctx), e, log, 'telegram campaign command failed', { updateId: ctx.update.update_id, what }).text);
    }
  };

  /**
   * The cheap first gate: in a group, its administrators and platform admins; in private
   * anyone goes on, and core decides per campaign and community (the same reply as an
   * unknown id for one they do not moderate).
   */
  const moderator = async (ctx: BotContext, sub: string): Promise<boolean> => {
    const ok = !isGroupChat(ctx) || (await deps.moderators.administersHere(ctx.chat!, ctx.from!.id));
    if (!ok) {
      log.info('telegram moderator command refused', { updateId: ctx.update.update_id, userId: ctx.from!.id, sub });
      await say(ctx, words(ctx).t('refusal-moderators'));
    }
    return ok;
  };

  /** The speaker as core's actor, with this chat's moderator facts. */
  const actor = async (ctx: BotContext): Promise<Actor> => {
    ctx.tnet.chat.moderator = deps.moderators.forChat(ctx.chat!, ctx.from!.id);
    return actorOf(ctx.tnet.chat, (await core.identities.resolve(ctx.tnet.chat.user)).memberId);
  };

  const expensive = deps.expensive ?? new RateLimiter(EXPENSIVE_COMMANDS);
  /** False, after the short reply, when the member asked for expensive work too often. */
  const affordable = async (ctx: BotContext): Promise<boolean> => {
    const d = expensive.take(`telegram:${ctx.from!.id}`);
    if (!d.allowed) await say(ctx, rateLimitedText(words(ctx), d.retryAfterMs));
    return d.allowed;
  };

  const turn = async (ctx: BotContext, t: WizardTurn): Promise<void> => {
    await conversations.set(ctx.chat!.id, ctx.from!.id, t.state);
    await say(ctx, t.text, t.state !== undefined);
  };

  const textDeps = { router: deps.router, moderators: deps.moderators, logger: log };

  /** One `/campaign` line: the subcommands that need files or a conversation here, the rest through the command table. */
  const campaign = async (ctx: BotContext, command: CommandLine): Promise<void> => {
    // Named for another bot: the text path's rules decide (a group ignores it).
    if (forAnotherBot(ctx)) return answerText(ctx, textDeps);
    const [sub, idText, extra, ...rest] = command.args;
    const chat = ctx.chat!;
    const from = ctx.from!;
    const t = words(ctx);

    if (sub === undefined) return say(ctx, t.t('mod-tg-campaign-usage'));
    const id = campaignId(idText);
    if (sub === 'new' && ((idText !== undefined && id === undefined) || extra !== undefined)) {
      return say(ctx, t.t('mod-new-usage'));
    }
    if (sub === 'new') {
      return guard(ctx, 'campaign new', async () => {
        if (!(await moderator(ctx, sub))) return;
        const state = await conversations.get(chat.id, from.id);
        if (state) return say(ctx, t.t('mod-new-in-progress', { prompt: wizardPrompt(t, state) }), true);
        // The community it is for: the one given, else this group's, else the platform's (admins).
        const communityId = await core.moderation.creationTarget(await actor(ctx), id);
        await turn(ctx, startWizard(t, communityId));
      });
    }

    if (sub === 'stats' && id !== undefined && extra === undefined) {
      return guard(ctx, 'campaign stats', async () => {
        if (!(await affordable(ctx))) return;
        // A draft's figures are its moderators' only; anyone else gets the unknown-id reply.
        await core.moderation.statsVisible(await actor(ctx), id);
        const report = await core.reports.report(id);
        const text = campaignStatsText(t, report.stats, report.verifiedAccuracy, report.pairwise, report.labels);
        try {
          const png = await svgToPng(campaignChartSvg(t, report, DEFAULT_CHART_SIZE), DEFAULT_CHART_SIZE);
          await ctx.replyWithPhoto(new InputFile(png, `campaign-${id}-stats.png`), { caption: caption(text) });
        } catch (e) {
          // The words carry the same figures: a chart that cannot be drawn or sent still informs.
          log.warn('telegram stats chart not sent; sending the text', { updateId: ctx.update.update_id, campaignId: id, error: e });
          await say(ctx, text);
        }
      });
    }

    if (sub === 'export') {
      const format = (extra ?? 'csv') as ExportFormat;
      if (id === undefined || !EXPORT_FORMATS.includes(format) || rest.length > 0)
        return say(ctx, t.t('mod-export-usage', { formats: EXPORT_FORMATS.join(', ') }));
      return guard(ctx, 'campaign export', async () => {
        if (!(await moderator(ctx, sub))) return;
        if (!(await affordable(ctx))) return;
        const exp = await core.moderation.openExport(await actor(ctx), id, { format });
        // Gold labels and live consensus are the moderator's alone: from a group, the file goes to their private chat.
        const group = isGroupChat(ctx);
        try {
          await ctx.api.sendDocument(group ? from.id : chat.id, new InputFile(() => exportBytes(exp), exportFileName(id, format)), {
            caption: t.t('mod-export-caption', { campaignId: id, count: exp.total, format }),
          });
          if (group) await say(ctx, groupPointer(t, { delivered: true }));
        } catch (e) {
          if (group && e instanceof GrammyError && e.error_code === 403) {
            // No deep link here: a link anyone can tap must never run an export.
            log.info('telegram export not sent: private chat not open', { updateId: ctx.update.update_id, campaignId: id });
            return say(ctx, exportNeedsPrivateChat(t, ctx.me.username, id));
          }
          log.warn('telegram export not sent', { updateId: ctx.update.update_id, campaignId: id, error: e });
          await say(ctx, t.t('mod-export-not-sent-telegram', { campaignId: id }));
        }
      });
    }

    if (sub === 'post' && extra !== undefined) {
      const cards = /^\d{1,3}$/.test(extra) ? Number(extra) : NaN;
      if (id === undefined || !(cards >= 1 && cards <= MAX_OPEN_CARDS) || rest.length > 0) {
        return say(ctx, t.t('mod-post-usage', { max: MAX_OPEN_CARDS }));
      }
      return guard(ctx, 'campaign post', async () => {
        if (!(await moderator(ctx, sub))) return;
        const key = chatKey(chat.id);
        const posted = await core.moderation.postHere(await actor(ctx), id, key);
        await core.posts.setPace(key, cards);
        await say(ctx, t.t('mod-campaign-posted-cards', { campaignId: posted.id, cards }));
        if (isGroupChat(ctx)) await deps.cards.fill(chat.id);
      });
    }
    // Everything else is the command table's; a post or resume then fills this group's cards.
    await answerText(ctx, textDeps);
    if (isGroupChat(ctx) && (sub === 'post' || sub === 'resume') && (await deps.moderators.administersHere(chat, from.id))) await deps.cards.fill(chat.id);
  };

  c.on('message:text', async (ctx, next) => {
    const command = ctx.tnet.command;
    if (command?.name === 'campaign') return campaign(ctx, command);
    if (forAnotherBot(ctx)) return next();
    // Read only where a conversation matters, so other commands cost no database call.
    const conversation = () => conversations.get(ctx.chat.id, ctx.from.id);

    if (command?.name === 'cancel') {
      return guard(ctx, 'cancel', async () => {
        const state = await conversation();
        if (!state) return say(ctx, words(ctx).t('mod-cancel-nothing'));
        await turn(ctx, await wizardCancel(words(ctx), core, state, await actor(ctx)));
      });
    }
    if (!command) {
      const state = await conversation();
      if (!state) return next();
      return guard(ctx, `campaign new: ${state.step}`, async () =>
        turn(ctx, state.step === 'confirm' ? await wizardConfirm(words(ctx), core, state, await actor(ctx), ctx.message.text) : wizardText(words(ctx), state, ctx.message.text)),
      );
    }
    return next();
  });

  c.on('message:document', async (ctx, next) => {
    const state = await conversations.get(ctx.chat.id, ctx.from.id);
    if (!state) return next();
    return guard(ctx, 'campaign new: items', async () => {
      const t = words(ctx);
      if (state.step !== 'items') return say(ctx, t.t('mod-upload-not-yet', { prompt: wizardPrompt(t, state) }), true);
      const doc = ctx.message.document;
      // Refused before any download: the Bot API itself serves bots files up to 20 MB.
      if (doc.file_size !== undefined && doc.file_size > MAX_UPLOAD_BYTES) {
        log.info('telegram upload refused: too large', { updateId: ctx.update.update_id, bytes: doc.file_size });
        return say(ctx, t.t('mod-upload-too-large', { size: megabytes(t, doc.file_size), limit: megabytes(t, MAX_UPLOAD_BYTES) }), true);
      }
      const format = itemFormatOf(doc.file_name, doc.mime_type);
      if (!format) return say(ctx, t.t('mod-upload-format'), true);
      let file: DownloadedFile;
      try {
        file = await deps.download(doc.file_id);
      } catch (e) {
        if (!(e instanceof DownloadRefused)) throw e;
        log.info('telegram upload refused', { updateId: ctx.update.update_id, reason: e.reason });
        return say(ctx, t.t('mod-upload-refused', { reason: downloadRefusedText(t, e.refusal) }), true);
      }
      try {
        const next = await wizardItems(t, core, state, await actor(ctx), createReadStream(file.path), format);
        if (next.state?.step === 'items') log.info('telegram upload refused: bad rows', { updateId: ctx.update.update_id, format });
        await turn(ctx, next);
      } finally {
        await file.remove();
      }
    });
  });
  return c;
}

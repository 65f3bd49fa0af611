import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type BotConfig } from 'grammy';
import type { Core, PostPace } from '../../core';
import type { CampaignWizard } from '../common/campaign-wizard';
import { CommandRouter } from '../common/command-router';
import { apiThrottle, TELEGRAM_LIMITS, type ThrottleRules } from './api-throttle';
import { sharedApiThrottle, type SharedBudget } from './shared-throttle';
import { identify, isGroupChat, type BotContext } from './bot-context';
import { buttonComposer } from './button.composer';
import { chatMigrationComposer } from './chat-migration';
import { campaignComposer } from './campaign.composer';
import { TelegramCardBoard } from './card-board';
import { channelLanguageComposer } from './channel-language.composer';
import { commandComposer } from './command.composer';
import { contributionComposer } from './contribution.composer';
import { ConversationStore } from './conversation-store';
import { downloadTelegramFile } from './file-download';
import { ModeratorCheck } from './moderator-check';
import { TelegramPhotos } from './telegram-photos';

export interface TelegramBotOptions {
  token: string;
  /** Another Bot API server (TELEGRAM_API_ROOT); the public one when absent. */
  apiRoot?: string;
  /** Platform-wide moderators (ADMIN_TELEGRAM_IDS). */
  adminIds: readonly string[];
  pace?: PostPace;
  /** Least time between two rounds of card edits in one chat. */
  editIntervalMs?: number;
  /**
   * Outgoing messages per second over all chats. Telegram's public rule is about 30; a
   * local Bot API server or a raised limit allows more (the bench runs at 1000).
   */
  globalPerSecond?: number;
  /**
   * The per-chat limits the throttle keeps (default Telegram's: TELEGRAM_LIMITS). The
   * end-to-end tests' local Bot API server has none, so they relax them; the throttle's own
   * rules are tested apart (api-throttle.test.ts).
   */
  chatLimits?: Pick<ThrottleRules, 'privateChat' | 'group'>;
  /**
   * The budgets every replica shares (core.sendBudget, on PostgreSQL), else this process's
   * own (apiThrottle). Default: core's when it has them; `false` keeps them in the process.
   */
  sharedBudget?: SharedBudget | false;
  /** Skips getMe at start (tests, benches). */
  botInfo?: BotConfig<BotContext>['botInfo'];
}

export interface TelegramBot {
  bot: Bot<BotContext>;
  cards: TelegramCardBoard;
  /** Who moderates which chat (getChatMember, cached a minute): the web dashboard asks it on every request too. */
  moderators: ModeratorCheck;
}

/**
 * Updates of one chat run in order; different chats run concurrently. A tap on a group
 * card is ordered per member instead, so one busy group is not one queue.
 */
const orderKey = (ctx: BotContext): string | undefined => {
  if (ctx.callbackQuery && isGroupChat(ctx)) return `${ctx.chat!.id}:${ctx.from!.id}`;
  return ctx.chat?.id.toString();
};

/**
 * The Telegram bot over the core services: outgoing calls throttled to Telegram's limits
 * and retried after a 429's flood wait, one Composer per feature, one error catcher.
 */
export function createTelegramBot(core: Core, opts: TelegramBotOptions): TelegramBot {
  const perSecond = opts.globalPerSecond ?? 30;
  const bot = new Bot<BotContext>(opts.token, { client: opts.apiRoot ? { apiRoot: opts.apiRoot } : undefined, botInfo: opts.botInfo });
  const rules: ThrottleRules = { ...TELEGRAM_LIMITS, ...opts.chatLimits, global: { capacity: perSecond, perSecond } };
  // Replicas on one PostgreSQL hold Telegram's limits together; one process holds them in memory.
  const shared = opts.sharedBudget === false ? undefined : (opts.sharedBudget ?? core.sendBudget);
  bot.api.config.use(shared ? sharedApiThrottle(shared, rules, opts.token.split(':')[0]!) : apiThrottle(rules));
  // Installed last, so it runs first: a retried call passes the throttler again.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));

  const router = new CommandRouter(core);
  const photos = new TelegramPhotos(bot.api, core.media, core.logger);
  // A group's cards speak its language (core keys the group as its chat: "telegram:<chat id>").
  const cards = new TelegramCardBoard(bot.api, core, { pace: opts.pace, editIntervalMs: opts.editIntervalMs, chatLanguage: (key) => router.languages.chatLang(key) }, photos);
  const moderators = new ModeratorCheck(bot.api, opts.adminIds, core.logger);

  bot.use(sequentialize(orderKey));
  bot.use(chatMigrationComposer({ communities: core.communities, languages: core.languages, cards, logger: core.logger }));
  // Before identify, which drops channel posts (no member sends them).
  bot.use(channelLanguageComposer({ languages: core.languages, resolver: router.languages }));
  bot.use(identify(router.languages));
  bot.use(buttonComposer({ router, cards, posts: core.posts, logger: core.logger, photos, moderators }));
  // Before the campaign wizard: a reply to a task card is a contribution even mid-conversation.
  bot.use(contributionComposer({ router, cards, core, photos }));
  bot.use(
    campaignComposer({
      core,
      moderators,
      router,
      cards,
      conversations: new ConversationStore<CampaignWizard>(core.conversations),
      download: (fileId) => downloadTelegramFile(bot.api, { token: opts.token, apiRoot: opts.apiRoot, fileId }),
    }),
  );
  bot.use(commandComposer({ router, moderators, logger: core.logger, photos }));
  bot.catch((err) => {
    core.logger.error('telegram update failed', { updateId: err.ctx.update.update_id, error: err.error });
  });
  return { bot, cards, moderators };
}

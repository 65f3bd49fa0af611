import { randomUUID } from 'node:crypto';
import { isDomainError, type CardPress, type Core, type MemberRef } from '../../core';
import { BATCH_LINES, batchReply } from './batch-text';
import { parseButton } from './button-id';
import { campaignCommand } from './campaign-commands';
import { communityCommand } from './community-commands';
import type { ChatContext, ChatReply } from './chat-message';
import { errorText } from './error-text';
import { answer, balance, leaderboard, nextTask, stats, type MemberDeps } from './member-commands';
import { LISTING_COMMANDS, RateLimiter, rateLimitedText } from './rate-limit';
import { isVerifyLine, linkCommand, MAX_VERIFY_LINE, mergeCommand, SIGNATURE_TOO_LONG, unlinkCommand, verifyCommand, walletCommand } from './wallet-commands';

export type CommandDeps = MemberDeps & Pick<Core, 'identities' | 'logger' | 'wallets' | 'merges' | 'batches' | 'moderation' | 'communities'>;

export const HELP = [
  'TNET mining: answer small AI tasks, earn TNET when your answer matches the consensus.',
  "/task [campaign] - get a task to answer (in a group or server: its community's campaigns and the platform's)",
  '/leaderboard - the top miners',
  '/batch <batch id> - a mint batch: its totals, transaction and first payouts',
  '/campaign list - running campaigns',
  '/campaign stats <id> - how a campaign is going',
  'Personal, answered only in private (on Discord, only you see the answer):',
  '/balance - your pending and minted TNET',
  '/stats - your accuracy, and why rewards were withheld',
  '/link [address] - link your wallet on the link page, or by signing a message by hand',
  '/verify <signature> - finish linking with the signature of that message',
  '/wallet - your linked wallet; /unlink - remove it',
  '/merge confirm - join your account on another chat (offered when you verify its wallet)',
  "Moderators: /campaign new, /campaign activate|pause|resume|close|export|post <id>, /community (this community's allowance), /community audit (its audit log)",
  '/help - this list',
].join('\n');

const WELCOME =
  'Welcome to TNET mining!\n' +
  'You get small tasks (label an item, vote, check a model). Many members answer each task; ' +
  'when enough agree, answers that match the consensus earn TNET. Rewards are minted in batches ' +
  'to your linked wallet.\n\n' +
  HELP;

/** Where the speaker is, for what a /task there may serve. */
const here = (ctx: ChatContext) => ({ platform: ctx.user.platform, place: ctx.place });

/** Longest command line accepted; anything longer is refused before parsing. */
const MAX_COMMAND_LENGTH = 500;

/**
 * The command layer every chat adapter shares: text commands and button presses in,
 * platform-neutral replies out. It never throws: a broken rule becomes its message, an
 * unexpected failure a short reply with a correlation id and one full log line.
 */
export class CommandRouter {
  private readonly listings: RateLimiter;

  /** `listings`: each member's /leaderboard and /batch (a ranking over every reward, a manifest), made here when absent. */
  constructor(
    private readonly deps: CommandDeps,
    opts: { listings?: RateLimiter } = {},
  ) {
    this.listings = opts.listings ?? new RateLimiter(LISTING_COMMANDS);
  }

  /** The short reply when the speaker ran listing commands too often; undefined (and counted) when allowed. */
  private limited(ctx: ChatContext): ChatReply | undefined {
    const d = this.listings.take(`${ctx.user.platform}:${ctx.user.platformUserId}`);
    return d.allowed ? undefined : { messages: [{ text: rateLimitedText(d.retryAfterMs) }] };
  }

  async handleText(ctx: ChatContext, input: string): Promise<ChatReply> {
    return this.guard(ctx, input, async () => {
      const line = input.trim();
      // A /verify line is as long as a contract wallet's signature; longer ones go to the link page.
      const limit = isVerifyLine(line) ? MAX_VERIFY_LINE : MAX_COMMAND_LENGTH;
      if (line.length > limit) return { messages: [{ text: limit === MAX_VERIFY_LINE ? SIGNATURE_TOO_LONG : 'That command is too long.' }] };
      const m = /^\/([A-Za-z_]+)(?:@\w+)?(?:\s+(.*))?$/s.exec(line);
      if (!m) return { messages: [{ text: 'Commands start with /. Send /help for the list.' }] };
      const command = m[1]!.toLowerCase();
      const args = (m[2] ?? '').split(/\s+/).filter((a) => a.length > 0);
      const member = await this.member(ctx);
      switch (command) {
        case 'start':
          return { messages: [{ text: WELCOME }] };
        case 'help':
          return { messages: [{ text: HELP }] };
        case 'task': {
          if (args.length > 1 || (args[0] !== undefined && !/^#?\d{1,9}$/.test(args[0])))
            return { messages: [{ text: 'Usage: /task or /task <campaign id>' }] };
          return nextTask(this.deps, member, here(ctx), args[0] === undefined ? undefined : Number(args[0].replace('#', '')));
        }
        case 'balance':
          return balance(this.deps, member);
        case 'leaderboard':
          return this.limited(ctx) ?? leaderboard(this.deps);
        case 'stats':
          return stats(this.deps, member);
        case 'campaign':
          return campaignCommand(this.deps, ctx, args);
        case 'community':
          return communityCommand(this.deps, ctx, args);
        case 'link':
          return linkCommand(this.deps, ctx, member, args);
        case 'verify':
          return verifyCommand(this.deps, ctx, member, args);
        case 'wallet':
          return walletCommand(this.deps, member);
        case 'unlink':
          return unlinkCommand(this.deps, member);
        case 'merge':
          return mergeCommand(this.deps, member, args);
        case 'batch': {
          if (args.length !== 1 || !/^0x[0-9a-fA-F]{64}$/.test(args[0]!)) return { messages: [{ text: 'Usage: /batch <batch id, 0x and 64 hex digits>' }] };
          const limited = this.limited(ctx);
          if (limited) return limited;
          const summary = await this.deps.batches.summary(args[0]!, BATCH_LINES);
          if (!summary) return { messages: [{ text: `There is no mint batch ${args[0]}.` }] };
          // The canonical text only when it is short: a large batch never goes to a chat whole.
          const small = summary.morePayouts === 0 && summary.rows <= BATCH_LINES;
          return batchReply(summary, small ? await this.deps.batches.manifestText(args[0]!) : undefined);
        }
        default:
          return { messages: [{ text: `Unknown command /${command}. Send /help for the list.` }] };
      }
    });
  }

  /**
   * A button press. `pressedOn`: the chat and message the button came from (Telegram's
   * callback message, Discord's channel and message); an answer pressed on a group or
   * channel card is admitted only for an open card of that task in that chat.
   */
  async handleButton(ctx: ChatContext, buttonId: string, pressedOn?: CardPress): Promise<ChatReply> {
    return this.guard(ctx, `button ${buttonId.slice(0, 80)}`, async () => {
      const action = parseButton(buttonId);
      if (!action) return { toast: 'That button is not valid anymore.', messages: [] };
      const member = await this.member(ctx);
      if (action.kind === 'next') return nextTask(this.deps, member, here(ctx), action.campaignId);
      return answer(this.deps, member, action.taskId, action.optionIndex, pressedOn);
    });
  }

  private member(ctx: ChatContext): Promise<MemberRef> {
    return this.deps.identities.resolve(ctx.user);
  }

  private async guard(ctx: ChatContext, what: string, run: () => Promise<ChatReply>): Promise<ChatReply> {
    try {
      return await run();
    } catch (e) {
      if (isDomainError(e)) {
        const t = errorText(e);
        return { toast: t, messages: [{ text: t }] };
      }
      const correlationId = randomUUID().slice(0, 8);
      this.deps.logger.error('command failed', { correlationId, platform: ctx.user.platform, what, error: e });
      return { toast: 'Something went wrong.', messages: [{ text: `Something went wrong on our side (ref ${correlationId}). Please try again.` }] };
    }
  }
}

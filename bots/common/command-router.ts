import type { CardPress, MemberRef } from '../../core';
import { parseButton } from './button-id';
import { parseCommandLine, type CommandLine } from './command-line';
import type { ChatButton, ChatContext, ChatReply } from './chat-message';
import { commandNamed, leastWho, refusalText, UsageError, whoFor, type ChatCommand, type CommandDeps, type Who } from './commands';
import { contribute } from './contribution-commands';
import { errorEdge } from './error-edge';
import { languagePress } from './commands/language.command';
import { LanguageResolver } from './i18n/language-resolver';
import { translator, type Translator } from './i18n/translator';
import { answerSet, sendTicked, toggle } from './label-set-commands';
import { answer, nextTask, staleButton } from './member-commands';
import { appealHow, decideAppeal } from './appeal-commands';
import { actorOf } from './moderator-actor';
import { mayTryModerating } from './moderator-actor';
import { LISTING_COMMANDS, RateLimiter, rateLimitedText } from './rate-limit';
import { MAX_VERIFY_LINE, signatureTooLong } from './wallet-text';

export type { CommandDeps } from './commands';
export { helpText } from './commands/help.command';

/** Where the speaker is, for what a /task there may serve. */
const here = (ctx: ChatContext) => ({ platform: ctx.user.platform, place: ctx.place });

/** Longest command line accepted; anything longer is refused before it runs. */
const MAX_COMMAND_LENGTH = 500;

const say = (text: string): ChatReply => ({ messages: [{ text }] });

/**
 * The command layer every chat adapter shares: text commands and button presses in,
 * platform-neutral replies out. A text line is parsed once into its command's typed input
 * (commands/); Discord hands typed options to `run`. It never throws: a broken rule
 * becomes its message, an unexpected failure a short reply with a correlation id and one
 * full log line (errorEdge).
 */
export class CommandRouter {
  private readonly listings: RateLimiter;
  /** The languages of each update, for the adapters' ChatContext; /language changes reach it at once. */
  readonly languages: LanguageResolver;

  /** `listings`: each member's /leaderboard and /batch (a ranking over every reward, a manifest), made here when absent. */
  constructor(
    private readonly deps: CommandDeps,
    opts: { listings?: RateLimiter } = {},
  ) {
    this.listings = opts.listings ?? new RateLimiter(LISTING_COMMANDS);
    this.languages = new LanguageResolver(deps.languages);
  }

  /** A text line (`/name args`, from the console): parsed once, then run as its command. */
  async handleText(ctx: ChatContext, input: string): Promise<ChatReply> {
    return this.handleLine(ctx, input, parseCommandLine(input));
  }

  /** A text line with its parse (parseCommandLine; Telegram parses each message once for all its handlers), run as its command. */
  async handleLine(ctx: ChatContext, input: string, line: CommandLine | undefined): Promise<ChatReply> {
    const t = translator(ctx.lang);
    return this.guard(ctx, t, input, async () => {
      // A /verify line is as long as a contract wallet's signature; longer ones go to the link page.
      const limit = line?.name === 'verify' && line.args.length > 0 ? MAX_VERIFY_LINE : MAX_COMMAND_LENGTH;
      if (input.trim().length > limit) return say(limit === MAX_VERIFY_LINE ? signatureTooLong(t) : t.t('router-too-long'));
      if (!line) return say(t.t('router-not-command'));
      const member = await this.member(ctx);
      const command = commandNamed(line.name);
      if (!command) return say(t.t('router-unknown', { name: line.name }));
      return this.execute(ctx, member, command, command.parse(line.args));
    });
  }

  /**
   * A command with its typed input (Discord's options), or the usage when an option did not
   * fit: the same rights, limits and error edge as a text line.
   */
  async run<I>(ctx: ChatContext, command: ChatCommand<I>, input: I | UsageError): Promise<ChatReply> {
    return this.guard(ctx, translator(ctx.lang), `/${command.name}`, async () => this.execute(ctx, await this.member(ctx), command, input));
  }

  private async execute<I>(ctx: ChatContext, member: MemberRef, command: ChatCommand<I>, input: I | UsageError): Promise<ChatReply> {
    const t = translator(ctx.lang);
    // A command for moderators only refuses others before its arguments count.
    const gated = leastWho(command) !== 'member';
    if (gated) {
      const refused = await this.refusal(ctx, t, leastWho(command));
      if (refused) return refused;
    }
    if (input instanceof UsageError) return say(input.text(t));
    const refused = await this.refusal(ctx, t, whoFor(command, input), gated);
    if (refused) return refused;
    if (command.limit === 'listing') {
      const limited = this.limited(ctx, t);
      if (limited) return limited;
    }
    return command.run(this.deps, { ctx, member, t }, input);
  }

  /** The reply when the speaker may not run a command for `who`; undefined when they may. `moderatorChecked`: the moderator gate already passed. */
  private async refusal(ctx: ChatContext, t: Translator, who: Who, moderatorChecked = false): Promise<ChatReply | undefined> {
    if (who === 'member') return undefined;
    // The platform is asked (mayTryModerating) only for a moderator command, and once.
    const text = refusalText(t, who, { passesModeratorGate: moderatorChecked || (await mayTryModerating(ctx)), platformAdmin: ctx.moderator?.platformAdmin ?? false });
    return text === undefined ? undefined : say(text);
  }

  /** The short reply when the speaker ran listing commands too often; undefined (and counted) when allowed. */
  private limited(ctx: ChatContext, t: Translator): ChatReply | undefined {
    const d = this.listings.take(`${ctx.user.platform}:${ctx.user.platformUserId}`);
    return d.allowed ? undefined : say(rateLimitedText(t, d.retryAfterMs));
  }

  /**
   * A button press. `pressedOn`: the chat and message the button came from (Telegram's
   * callback message, Discord's channel and message); an answer pressed on a group or
   * channel card is admitted only for an open card of that task in that chat. `shown`: the
   * pressed card's buttons as the member's chat shows them (Telegram sends them with the
   * press), so Done can tell ticks that expired from none.
   */
  async handleButton(ctx: ChatContext, buttonId: string, pressedOn?: CardPress, shown?: readonly (readonly ChatButton[])[]): Promise<ChatReply> {
    // A press is one member's: its toast and any reply are in their language, even on a group's card.
    const t = translator(ctx.memberLang);
    return this.guard(ctx, t, `button ${buttonId.slice(0, 80)}`, async () => {
      const action = parseButton(buttonId);
      if (!action) return staleButton(t);
      const member = await this.member(ctx);
      switch (action.kind) {
        case 'next':
          return nextTask(t, this.deps, member, here(ctx), action.campaignId);
        case 'answer':
          return answer(t, this.deps, member, action.taskId, action.optionIndex, pressedOn);
        case 'toggle':
          return toggle(t, this.deps, member, action.taskId, action.optionIndex);
        case 'done':
          return sendTicked(t, this.deps, member, action.taskId, pressedOn, shown);
        case 'set':
          return answerSet(t, this.deps, member, action.taskId, action.mask, pressedOn);
        case 'language':
          return languagePress(t, this.deps, ctx, member, action.tag);
        case 'appeal':
          return appealHow(t, action.taskId);
        case 'verdict':
          // Who may decide is core's check, on this press (the adapter gave the presser's moderator facts).
          return decideAppeal(t, this.deps, actorOf(ctx, member.memberId), action.appealId, action.decision);
      }
    });
  }

  /**
   * A text for a contribute task: a reply to its card (Telegram), a modal (Discord), the
   * next typed line (console). `card`: the group or channel card it answers, as for a
   * button press; without it, core admits the text only for a task served to the speaker.
   */
  async handleContribution(ctx: ChatContext, taskId: number, text: string, card?: CardPress): Promise<ChatReply> {
    const t = translator(ctx.memberLang);
    return this.guard(ctx, t, `contribution to task ${taskId}`, async () => contribute(t, this.deps, await this.member(ctx), taskId, text, card));
  }

  private member(ctx: ChatContext): Promise<MemberRef> {
    return this.deps.identities.resolve(ctx.user);
  }

  private async guard(ctx: ChatContext, t: Translator, what: string, run: () => Promise<ChatReply>): Promise<ChatReply> {
    try {
      return await run();
    } catch (e) {
      const out = errorEdge(t, e, this.deps.logger, 'command failed', { platform: ctx.user.platform, what });
      return { toast: out.kind === 'rule' ? out.text : t.t('toast-went-wrong'), messages: [{ text: out.text }] };
    }
  }
}

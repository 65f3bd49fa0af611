import type { Core, MemberRef } from '../../../core';
import type { ChatContext, ChatReply } from '../chat-message';
import type { MessageId } from '../i18n/message-ids';
import type { ArgsOf, Translator } from '../i18n/translator';
import type { MemberDeps } from '../member-commands';

/** What the commands use of core. */
export type CommandDeps = MemberDeps &
  Pick<Core, 'identities' | 'logger' | 'wallets' | 'merges' | 'batches' | 'moderation' | 'communities' | 'languages' | 'why' | 'appeals' | 'dashboard'> &
  Partial<Pick<Core, 'baselines' | 'reports'>>;

/**
 * Who may run a command: any member; a moderator (a platform admin, or an administrator of
 * the group or server spoken in; in a private chat anyone goes on to core's per-campaign
 * check); a platform admin only. Core checks every right again.
 */
export type Who = 'member' | 'moderator' | 'platform_admin';

/** Where a command is answered: anywhere, or only in private (its reply is personal). */
export type Where = 'anywhere' | 'private';

/** The speaker: where they spoke, and who they are to core. */
export interface Speaker {
  ctx: ChatContext;
  member: MemberRef;
  /** The words of the reply: the conversation's language (ctx.lang). */
  t: Translator;
}

/** A text line that does not fit the command: the reply says how to use it (a catalog message), nothing runs. */
export class UsageError {
  readonly text: (t: Translator) => string;
  constructor(...message: { [K in MessageId]: [id: K, ...args: ArgsOf<K>] }[MessageId]) {
    const [id, ...args] = message;
    this.text = (t) => (t.t as (id: MessageId, ...a: unknown[]) => string)(id, ...args);
  }
}

/** The subcommand names of a union input (`{ sub: 'list' } | { sub: 'stats', ... }`); any name otherwise. */
type SubOf<I> = I extends { sub: infer S extends string } ? S : string;

/**
 * One chat command: its name, its typed input, who may run it and where, the text parser
 * (for the console and Telegram) and its work. Discord passes typed options straight to
 * `run`; CommandRouter applies `who` and `limit` on every surface.
 */
export interface ChatCommand<I> {
  readonly name: string;
  /** One rule for the command, or one per subcommand (keyed by the input's `sub`). */
  readonly who: Who | Readonly<Record<SubOf<I>, Who>>;
  readonly where: Where;
  /** Counted against the speaker's budget of shared listings (LISTING_COMMANDS) before it runs. */
  readonly limit?: 'listing';
  /** The arguments after `/name`, split at whitespace. */
  parse(args: string[]): I | UsageError;
  run(deps: CommandDeps, speaker: Speaker, input: I): Promise<ChatReply>;
}

/** The rule for this input: the command's, or its subcommand's. */
export function whoFor<I>(command: ChatCommand<I>, input: I): Who {
  const who = command.who;
  return typeof who === 'string' ? who : (who as Readonly<Record<string, Who>>)[(input as { sub: string }).sub]!;
}

/** Every rule of a command: its one, or one per subcommand. */
const rulesOf = <I>(command: ChatCommand<I>): Who[] => (typeof command.who === 'string' ? [command.who] : Object.values(command.who as Readonly<Record<string, Who>>));

/** The strictest rule a command has for any input: a command for moderators only is gated before its arguments are read. */
export function leastWho<I>(command: ChatCommand<I>): Who {
  const order: Who[] = ['member', 'moderator', 'platform_admin'];
  return order[Math.min(...rulesOf(command).map((w) => order.indexOf(w)))]!;
}

/**
 * The rule for `/name <sub> ...` before its arguments are parsed: the subcommand's, else
 * (no subcommand, or one the command lacks) the rule every input of the command needs.
 */
export function whoForSub<I>(command: ChatCommand<I>, sub: string | undefined): Who {
  const who = command.who;
  if (typeof who === 'string') return who;
  return sub !== undefined && Object.hasOwn(who, sub) ? (who as Readonly<Record<string, Who>>)[sub]! : leastWho(command);
}

/**
 * Whether some input of the command is for moderators. An adapter gives the speaker's
 * moderator facts to every input of such a command: a moderator's /campaign list shows
 * their own campaigns.
 */
export const hasModeratorInputs = <I>(command: ChatCommand<I>): boolean => rulesOf(command).some((w) => w !== 'member');

/**
 * Why the speaker may not run a command for `who`, or undefined when they may: a moderator
 * command needs the cheap moderator gate passed (mayTryModerating), a platform admin's also
 * a platform admin.
 */
export function refusalText(t: Translator, who: Who, speaker: { passesModeratorGate: boolean; platformAdmin: boolean }): string | undefined {
  if (who === 'member') return undefined;
  if (!speaker.passesModeratorGate) return t.t('refusal-moderators');
  if (who === 'platform_admin' && !speaker.platformAdmin) return t.t('refusal-admins');
  return undefined;
}

export const say = (text: string): ChatReply => ({ messages: [{ text }] });

/** A positive id as typed in a chat ("12" or "#12", at most `digits` digits); undefined when it is not one. */
export function idOf(text: string | undefined, digits = 9): number | undefined {
  if (text === undefined || !new RegExp(`^#?\\d{1,${digits}}$`).test(text)) return undefined;
  return Number(text.replace(/^#/, ''));
}

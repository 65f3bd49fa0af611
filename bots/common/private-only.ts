import { COMMANDS, commandNamed } from './commands';
import type { MessageId } from './i18n/message-ids';
import type { Translator } from './i18n/translator';

/**
 * Personal commands are answered only in private: their replies carry one-time link page
 * URLs, sign-in messages, wallets and balances, which a group or channel must never see.
 * They are the commands whose `where` is private in the command table. These are the rules
 * every chat adapter follows; the words are the catalog's `private-` messages.
 */
export const PRIVATE_COMMANDS: readonly string[] = COMMANDS.filter((c) => c.where === 'private').map((c) => c.name);

/**
 * What `/start <payload>` may run in private (a deep link that opens the private chat).
 * Anyone can post such a link, so a payload only ever runs a command without arguments
 * that changes nothing of the member's (a new link request at most): never /unlink or
 * /merge confirm. Payloads are names, never secrets or tokens.
 */
export const START_PAYLOADS = ['link', 'verify', 'wallet', 'balance', 'stats', 'why', 'merge'] as const;
export type StartPayload = (typeof START_PAYLOADS)[number];

/** Telegram's rule for a start parameter: 1 to 64 of A-Z a-z 0-9 _ -. */
const START_PARAMETER = /^[A-Za-z0-9_-]{1,64}$/;

export const isPrivateOnly = (command: string): boolean => commandNamed(command)?.where === 'private';

/** The deep link that opens a personal command in private: its own name where that is a payload, else /wallet (unlink). */
const payloadOf = (command: string): StartPayload => (START_PAYLOADS as readonly string[]).includes(command) ? (command as StartPayload) : 'wallet';

/**
 * What a command sent in a group (or channel) gets:
 * - `public`: it is answered where it was sent;
 * - `answer`: it runs, and its reply goes to the member's private chat;
 * - `ask`: it does not run there (it changes something, or carries a signature that
 *   belongs in private); the private chat gets the message `prompt`, which says to send it there.
 * `start` is the deep-link payload for when the bot cannot open the private chat itself.
 */
export type GroupRoute = { kind: 'public' } | { kind: 'answer'; start: StartPayload } | { kind: 'ask'; start: StartPayload; prompt: PrivatePrompt } | { kind: 'listing' };

/** What the private chat gets for an action sent in a group: the catalog message that says to send it there. */
export type PrivatePrompt = Extract<MessageId, 'private-verify-here' | 'private-unlink-in-group' | 'private-merge-in-group'>;

/**
 * Listings only a moderator or platform admin gets (every campaign with its budget, every
 * community, an audit log with moderators' platform ids): from a group they are answered
 * as there (`listing`: this group's view) but in the speaker's private chat, without a deep
 * link (a start payload would run them without the group). Members get theirs in public.
 * /dashboard is one too: its one-time login link is for the moderator's eyes only.
 */
export const isModeratorListing = (command: string, args: readonly string[]): boolean =>
  (command === 'campaign' && args[0] === 'list') || (command === 'community' && (args[0] === 'list' || args[0] === 'audit')) || command === 'appeals' || command === 'dashboard';

/**
 * The route of `/command args` sent in a group or channel; `speaker` is "moderator" for a
 * platform admin or the group's administrator (the adapter asks only for a moderator listing).
 */
export function groupRoute(command: string, args: readonly string[], speaker: 'member' | 'moderator' = 'member'): GroupRoute {
  if (isModeratorListing(command, args)) return speaker === 'moderator' ? { kind: 'listing' } : { kind: 'public' };
  if (!isPrivateOnly(command)) return { kind: 'public' };
  switch (command) {
    case 'verify':
      return args.length === 0 ? { kind: 'answer', start: 'verify' } : { kind: 'ask', start: 'verify', prompt: 'private-verify-here' };
    case 'unlink':
      return { kind: 'ask', start: 'wallet', prompt: 'private-unlink-in-group' };
    case 'merge':
      return args.length === 0 ? { kind: 'answer', start: 'merge' } : { kind: 'ask', start: 'merge', prompt: 'private-merge-in-group' };
    default:
      return { kind: 'answer', start: payloadOf(command) };
  }
}

/** The command a `/start` deep link asks for, or undefined (a plain /start, or a payload that is not ours). */
export function parseStartPayload(args: readonly string[]): StartPayload | undefined {
  if (args.length !== 1 || !START_PARAMETER.test(args[0]!)) return undefined;
  const name = args[0]!.toLowerCase();
  return (START_PAYLOADS as readonly string[]).includes(name) ? (name as StartPayload) : undefined;
}

/**
 * The one line a group sees: that the answer went to private, or (when the bot may not
 * start the chat) the link that opens it.
 */
export function groupPointer(t: Translator, opened: { delivered: true } | { delivered: false; deepLink: string }): string {
  return opened.delivered ? t.t('private-sent') : t.t('private-open-chat', { link: opened.deepLink });
}

/**
 * A moderator's export asked for in a group when the bot may not start their private chat:
 * the file never goes to the group, and the way to open the chat is a plain link (no start
 * payload: a link anyone can tap must never run an export).
 */
export const exportNeedsPrivateChat = (t: Translator, botUsername: string, campaignId: number): string =>
  t.t('private-export-needs-chat', { link: `https://t.me/${botUsername}`, campaignId });

import type { Platform } from '../domain/platform';

/**
 * Who acts, as the chat adapter (or the CLI) knows them: the member, the identity that
 * spoke, whether they are a platform admin, where they spoke, and a way to ask the platform
 * whether they moderate a community's chat or server. Core decides with these facts.
 */
export interface Actor {
  /** The member; null for the operator's CLI. */
  memberId: number | null;
  /** "telegram:<user id>", "discord:<user id>", "console:<name>", "cli": what the audit log shows. */
  identity: string;
  platformAdmin: boolean;
  /** Where it was said: the group or server id, or null in a private chat. */
  here: { platform: Platform; place: string | null };
  /**
   * Whether the speaker administers that place (Telegram chat id, Discord server id) as the
   * platform tells now: chat admins, Manage Server, configured roles. May call the platform.
   */
  moderates(place: string): Promise<boolean>;
}

/** The operator at the CLI: a platform admin. */
export const CLI_ACTOR: Actor = {
  memberId: null,
  identity: 'cli',
  platformAdmin: true,
  here: { platform: 'console', place: null },
  moderates: async () => false,
};

/**
 * The operator over HTTP: whoever holds EXPORT_TOKEN (an operator's secret, never a
 * moderator's), a platform admin for what that token opens.
 */
export const HTTP_ACTOR: Actor = {
  memberId: null,
  identity: 'http',
  platformAdmin: true,
  here: { platform: 'console', place: null },
  moderates: async () => false,
};

import type { Platform } from '../domain/platform';

/**
 * A community-level place: a Telegram chat (group, supergroup, channel) by its chat id, or a
 * Discord server by its guild id. Moderation is decided per place, never per channel.
 */
export interface Place {
  platform: Platform;
  id: string;
}

export interface ModerationFacts {
  /** Configured platform admins (ADMIN_TELEGRAM_IDS / ADMIN_DISCORD_IDS, the console, the CLI). */
  platformAdmin: boolean;
  /** The campaign's community; null for a platform campaign. */
  community: Place | null;
  /** Where the command was said: the group or server, or null in a private chat on `platform`. */
  here: { platform: Platform; place: string | null };
}

/**
 * Who moderates a campaign: platform admins everything, everywhere; a community's moderators
 * only its campaigns, from its own chat or server or in private with the bot, and only once
 * the platform confirms they administer the community's chat ("ask_platform": Telegram's
 * getChatMember, Discord's Manage Server or configured roles). Anyone else: no, and the
 * campaign does not exist for them.
 */
export function mayModerate(f: ModerationFacts): 'yes' | 'no' | 'ask_platform' {
  if (f.platformAdmin) return 'yes';
  if (f.community === null) return 'no';
  if (f.here.platform !== f.community.platform) return 'no';
  if (f.here.place !== null && f.here.place !== f.community.id) return 'no';
  return 'ask_platform';
}

/**
 * Where a campaign's cards may be posted: a community's campaign only in its own chat or
 * server; a platform campaign (posted by platform admins) anywhere.
 */
export function mayPostHere(community: Place | null, here: { platform: Platform; place: string | null }): boolean {
  if (community === null) return true;
  return here.platform === community.platform && here.place === community.id;
}

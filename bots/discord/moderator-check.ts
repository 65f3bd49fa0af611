import { PermissionFlagsBits, type Client, type Interaction } from 'discord.js';
import type { ChatModerator } from '../common/chat-message';

/**
 * Who moderates: the platform-wide ids (ADMIN_DISCORD_IDS) everywhere; in a server,
 * members whose permissions in the channel include Manage Server, and members holding one
 * of the configured moderator roles, for that server's community only. Discord sends the
 * member's permissions and roles with every interaction, so no API call is needed and
 * nothing is cached; in a DM nobody moderates a server (core decides what follows).
 */
export class ModeratorCheck {
  constructor(
    private readonly adminIds: readonly string[],
    private readonly roleIds: readonly string[] = [],
  ) {}

  isPlatformAdmin(interaction: Interaction): boolean {
    return this.adminIds.includes(interaction.user.id);
  }

  /** A platform admin, or a moderator of the server spoken in (the cheap gate of moderator commands). */
  isModerator(interaction: Interaction): boolean {
    return this.isPlatformAdmin(interaction) || this.managesServer(interaction);
  }

  /** The speaker's moderator facts: the server as the place, and whether they manage it. */
  forInteraction(interaction: Interaction): ChatModerator {
    const guildId = interaction.inGuild() ? interaction.guildId : null;
    const manages = this.managesServer(interaction);
    return {
      platformAdmin: this.isPlatformAdmin(interaction),
      place: guildId,
      placeTitle: interaction.guild?.name,
      moderates: async (place) => guildId !== null && place === guildId && manages,
    };
  }

  private managesServer(interaction: Interaction): boolean {
    if (!interaction.inGuild()) return false;
    if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
    const roles = interaction.member.roles;
    const held: readonly string[] = Array.isArray(roles) ? roles : [...roles.cache.keys()];
    return this.roleIds.some((r) => held.includes(r));
  }
}

/**
 * Whether a user moderates a server now, as the web dashboard asks on each request (it has
 * no interaction to read): Manage Server in the server, or one of the moderator roles. Asks
 * Discord through the bot's client (its member cache or a fetch); any failure is "no".
 */
export async function moderatesGuild(client: Client, roleIds: readonly string[], guildId: string, userId: string): Promise<boolean> {
  if (!/^\d{1,20}$/.test(guildId) || !/^\d{1,20}$/.test(userId)) return false;
  try {
    const guild = await client.guilds.fetch(guildId);
    const member = await guild.members.fetch(userId);
    return member.permissions.has(PermissionFlagsBits.ManageGuild) || roleIds.some((r) => member.roles.cache.has(r));
  } catch {
    return false;
  }
}

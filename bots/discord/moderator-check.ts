import { PermissionFlagsBits, type Interaction } from 'discord.js';
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

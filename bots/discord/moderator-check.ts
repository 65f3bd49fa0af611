import { PermissionFlagsBits, type Interaction } from 'discord.js';

/**
 * Who moderates: the platform-wide ids (ADMIN_DISCORD_IDS) everywhere; in a server,
 * members whose permissions in the channel include Manage Server, and members holding one
 * of the configured moderator roles. Discord sends the member's permissions and roles with
 * every interaction, so no API call is needed and nothing is cached.
 */
export class ModeratorCheck {
  constructor(
    private readonly adminIds: readonly string[],
    private readonly roleIds: readonly string[] = [],
  ) {}

  isModerator(interaction: Interaction): boolean {
    if (this.adminIds.includes(interaction.user.id)) return true;
    if (!interaction.inGuild()) return false;
    if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
    const roles = interaction.member.roles;
    const held: readonly string[] = Array.isArray(roles) ? roles : [...roles.cache.keys()];
    return this.roleIds.some((r) => held.includes(r));
  }
}

import { Routes, type REST, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

/**
 * Registers the slash commands (a bulk overwrite, so removed commands disappear): in each
 * of `guildIds` (instant, for development and single-community bots), or globally when
 * there are none (Discord may take up to an hour to show global changes).
 */
export async function registerCommands(
  rest: Pick<REST, 'put'>,
  applicationId: string,
  guildIds: readonly string[],
  definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
): Promise<void> {
  const body = [...definitions];
  if (guildIds.length === 0) {
    await rest.put(Routes.applicationCommands(applicationId), { body });
    return;
  }
  for (const guildId of guildIds) await rest.put(Routes.applicationGuildCommands(applicationId, guildId), { body });
}

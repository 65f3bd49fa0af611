/**
 * The bot side of bench:discord (protocol in bench/bot-process.ts): the core on the
 * bench's engine (embedded PGlite owned by this process, or PostgreSQL with DATABASE_URL),
 * the bench campaign, and the real Discord bot (createDiscordBot + startDiscord, the
 * deployment's defaults) against the server named by DISCORD_API_BASE, DISCORD_TOKEN,
 * DISCORD_APPLICATION_ID and DISCORD_GUILD_IDS, read through loadConfig like `npm start`.
 */
import { createDiscordBot } from '../bots/discord/create-discord-bot';
import { startDiscord } from '../bots/discord/start-discord';
import { serveBotProcess } from './bot-process';

serveBotProcess('bench:discord', ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_API_BASE', 'DISCORD_GUILD_IDS'], async (core) => {
  const c = core.config;
  if (!c.discordToken || !c.discordApplicationId || !c.discordApiBase) throw new Error('DISCORD_TOKEN, DISCORD_APPLICATION_ID and DISCORD_API_BASE must be set');
  const bot = createDiscordBot(core, { apiBase: c.discordApiBase, adminIds: [] });
  return startDiscord(bot, { token: c.discordToken, applicationId: c.discordApplicationId, apiBase: c.discordApiBase, guildIds: c.discordGuildIds, logger: core.logger });
});

import { Events, REST } from 'discord.js';
import type { Logger } from '../../core';
import { SLASH_COMMANDS, slashDefinitions } from './commands';
import type { DiscordBot } from './create-discord-bot';
import { registerCommands } from './register-commands';

export interface StartDiscordOptions {
  token: string;
  applicationId: string;
  /** DISCORD_API_BASE, also for the standalone REST client of the command registration. */
  apiBase?: string;
  /** DISCORD_GUILD_IDS: register per server (instant); globally when empty. */
  guildIds: readonly string[];
  logger: Logger;
}

export interface RunningDiscord {
  /** Stops taking interactions, finishes those in flight and the card edits due, then disconnects. */
  stop(): Promise<void>;
}

/**
 * Registers the slash commands (on shard 0 only, when sharded), logs in, and resolves once
 * the gateway session is ready.
 */
export async function startDiscord(bot: DiscordBot, opts: StartDiscordOptions): Promise<RunningDiscord> {
  const { client, cards, interactions } = bot;
  const log = opts.logger;
  const shards = client.options.shards;
  if (!Array.isArray(shards) || shards.includes(0)) {
    const rest = new REST(opts.apiBase ? { api: opts.apiBase } : {}).setToken(opts.token);
    await registerCommands(rest, opts.applicationId, opts.guildIds, slashDefinitions());
    log.info('discord commands registered', { scope: opts.guildIds.length > 0 ? `${opts.guildIds.length} guild(s)` : 'global', commands: SLASH_COMMANDS.length });
  }
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(opts.token);
  await ready;
  log.info('discord bot ready', { user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.options.shards, shardCount: client.options.shardCount });
  // Only this client's channels: another shard's replica refreshes its own (and knows their servers' language).
  await cards.reconcile((channelId) => client.channels.cache.has(channelId)).catch((e: unknown) => log.warn('discord card reconcile failed', { error: e }));
  return {
    stop: async () => {
      client.removeAllListeners(Events.InteractionCreate);
      await interactions.drain();
      await cards.stop();
      await client.destroy();
    },
  };
}

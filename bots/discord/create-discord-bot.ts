import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { Core, PostPace } from '../../core';
import { DEFAULT_LANGUAGE, type Lang } from '../common/i18n/languages';
import { CommandRouter } from '../common/command-router';
import { EXPENSIVE_COMMANDS, RateLimiter } from '../common/rate-limit';
import { DiscordCardBoard } from './card-board';
import { SLASH_COMMANDS } from './commands';
import { InteractionRest } from './interaction-rest';
import { InteractionRouter } from './interaction-router';
import { ModeratorCheck } from './moderator-check';

export interface DiscordBotOptions {
  /** Another Discord-compatible API (DISCORD_API_BASE, without the version); the public one when absent. */
  apiBase?: string;
  /** Platform-wide moderators (ADMIN_DISCORD_IDS). */
  adminIds: readonly string[];
  /** Roles whose members moderate in their server. */
  moderatorRoleIds?: readonly string[];
  pace?: PostPace;
  /** Least time between two rounds of card edits in one channel. */
  editIntervalMs?: number;
  /**
   * Requests per second the ordinary REST queue allows (channel messages, card edits):
   * discord.js's 50 by default, Discord's global limit for a bot token; a bot Discord grants
   * a larger global limit raises it. Interaction callbacks and webhook calls are not counted
   * (Discord exempts them; see InteractionRest). A 429 global is waited out either way.
   */
  restGlobalPerSecond?: number;
  /** Extra client options (shard ids and count when not run under a ShardingManager). */
  client?: Partial<ClientOptions>;
}

export interface DiscordBot {
  client: Client;
  cards: DiscordCardBoard;
  interactions: InteractionRouter;
}

/**
 * The Discord bot over the core services. Interactions need no privileged intent: Guilds
 * alone brings the servers (GUILD_CREATE) and every slash command and component tap.
 * discord.js's REST queue waits out rate limits (429) on its own; the client's REST is an
 * InteractionRest, so answering members is not held to the bot's global limit.
 */
export function createDiscordBot(core: Core, opts: DiscordBotOptions): DiscordBot {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    ...opts.client,
    rest: {
      ...opts.client?.rest,
      ...(opts.apiBase ? { api: opts.apiBase } : {}),
      ...(opts.restGlobalPerSecond ? { globalRequestsPerSecond: opts.restGlobalPerSecond } : {}),
    },
  });
  useInteractionRest(client);
  const router = new CommandRouter(core);
  const cards = new DiscordCardBoard(client.rest, core, { pace: opts.pace, editIntervalMs: opts.editIntervalMs, chatLanguage: (key) => channelLanguage(client, router, key) });
  const interactions = new InteractionRouter({
    router,
    moderators: new ModeratorCheck(opts.adminIds, opts.moderatorRoleIds),
    cards,
    core,
    expensive: new RateLimiter(EXPENSIVE_COMMANDS),
    commands: SLASH_COMMANDS,
  });
  client.on(Events.InteractionCreate, (i) => interactions.handle(i));
  client.on(Events.Error, (e) => core.logger.error('discord client error', { error: e }));
  client.on(Events.ShardError, (e, shardId) => core.logger.warn('discord shard error', { shardId, error: e }));
  return { client, cards, interactions };
}

/**
 * A channel's cards speak its server's language (/language is kept per server), else the
 * server's preferred locale, else English; a channel the client does not know reads English.
 */
function channelLanguage(client: Client, router: CommandRouter, chatKey: string): Promise<Lang> {
  const channel = client.channels.cache.get(chatKey.slice(chatKey.indexOf(':') + 1));
  const guild = channel && 'guild' in channel ? channel.guild : undefined;
  return guild ? router.languages.chatLang(`discord:${guild.id}`, guild.preferredLocale) : Promise.resolve(DEFAULT_LANGUAGE);
}

/**
 * Replaces the client's REST (before login, which hands it to the gateway, and before
 * anything sends) by an InteractionRest on the same options. The replaced one only had its
 * sweep timers running.
 */
function useInteractionRest(client: Client): void {
  client.rest.clearHashSweeper();
  client.rest.clearHandlerSweeper();
  client.rest = new InteractionRest(client.options.rest ?? {}, () => client.application?.id);
}

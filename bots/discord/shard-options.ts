import type { ClientOptions } from 'discord.js';

/**
 * The shards one process runs, as discord.js's client options: DISCORD_SHARD_COUNT with
 * DISCORD_SHARDS (this replica's part of a fixed count; every replica must name the same
 * count, and together all shards), the count's every shard without DISCORD_SHARDS, or
 * Discord's recommendation (GET /gateway/bot) without a count: one process then runs them
 * all. Discord sends a server's events to shard (server id >> 22) % count, direct messages
 * to shard 0.
 */
export function discordShardOptions(count: number | undefined, shards: readonly number[] | undefined): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (count === undefined) return { shards: 'auto' };
  return { shards: shards ? [...new Set(shards)].sort((a, b) => a - b) : Array.from({ length: count }, (_, i) => i), shardCount: count };
}

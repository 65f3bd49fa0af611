import { createDiscordBot, type DiscordBotOptions } from '../../bots/discord/create-discord-bot';
import { startDiscord, type RunningDiscord } from '../../bots/discord/start-discord';
import type { DiscordServer } from './discord-server';
import type { TestCore } from './test-core';

/** The real discord.js bot over `core`, connected to the local Discord server: what each Discord e2e file starts. */
export async function startTestDiscord(core: TestCore, dc: DiscordServer, opts: Omit<DiscordBotOptions, 'apiBase'>): Promise<RunningDiscord> {
  const bot = createDiscordBot(core, { apiBase: dc.apiBase, ...opts });
  return startDiscord(bot, dc.startOptions(core.logger));
}

/** Stops what a Discord e2e file started, bot first (it may still be sending), each part only if it started. */
export async function stopTestDiscord(running: RunningDiscord | undefined, dc: DiscordServer | undefined, core: TestCore | undefined): Promise<void> {
  await running?.stop();
  await dc?.stop();
  await core?.cleanup();
}

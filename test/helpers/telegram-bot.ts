import { createTelegramBot } from '../../bots/telegram/create-telegram-bot';
import { startTelegram, type RunningTelegram } from '../../bots/telegram/start-telegram';
import type { TelegramEmulator } from './telegram-emulator';
import type { TestCore } from './test-core';

/**
 * The emulator keeps no per-chat limit: a test's member does not wait a second per reply
 * (Telegram's pace for a private chat past a burst of five). The throttle's rules have
 * their own tests.
 */
const LOCAL_CHAT_LIMITS = { privateChat: [{ capacity: 1000, perSecond: 1000 }], group: [{ capacity: 1000, perSecond: 1000 }] };

/** The real grammY bot over `core`, long polling the emulator: what each Telegram e2e file starts. */
export async function startTestBot(core: TestCore, tg: TelegramEmulator, opts: { adminIds: string[]; editIntervalMs?: number }): Promise<RunningTelegram> {
  const bot = createTelegramBot(core, { token: tg.token, apiRoot: tg.apiRoot, chatLimits: LOCAL_CHAT_LIMITS, ...opts });
  return startTelegram(bot, { token: tg.token, logger: core.logger });
}

/** Stops what a Telegram e2e file started, bot first (it may still be sending), each part only if it started. */
export async function stopTestBot(running: RunningTelegram | undefined, tg: TelegramEmulator | undefined, core: TestCore | undefined): Promise<void> {
  await running?.stop();
  await tg?.stop();
  await core?.cleanup();
}

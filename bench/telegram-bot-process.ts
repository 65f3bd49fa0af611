/**
 * The bot side of bench:telegram (protocol in bench/bot-process.ts): the core on the
 * bench's engine (embedded PGlite owned by this process, or PostgreSQL with DATABASE_URL),
 * the bench campaign, and the real Telegram bot polling the Bot API server at
 * TELEGRAM_API_ROOT with TELEGRAM_BOT_TOKEN. Telegram's global limit of about 30 messages a
 * second is raised (--global-per-second, default 1000): the bench measures the bot, not
 * the throttle.
 */
import { createTelegramBot } from '../bots/telegram/create-telegram-bot';
import { startTelegram } from '../bots/telegram/start-telegram';
import { childArg, serveBotProcess } from './bot-process';

serveBotProcess('bench:telegram', ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_API_ROOT'], async (core, env) => {
  const token = env.TELEGRAM_BOT_TOKEN;
  const apiRoot = env.TELEGRAM_API_ROOT;
  if (!token || !apiRoot) throw new Error('TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT must be set');
  const bot = createTelegramBot(core, { token, apiRoot, adminIds: [], globalPerSecond: childArg('global-per-second', 1000) });
  return startTelegram(bot, { token, logger: core.logger });
});

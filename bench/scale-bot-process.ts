/**
 * One bot replica of bench:scale (protocol in bench/bot-process.ts): the core on the
 * bench's PostgreSQL database, the campaign the bench seeded (--campaign), and the real
 * Telegram bot in webhook mode: its own HTTP server on --port, the webhook set to
 * TELEGRAM_WEBHOOK_URL (the bench's one URL in front of every replica). Telegram's global
 * limit is raised as in bench:telegram: the bench measures the bots, not the throttle.
 */
import { createTelegramBot } from '../bots/telegram/create-telegram-bot';
import { startTelegram } from '../bots/telegram/start-telegram';
import { childArg, serveBotProcess } from './bot-process';

serveBotProcess('bench:scale', ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_API_ROOT', 'TELEGRAM_WEBHOOK_URL'], async (core, env) => {
  const { TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: apiRoot, TELEGRAM_WEBHOOK_URL: webhookUrl } = env;
  if (!token || !apiRoot || !webhookUrl) throw new Error('TELEGRAM_BOT_TOKEN, TELEGRAM_API_ROOT and TELEGRAM_WEBHOOK_URL must be set');
  const bot = createTelegramBot(core, { token, apiRoot, adminIds: [], globalPerSecond: childArg('global-per-second', 1000) });
  return startTelegram(bot, { token, logger: core.logger, webhookUrl, port: childArg('port', 0), host: '127.0.0.1' });
});

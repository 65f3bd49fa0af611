import { main } from './launch';

/** `npm start`: the Telegram bot when TELEGRAM_BOT_TOKEN is set, else the console chat; `-- --console` forces the console. */
main(process.argv.slice(2));

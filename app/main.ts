import { main } from './launch';

/** `npm start`: the Telegram and/or Discord bot when their token is set, else the console chat; `-- --console` forces the console. */
main(process.argv.slice(2));

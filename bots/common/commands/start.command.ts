import { say, type ChatCommand } from './command';
import { HELP } from './help.command';

const WELCOME =
  'Welcome to TNET mining!\n' +
  'You get small tasks (label an item, vote, check a model). Many members answer each task; ' +
  'when enough agree, answers that match the consensus earn TNET. Rewards are minted in batches ' +
  'to your linked wallet.\n\n' +
  HELP;

export type StartInput = Record<string, never>;

/** /start: the welcome (a deep link's payload is turned into its command by the adapter before). */
export const startCommand: ChatCommand<StartInput> = {
  name: 'start',
  who: 'member',
  where: 'anywhere',
  parse: () => ({}),
  run: async () => say(WELCOME),
};

import { say, type ChatCommand } from './command';
import { helpText } from './help.command';

export type StartInput = Record<string, never>;

/** /start: the welcome (a deep link's payload is turned into its command by the adapter before). */
export const startCommand: ChatCommand<StartInput> = {
  name: 'start',
  who: 'member',
  where: 'anywhere',
  parse: () => ({}),
  run: async (_deps, { t }) => say(`${t.t('welcome')}\n\n${helpText(t)}`),
};

import type { Translator } from '../i18n/translator';
import { say, type ChatCommand } from './command';

/** What the bot does and its commands, in the reader's language. */
export const helpText = (t: Translator): string => t.t('help-text');

export type HelpInput = Record<string, never>;

/** /help: what the bot does and its commands. */
export const helpCommand: ChatCommand<HelpInput> = {
  name: 'help',
  who: 'member',
  where: 'anywhere',
  parse: () => ({}),
  run: async (_deps, { t }) => say(helpText(t)),
};

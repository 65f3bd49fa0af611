import type { Translator } from '../i18n/translator';
import { say, type ChatCommand } from './command';

/** What the bot does and its commands, in the reader's language. */
export function helpText(t: Translator): string {
  // The appeal, dashboard and daily cap lines come from their own catalog files: the member's
  // among the personal commands, the moderators' after theirs. Every language's moderator line names
  // /campaign new (command names are not translated).
  const lines = t.t('help-text').split('\n');
  const at = lines.findIndex((l) => l.includes('/campaign new'));
  const moderators = [t.t('help-appeals'), t.t('help-dashboard'), t.t('help-community-cap')];
  if (at < 0) return [...lines, t.t('help-appeal'), ...moderators].join('\n');
  return [...lines.slice(0, at), t.t('help-appeal'), lines[at]!, ...moderators, ...lines.slice(at + 1)].join('\n');
}

export type HelpInput = Record<string, never>;

/** /help: what the bot does and its commands. */
export const helpCommand: ChatCommand<HelpInput> = {
  name: 'help',
  who: 'member',
  where: 'anywhere',
  parse: () => ({}),
  run: async (_deps, { t }) => say(helpText(t)),
};

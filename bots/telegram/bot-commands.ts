import type { BotCommand, LanguageCode } from 'grammy/types';
import { DEFAULT_LANGUAGE, languages, type LanguageInfo } from '../common/i18n/languages';
import type { MessageId } from '../common/i18n/message-ids';
import { translator, type Translator } from '../common/i18n/translator';

/**
 * The commands of the menu (setMyCommands), in menu order, each with its description's
 * message, worded like /help of the shared layer. Personal commands
 * (bots/common/private-only.ts) say that their answer comes in private.
 */
export const MENU_COMMANDS = {
  task: 'cmd-task',
  balance: 'cmd-balance',
  stats: 'cmd-stats',
  why: 'cmd-why',
  leaderboard: 'cmd-leaderboard',
  link: 'cmd-link',
  verify: 'cmd-verify',
  wallet: 'cmd-wallet',
  unlink: 'cmd-unlink',
  merge: 'cmd-merge',
  campaign: 'cmd-campaign',
  community: 'cmd-community',
  appeal: 'cmd-appeal',
  appeals: 'cmd-appeals',
  dashboard: 'cmd-dashboard',
  cancel: 'cmd-cancel',
  language: 'cmd-language',
  help: 'cmd-help',
} as const satisfies Record<string, MessageId>;

/** The command menu in one language. */
export const botCommands = (t: Translator): BotCommand[] => Object.entries(MENU_COMMANDS).map(([command, id]) => ({ command, description: t.t(id) }));

/** One setMyCommands call: the menu, and the Telegram language it is for (none: everyone else's). */
export interface CommandMenu {
  languageCode?: LanguageCode;
  commands: BotCommand[];
}

/**
 * The menus to register: English for every client whose language has no menu of its own
 * (no language_code), then one per other language folder, for clients set to its
 * Telegram code (language.json's `telegram`, an ISO 639-1 code: the test checks its form).
 */
export function commandMenus(langs: readonly LanguageInfo[] = languages()): CommandMenu[] {
  const others = langs.filter((l) => l.tag !== DEFAULT_LANGUAGE);
  return [{ commands: botCommands(translator(DEFAULT_LANGUAGE)) }, ...others.map((l) => ({ languageCode: l.telegram as LanguageCode, commands: botCommands(translator(l.tag)) }))];
}

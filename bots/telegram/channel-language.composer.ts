import { Composer } from 'grammy';
import type { LanguageService } from '../../core';
import { parseCommandLine } from '../common/command-line';
import { chatLanguageSet, languageInput, languageList } from '../common/commands/language.command';
import { say, UsageError } from '../common/commands/command';
import type { LanguageResolver } from '../common/i18n/language-resolver';
import { translator } from '../common/i18n/translator';
import { chatKey, type BotContext } from './bot-context';
import { sendReply } from './reply';

export interface ChannelLanguageDeps {
  languages: Pick<LanguageService, 'setChatLanguage'>;
  /** Forgets a chat's cached language when `languages` changes it (its onChange). */
  resolver: Pick<LanguageResolver, 'chatLang'>;
}

/**
 * `/language <language>` or `/language auto` posted in a channel: the channel's language.
 * A channel post has no member behind it (identify drops it), but only a channel's
 * administrators post there, so the post itself is the moderator's word; nobody is stored
 * as the setter. Resolves with the confirmation, in the language it leads to.
 */
export async function setChannelLanguage(deps: ChannelLanguageDeps, key: string, args: string[]): Promise<string> {
  // No menu here: its buttons would come back as presses from a member, not from the channel.
  const input = args.length === 1 ? languageInput(args[0]!) : new UsageError('lang-usage', { list: languageList() });
  if (input instanceof UsageError) return input.text(translator(await deps.resolver.chatLang(key)));
  const lang = input.sub === 'set' ? input.lang : null;
  await deps.languages.setChatLanguage(key, lang, null);
  return chatLanguageSet(lang, await deps.resolver.chatLang(key));
}

/** Answers `/language` in channels; every other channel post stays unanswered, as before. */
export function channelLanguageComposer(deps: ChannelLanguageDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('channel_post:text', async (ctx, next) => {
    const line = parseCommandLine(ctx.channelPost.text);
    const forUs = line?.addressee === undefined || line.addressee.toLowerCase() === ctx.me.username.toLowerCase();
    if (line?.name !== 'language' || !forUs) return next();
    await sendReply(ctx, say(await setChannelLanguage(deps, chatKey(ctx.chat.id), line.args)));
  });
  return composer;
}

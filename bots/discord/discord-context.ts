import type { Interaction } from 'discord.js';
import type { ChatContext } from '../common/chat-message';
import { chooseLanguages, languageChatKey, type LanguageResolver } from '../common/i18n/language-resolver';

/** "discord:<channel id>", the chat id core stores (campaign postings, posted cards). */
export const chatKey = (channelId: string): string => `discord:${channelId}`;

/**
 * Who speaks and where, as the shared layer sees it: the member reaches core as
 * { platform, platformUserId }. `moderator` stays unset until a handler that needs it asks.
 * The languages are what Discord tells (the member's client locale, the server's preferred
 * locale), without what was stored with /language: for a reply that cannot wait for the
 * database (an error line); chatContextWith has the stored ones.
 */
export function chatContextOf(interaction: Interaction): ChatContext {
  const u = interaction.user;
  const isPrivate = !interaction.inGuild();
  const langs = chooseLanguages({ stored: null, client: interaction.locale, chat: { stored: null, preferred: interaction.guildLocale }, isPrivate });
  return {
    user: { platform: 'discord', platformUserId: u.id, displayName: u.globalName ?? u.username },
    chatId: chatKey(interaction.channelId ?? `dm-${u.id}`),
    isPrivate,
    place: interaction.guildId ?? null,
    ...replyLanguages(langs),
    auto: langs,
  };
}

/**
 * Discord answers every interaction ephemerally, to the one member: replies speak their
 * language, and the server's own (its cards', the /language menu's) rides along as placeLang.
 */
const replyLanguages = (langs: Pick<ChatContext, 'lang' | 'memberLang'>): Pick<ChatContext, 'lang' | 'memberLang' | 'placeLang'> => ({
  lang: langs.memberLang,
  memberLang: langs.memberLang,
  placeLang: langs.lang,
});

/** chatContextOf with the languages stored with /language: the member's, and the server's (its moderators'). */
export async function chatContextWith(interaction: Interaction, languages: LanguageResolver): Promise<ChatContext> {
  const ctx = chatContextOf(interaction);
  const langs = await languages.resolve({ user: ctx.user, isPrivate: ctx.isPrivate, chatKey: languageChatKey(ctx), client: interaction.locale, preferred: interaction.guildLocale });
  return { ...ctx, ...replyLanguages(langs) };
}

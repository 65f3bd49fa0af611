import type { Interaction } from 'discord.js';
import type { ChatContext } from '../common/chat-message';
import { DEFAULT_LANGUAGE } from '../common/i18n/languages';

/** "discord:<channel id>", the chat id core stores (campaign postings, posted cards). */
export const chatKey = (channelId: string): string => `discord:${channelId}`;

/**
 * Who speaks and where, as the shared layer sees it: the member reaches core as
 * { platform, platformUserId }. `moderator` stays unset until a handler that needs it asks.
 */
export function chatContextOf(interaction: Interaction): ChatContext {
  const u = interaction.user;
  return {
    user: { platform: 'discord', platformUserId: u.id, displayName: u.globalName ?? u.username },
    chatId: chatKey(interaction.channelId ?? `dm-${u.id}`),
    isPrivate: !interaction.inGuild(),
    place: interaction.guildId ?? null,
    lang: DEFAULT_LANGUAGE,
    memberLang: DEFAULT_LANGUAGE,
  };
}

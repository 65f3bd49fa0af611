import { Routes, type REST } from 'discord.js';
import type { Core } from '../../core';
import { CardBoard as CommonCardBoard, type CardBoardDeps, type CardBoardOptions, type CardSurface } from '../common/card-board';
import { groupCardMessage } from '../common/card-message';
import { withUpload } from './card-upload';
import { chatKey } from './discord-context';
import { messageBody, renderMessages, type DiscordMessage } from './render-message';

export type { CardBoardDeps, CardBoardOptions };

/** Posting and editing channel messages: the bot's REST client (its queue handles 429s). */
export type ChannelRest = Pick<REST, 'post' | 'patch'>;

type BoardDeps = CardBoardDeps & Pick<Core, 'media'>;

/**
 * Discord's side of the cards: channels and messages by snowflake, each card one embed with
 * buttons and its picture. An edit sends no `attachments` field, which keeps the uploaded
 * file, and the embed names it again as attachment://<ref> so it stays inside the embed.
 */
const discordSurface = (rest: ChannelRest, deps: BoardDeps): CardSurface<string, string, DiscordMessage> => ({
  platform: 'discord',
  chatPrefix: chatKey(''),
  chatKey,
  chatOf: (suffix) => suffix,
  messageOf: (card) => card.messageRef!,
  render: (card, t) => {
    // The buttons (and picture) ride on the last embed; a card longer than one posts its first pages before it.
    const pages = renderMessages(t, [groupCardMessage(t, card)]);
    const message = pages[pages.length - 1]!;
    return { message, shown: JSON.stringify(message), ...(pages.length > 1 ? { lead: pages.slice(0, -1) } : {}) };
  },
  send: async (channelId, message) => {
    const { body, files } = await withUpload(message, deps.media, deps.logger);
    return ((await rest.post(Routes.channelMessages(channelId), { body, files })) as { id: string }).id;
  },
  edit: async (channelId, messageId, message) => {
    await rest.patch(Routes.channelMessage(channelId, messageId), { body: messageBody(message) });
  },
});

/**
 * The task cards of server channels (bots/common/card-board.ts). discord.js's REST queue
 * waits out a 429; the board's edit rounds let the taps of a second collapse into one edit
 * per card (Discord allows about five edits per five seconds per channel).
 */
export class DiscordCardBoard extends CommonCardBoard<string, string, DiscordMessage> {
  constructor(rest: ChannelRest, deps: BoardDeps, opts: CardBoardOptions = {}) {
    super(discordSurface(rest, deps), deps, opts);
  }
}

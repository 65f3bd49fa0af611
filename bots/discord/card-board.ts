import { Routes, type REST } from 'discord.js';
import { CardBoard as CommonCardBoard, type CardBoardDeps, type CardBoardOptions, type CardSurface } from '../common/card-board';
import { groupCardMessage } from '../common/card-message';
import { chatKey } from './discord-context';
import { renderMessages, type DiscordMessage } from './render-message';

export type { CardBoardDeps, CardBoardOptions };

/** Posting and editing channel messages: the bot's REST client (its queue handles 429s). */
export type ChannelRest = Pick<REST, 'post' | 'patch'>;

/** Discord's side of the cards: channels and messages by snowflake, each card one embed with buttons. */
const discordSurface = (rest: ChannelRest): CardSurface<string, string, DiscordMessage> => ({
  platform: 'discord',
  chatPrefix: chatKey(''),
  chatKey,
  chatOf: (suffix) => suffix,
  messageOf: (card) => card.messageRef!,
  render: (card) => {
    // A card is one embed: its text fits Discord's 4096 characters (items are short), so one page.
    const [message] = renderMessages([groupCardMessage(card)]);
    return { message: message!, shown: JSON.stringify(message) };
  },
  send: async (channelId, message) => ((await rest.post(Routes.channelMessages(channelId), { body: message })) as { id: string }).id,
  edit: async (channelId, messageId, message) => {
    await rest.patch(Routes.channelMessage(channelId, messageId), { body: message });
  },
});

/**
 * The task cards of server channels (bots/common/card-board.ts). discord.js's REST queue
 * waits out a 429; the board's edit rounds let the taps of a second collapse into one edit
 * per card (Discord allows about five edits per five seconds per channel).
 */
export class DiscordCardBoard extends CommonCardBoard<string, string, DiscordMessage> {
  constructor(rest: ChannelRest, deps: CardBoardDeps, opts: CardBoardOptions = {}) {
    super(discordSurface(rest), deps, opts);
  }
}

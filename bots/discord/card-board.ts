import { Routes, type RawFile, type REST } from 'discord.js';
import type { Core } from '../../core';
import { CardBoard as CommonCardBoard, type CardBoardDeps, type CardBoardOptions, type CardSurface } from '../common/card-board';
import { groupCardMessage } from '../common/card-message';
import { chatKey } from './discord-context';
import { messageBody, renderMessages, type DiscordMessage } from './render-message';

export type { CardBoardDeps, CardBoardOptions };

/** Posting and editing channel messages: the bot's REST client (its queue handles 429s). */
export type ChannelRest = Pick<REST, 'post' | 'patch'>;

type BoardDeps = CardBoardDeps & Pick<Core, 'media'>;

/**
 * A card's stored picture as multipart parts; none (and the embed without its image, logged)
 * when the store lost the file, so the card still goes out.
 */
async function withFiles(m: DiscordMessage, deps: BoardDeps): Promise<{ body: Omit<DiscordMessage, 'files'>; files?: RawFile[] }> {
  if (!m.files) return { body: messageBody(m) };
  try {
    return { body: messageBody(m), files: await Promise.all(m.files.map(async (f) => ({ name: f.name, data: await deps.media.readImage(f.name) }))) };
  } catch (e) {
    deps.logger.warn('card picture missing from the media store; the card goes without it', { refs: m.files.map((f) => f.name), error: e });
    return { body: { ...messageBody(m), embeds: m.embeds.map(({ image: _image, ...e }) => e) } };
  }
}

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
  render: (card) => {
    // A card is one embed: its text fits Discord's 4096 characters (items are short), so one page.
    const [message] = renderMessages([groupCardMessage(card)], deps.media);
    return { message: message!, shown: JSON.stringify(message) };
  },
  send: async (channelId, message) => ((await rest.post(Routes.channelMessages(channelId), await withFiles(message, deps))) as { id: string }).id,
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

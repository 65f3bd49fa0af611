import type { TaskCard } from '../../core';
import { itemProblem, MAX_MODEL_NAME, MAX_PAIR_TEXT, PAIRWISE_OPTIONS } from '../../core/campaigns/kind-rules';
import { languageTags, type Lang } from '../../bots/common/i18n/languages';
import { translator } from '../../bots/common/i18n/translator';
import { groupCardMessage } from '../../bots/common/card-message';
import { longCard } from './long-card';
import { renderMessages as telegramMessages } from '../../bots/telegram/render-message';
import { renderMessages as discordMessages } from '../../bots/discord/render-message';

/**
 * The longest pairwise item the kind rules let in, under the longest name and question a
 * campaign may have, in every language: a card too long for one message keeps all its
 * buttons on its last page, which the card boards post as the card after the others.
 */

/** The longest valid pairwise card, its words all of `c`: the most characters of the prompt and outputs, the longest name (120) and question (1,000). */
function longestPair(c: string): TaskCard {
  const prompt = MAX_PAIR_TEXT - 2000;
  const payload = { prompt: c.repeat(prompt), a: c.repeat(1000), b: `${c.repeat(999)}.`, model_a: 'm'.repeat(MAX_MODEL_NAME), model_b: 'n'.repeat(MAX_MODEL_NAME) };
  return longCard({ campaignName: c.repeat(120), kind: 'pairwise', question: c.repeat(1000), options: [...PAIRWISE_OPTIONS], payload });
}

/** A card of several pages carries every button on its last page (the card boards post the others first: card-board.ts `lead`). */
function expectButtonsLast(lang: Lang, c: string): void {
  const t = translator(lang);
  const card = longestPair(c);
  expect(itemProblem('pairwise', card.payload)).toBeUndefined();
  const message = groupCardMessage(t, card);

  const telegram = telegramMessages([message]);
  expect(telegram.map((p) => p.replyMarkup?.inline_keyboard.flat().length ?? 0)).toEqual([...telegram.slice(1).map(() => 0), PAIRWISE_OPTIONS.length]);
  for (const p of telegram) expect(p.html.length).toBeLessThanOrEqual(4096 * 5);

  const discord = discordMessages(t, [message]);
  expect(discord.map((m) => m.components.flatMap((row) => row.components).length)).toEqual([...discord.slice(1).map(() => 0), PAIRWISE_OPTIONS.length]);
}

/** Cards over one message: Vietnamese's card words are the longest; an emoji is two UTF-16 units; Telegram's pages count `&` as `&amp;`, Discord's `*` as `\*`. */
const OVER: readonly (readonly [string, string])[] = [
  ['vi', 'Ж'],
  ['en', '&'],
  ['en', '😀'],
  ['en', '*'],
];

describe('the longest valid pairwise item on a group card', () => {
  const cases: (readonly [string, string])[] = [...languageTags().map((lang) => [lang, 'Ж'] as const), ...OVER.filter(([, c]) => c !== 'Ж')];
  for (const [lang, c] of cases) {
    it(`keeps its buttons on its last page in ${lang}, written in ${JSON.stringify(c)}`, () => expectButtonsLast(lang as Lang, c));
  }
});

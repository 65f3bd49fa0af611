import type { TaskCard } from '../../core';
import { itemProblem, MAX_MODEL_NAME, MAX_PAIR_TEXT, PAIRWISE_OPTIONS } from '../../core/campaigns/kind-rules';
import { languageTags, type Lang } from '../../bots/common/i18n/languages';
import { translator } from '../../bots/common/i18n/translator';
import { groupCardMessage } from '../../bots/common/card-message';
import { renderMessages as telegramMessages } from '../../bots/telegram/render-message';
import { renderMessages as discordMessages } from '../../bots/discord/render-message';

/**
 * The longest pairwise item the kind rules let in, under the longest name and question a
 * campaign may have, stays one group card with its buttons (kind-rules.ts MAX_PAIR_TEXT):
 * the card boards post one message per card, so a second page would leave the first one
 * without buttons.
 */

/** The longest valid pairwise card, its words all of `c`: the most characters of the prompt and outputs, the longest name (120) and question (1,000). */
function longestPair(c: string): TaskCard {
  const prompt = MAX_PAIR_TEXT - 2000;
  const payload = { prompt: c.repeat(prompt), a: c.repeat(1000), b: `${c.repeat(999)}.`, model_a: 'm'.repeat(MAX_MODEL_NAME), model_b: 'n'.repeat(MAX_MODEL_NAME) };
  return {
    taskId: 987654321,
    campaignId: 123456789,
    campaignName: c.repeat(120),
    kind: 'pairwise',
    question: c.repeat(1000),
    options: [...PAIRWISE_OPTIONS],
    payload,
    answerCount: 99,
    answersPerTask: 100,
    status: 'open',
    consensusLabel: null,
    reward: 123456789123456789123456789n,
    swapped: false,
    translations: {},
  } as TaskCard;
}

function expectOneCard(lang: Lang, c: string): void {
  const t = translator(lang);
  const card = longestPair(c);
  expect(itemProblem('pairwise', card.payload)).toBeUndefined();
  const message = groupCardMessage(t, card);

  const telegram = telegramMessages([message]);
  expect(telegram).toHaveLength(1);
  // A card with a picture is the photo and, when the caption cannot hold it, the whole card as text: one page of it.
  const pages = telegram[0]!.photo && !telegram[0]!.photo.whole ? telegram[0]!.photo.text : telegram;
  expect(pages).toHaveLength(1);
  expect(pages[0]!.replyMarkup?.inline_keyboard.flat()).toHaveLength(PAIRWISE_OPTIONS.length);

  const discord = discordMessages(t, [message]);
  expect(discord).toHaveLength(1);
  expect(discord[0]!.components.flatMap((row) => row.components)).toHaveLength(PAIRWISE_OPTIONS.length);
}

/**
 * Cards over one message today, left to a decision on the limits: Vietnamese's card words
 * are the longest (one character over Telegram's page); an emoji is two UTF-16 units on both
 * platforms; Telegram's pages count `&` as its escape `&amp;`; Discord's count `*` as `\*`.
 * Each turns into a plain `it` once its card fits.
 */
const OVER: readonly (readonly [string, string])[] = [
  ['vi', 'Ж'],
  ['en', '&'],
  ['en', '😀'],
  ['en', '*'],
];
const over = (lang: string, c: string): boolean => OVER.some(([l, ch]) => l === lang && ch === c);

describe('the longest valid pairwise item on a group card', () => {
  const cases: (readonly [string, string])[] = [...languageTags().map((lang) => [lang, 'Ж'] as const), ...OVER.filter(([, c]) => c !== 'Ж')];
  for (const [lang, c] of cases) {
    (over(lang, c) ? it.failing : it)(`stays one message with its buttons in ${lang}, written in ${JSON.stringify(c)}`, () => expectOneCard(lang as Lang, c));
  }
});

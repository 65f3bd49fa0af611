import type { TaskCard } from '../../core';
import { readCatalog } from '../../bots/common/i18n/catalog-syntax';
import { DEFAULT_LANGUAGE, languageTags, type Lang } from '../../bots/common/i18n/languages';
import { translator, type Arg } from '../../bots/common/i18n/translator';
import type { MessageId } from '../../bots/common/i18n/message-ids';
import { boardTaskMessage, taskMessage } from '../../bots/common/member-commands';
import { groupCardMessage } from '../../bots/common/card-message';
import { longCard } from './long-card';
import { renderMessages as telegramMessages } from '../../bots/telegram/render-message';
import { renderMessages as discordMessages, MAX_BUTTON_LABEL, MAX_CONTENT_LENGTH, MAX_SELECT_LABEL } from '../../bots/discord/render-message';

/**
 * Every text within each platform's limits in every language (issue 17, item 5): each
 * message rendered with long sample values, and the longest cards through the real
 * Telegram and Discord renderers. The CJK and Cyrillic catalogs are checked like the rest.
 */

const ids = readCatalog(DEFAULT_LANGUAGE).entries;
const langs = languageTags();

/** A long value for a variable by its name: identifiers and counts as large numbers, amounts as long decimals, anything else 40 wide letters. */
function sample(name: string, lang: Lang): Arg {
  if (name === 'id' || name.endsWith('Id')) return 123456789;
  if (/count|total|rank|seconds|minutes|row|min|max|answers|scored|accepted|withheld|awaiting|correct|target/i.test(name)) return 1234567;
  if (/amount|reward|available|pending|minted|earned|budget|gross|spent|left/i.test(name)) return translator(lang).tnet(123456789123456789123456789n);
  return 'Щ'.repeat(40);
}

const rendered = (lang: Lang, id: string, variables: string[]): string =>
  (translator(lang).t as (id: MessageId, args?: Record<string, Arg>) => string)(id as MessageId, Object.fromEntries(variables.map((v) => [v, sample(v, lang)])));

/** The limit of a message by its id's role (bots/common/locales: btn-, toast-, modal-title-, choice-, cmd-, Discord command words). */
function limitOf(id: string): { max: number; min?: number; pattern?: RegExp } {
  if (/^(dcmd|dsub|dopt)-.*-name$/.test(id)) return { max: 32, min: 1, pattern: /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u };
  if (/^(dcmd|dsub|dopt)-.*-desc$/.test(id) || id.startsWith('choice-')) return { max: 100, min: 1 };
  if (id.startsWith('btn-')) return { max: MAX_BUTTON_LABEL };
  if (id.startsWith('toast-')) return { max: 200 };
  if (id.startsWith('modal-title-')) return { max: 45 };
  if (id.startsWith('cmd-')) return { max: 256, min: 3 };
  // Discord's select placeholders, and a modal field's label and description.
  if (/^discord-.*-placeholder$/.test(id)) return { max: 150 };
  if (id === 'discord-verify-label') return { max: 45 };
  if (id.endsWith('-label-desc')) return { max: 100 };
  return { max: 4096 };
}

describe.each(langs)('%s stays within the platforms\' limits', (lang) => {
  it('in every message, with long values', () => {
    const over = ids.flatMap(({ id, variables }) => {
      const text = rendered(lang, id, variables);
      const { max, min, pattern } = limitOf(id);
      // A button, toast, title or command word has no variables, or short ones: its own words must fit.
      const n = [...text].length;
      const bad = n > max || (min !== undefined && n < min) || (pattern !== undefined && (!pattern.test(text) || text !== text.toLowerCase()));
      return bad ? [`${id} (${n} > ${max}): ${text.slice(0, 60)}`] : [];
    });
    expect(over).toEqual([]);
  });

  const t = translator(lang);
  const long = (n: number, c = 'Ж') => c.repeat(n);
  const card = longCard;
  const cards: [string, TaskCard][] = [
    ['a label card with 25 long options', card({})],
    ['a multi-label card', card({ kind: 'multilabel', options: Array.from({ length: 20 }, (_, i) => ({ id: `l${i}`, label: long(80, 'Ы') })) })],
    ['a pairwise card', card({ kind: 'pairwise', options: [{ id: 'a', label: 'a' }, { id: 'b', label: 'b' }, { id: 'tie', label: 'Tie' }, { id: 'both_bad', label: 'Both bad' }], payload: { prompt: long(1500), a: long(1500), b: long(1500) } })],
    ['a contribute card with a picture', card({ kind: 'contribute', options: [], payload: { prompt: long(900) }, image: { kind: 'url', url: 'https://example.org/p.png' }, contribute: { prompt: long(900), minLength: 1000, maxLength: 4000 } })],
    ['a final card', card({ status: 'final', consensusLabel: 'o3' })],
  ];

  it.each(cards)('renders %s within Telegram\'s limits', (_, c) => {
    for (const m of [taskMessage(t, c), boardTaskMessage(t, c), groupCardMessage(t, c)]) {
      for (const out of telegramMessages([m])) {
        const pages = out.photo ? [out, ...out.photo.text] : [out];
        if (out.photo) expect(out.html.replace(/<[^>]+>/g, '').length).toBeLessThanOrEqual(1024);
        for (const p of pages) {
          expect(p.html.replace(/<[^>]+>/g, '').replace(/&(lt|gt|amp|quot);/g, 'x').length).toBeLessThanOrEqual(4096);
          for (const b of p.replyMarkup?.inline_keyboard.flat() ?? []) {
            if ('callback_data' in b) expect(Buffer.byteLength(b.callback_data!, 'utf8')).toBeLessThanOrEqual(64);
          }
        }
      }
    }
  });

  it.each(cards)('renders %s within Discord\'s limits', (_, c) => {
    for (const m of [taskMessage(t, c), boardTaskMessage(t, c), groupCardMessage(t, c)]) {
      for (const out of discordMessages(t, [m])) {
        expect(out.content.length).toBeLessThanOrEqual(MAX_CONTENT_LENGTH);
        for (const row of out.components) {
          for (const comp of row.components as { label?: string; placeholder?: string; options?: { label: string }[] }[]) {
            if (comp.label !== undefined) expect(comp.label.length).toBeLessThanOrEqual(MAX_BUTTON_LABEL);
            if (comp.placeholder !== undefined) expect(comp.placeholder.length).toBeLessThanOrEqual(150);
            for (const o of comp.options ?? []) expect(o.label.length).toBeLessThanOrEqual(MAX_SELECT_LABEL);
          }
        }
      }
    }
  });
});

import { answerButton, nextButton } from '../common/button-id';
import { labelRows } from '../common/card-options';
import { english } from '../common/i18n/translator';
import type { ChatMessage } from '../common/chat-message';
import {
  discordButton,
  MAX_CONTENT_LENGTH,
  MAX_EMBED_DESCRIPTION,
  components,
  escapeText,
  messageBody,
  parseSelect,
  renderMessages,
  selectedButton,
  selectId,
  splitText,
} from './render-message';

const t = english();

const card = (options: string[], taskId = 7): ChatMessage => {
  const rows: ChatMessage['buttons'] = [];
  options.forEach((label, i) => {
    if (i % 5 === 0) rows.push([]);
    rows[rows.length - 1]!.push({ id: answerButton(taskId, i), label });
  });
  return { text: `Campaign #1 · Pets · task ${taskId}\nCat or dog?\n\nitem`, buttons: rows };
};

describe('discord rendering', () => {
  it('renders a task card as an embed with one row of buttons', () => {
    const [m] = renderMessages(t, [card(['cat', 'dog', 'bird'])]);
    expect(m!.content).toBe('');
    expect(m!.embeds).toEqual([{ color: expect.any(Number), title: 'Campaign #1 · Pets · task 7', description: 'Cat or dog?\n\nitem' }]);
    expect(m!.components).toEqual([
      {
        type: 1,
        components: ['cat', 'dog', 'bird'].map((label, i) => ({ type: 2, style: 1, custom_id: `a:7:${i}`, label })),
      },
    ]);
  });

  it('turns more than five options into one select menu whose values are the answer ids', () => {
    const options = Array.from({ length: 25 }, (_, i) => `option ${i}`);
    const rows = components(t, card(options).buttons);
    expect(rows).toHaveLength(1);
    const select = rows[0]!.components[0] as { type: number; custom_id: string; options: { label: string; value: string }[] };
    expect(select.type).toBe(3);
    expect(select.custom_id).toBe(selectId(7));
    expect(select.options.map((o) => o.value)).toEqual(options.map((_, i) => answerButton(7, i)));
  });

  it('keeps five options as buttons, and "Next task" as a grey button', () => {
    expect(components(t, card(['a', 'b', 'c', 'd', 'e']).buttons)[0]!.components.map((c) => c.type)).toEqual([2, 2, 2, 2, 2]);
    expect(components(t, [[{ id: nextButton(3), label: 'Next task' }]])).toEqual([{ type: 1, components: [{ type: 2, style: 2, custom_id: 'n:3', label: 'Next task' }] }]);
  });

  it('refuses a custom_id over 100 characters (a bug, never user input)', () => {
    expect(() => components(t, [[{ id: 'x'.repeat(101), label: 'long' }]])).toThrow(/100 characters/);
  });

  it('cuts a label over 80 characters', () => {
    const [b] = components(t, [[{ id: 'n:1', label: 'y'.repeat(200) }]])[0]!.components as { label: string }[];
    expect(b!.label).toHaveLength(80);
    expect(b!.label.endsWith('…')).toBe(true);
  });

  it('accepts a select choice only for the menu\'s own task', () => {
    expect(selectedButton('s:7', ['a:7:3'])).toBe('a:7:3');
    expect(selectedButton('s:7', ['a:8:3'])).toBeUndefined();
    expect(selectedButton('s:7', ['a:7:3', 'a:7:4'])).toBeUndefined();
    expect(selectedButton('s:x', ['a:7:3'])).toBeUndefined();
    expect(parseSelect('s:0')).toBeUndefined();
    expect(parseSelect('s:2147483648')).toBeUndefined();
  });

  it('escapes markdown in user text', () => {
    expect(escapeText('a *fluffy* _cat_ `x`')).toBe('a \\*fluffy\\* \\_cat\\_ \\`x\\`');
    const [m] = renderMessages(t, [{ text: '# not a heading' }]);
    expect(m!.content).toBe('\\# not a heading');
  });

  it('paginates a long plain text into messages of at most 2000 characters, at line breaks', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `${i + 1}. member ${i + 1}: 12.5 TNET (3 accepted)`);
    const out = renderMessages(t, [{ text: lines.join('\n') }]);
    expect(out.length).toBeGreaterThan(1);
    for (const m of out) expect(m.content.length).toBeLessThanOrEqual(MAX_CONTENT_LENGTH);
    // A leading "1." would start a numbered list: escaped, so Discord shows it as typed.
    expect(out.map((m) => m.content).join('\n')).toBe(lines.map((l) => l.replace(/^(\d+)\./, '$1\\.')).join('\n'));
  });

  it('paginates a long card description, the buttons under the last page', () => {
    const long = { text: `Title\n${'word '.repeat(2000)}`, buttons: [[{ id: nextButton(1), label: 'Next task' }]] };
    const out = renderMessages(t, [long]);
    expect(out.length).toBe(3);
    for (const m of out) expect(m.embeds[0]!.description!.length).toBeLessThanOrEqual(MAX_EMBED_DESCRIPTION);
    expect(out.map((m) => m.components.length)).toEqual([0, 0, 1]);
    expect(out[0]!.embeds[0]!.title).toBe('Title');
  });

  it('splits one overlong line without losing characters', () => {
    const pieces = splitText('z'.repeat(4500), 2000);
    expect(pieces.map((p) => p.length)).toEqual([2000, 2000, 500]);
  });

  it('never cuts an emoji in half, and cuts escaped text where its escaped form fits', () => {
    const emoji = '😀'.repeat(3000);
    const pieces = splitText(emoji, 2000);
    expect(pieces.join('')).toBe(emoji);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(2000);
    const stars = splitText('*'.repeat(3000), 2000, escapeText);
    for (const p of stars) expect(p.length).toBeLessThanOrEqual(2000);
    expect(stars.join('').replace(/\\/g, '')).toBe('*'.repeat(3000));
  });

  it("shows a card's picture as its embed image: a URL as it is, a stored one as the file uploaded with it", () => {
    const url = { kind: 'url' as const, url: 'https://images.example.com/cat.jpg' };
    const [byUrl] = renderMessages(t, [{ ...card(['cat', 'dog']), image: url }]);
    expect(byUrl!.embeds[0]!.image).toEqual({ url: url.url });
    expect(byUrl!.upload).toBeUndefined();
    const ref = `${'b'.repeat(64)}.png`;
    const [stored] = renderMessages(t, [{ ...card(['cat', 'dog']), image: { kind: 'stored', ref } }]);
    expect(stored!.embeds[0]!.image).toEqual({ url: `attachment://${ref}` });
    expect(stored!.upload).toBe(ref);
    // The REST body carries no upload field: the file goes beside it.
    expect(Object.keys(messageBody(stored!)).sort()).toEqual(['components', 'content', 'embeds']);
  });
});

describe('a discord multi-label card', () => {
  const labels = ['Cat', 'Dog', 'Bird', 'Fish', 'Horse', 'Cow'];
  const message: ChatMessage = {
    text: `Campaign #1 · Tags · task 7\nWhich animals?\n\nitem\n\n${t.t('card-multilabel-hint')}\n1 TNET per accepted answer`,
    buttons: labelRows(t, 7, labels.map((l) => ({ id: l.toLowerCase(), label: l }))),
  };

  it('is one menu of many values and a None apply button, and says so', () => {
    const [m] = renderMessages(t, [message]);
    expect(m!.components).toEqual([
      {
        type: 1,
        components: [
          {
            type: 3,
            custom_id: 'm:7',
            placeholder: 'Pick every label that applies',
            min_values: 1,
            max_values: 6,
            options: labels.map((label, i) => ({ label, value: `t:7:${i}` })),
          },
        ],
      },
      { type: 1, components: [{ type: 2, style: 2, custom_id: 'l:7:0', label: 'None apply' }] },
    ]);
    expect(m!.embeds[0]!.description).toBe(`Which animals?\n\nitem\n\nPick every label that applies from the menu, or tap None apply.\n1 TNET per accepted answer`);
  });

  it('cuts a long label to what a select option holds', () => {
    const [m] = renderMessages(t, [{ text: 'Card', buttons: labelRows(t, 7, [{ id: 'a', label: 'x'.repeat(80) }, { id: 'b', label: 'B' }]) }]);
    const menu = m!.components[0]!.components[0] as { options: { label: string }[] };
    expect(menu.options.map((o) => o.label.length)).toEqual([80, 1]);
  });

  it('answers a picked set with the set, in the campaign order', () => {
    expect(selectedButton('m:7', ['t:7:2', 't:7:0'])).toBe('l:7:5');
    expect(selectedButton('m:7', ['t:7:19'])).toBe(`l:7:${2 ** 19}`);
  });

  it.each([
    ['no value', 'm:7', []],
    ['a value of another task', 'm:7', ['t:8:0']],
    ['a label twice', 'm:7', ['t:7:1', 't:7:1']],
    ['an answer id as a value', 'm:7', ['a:7:1']],
    ['a set id as a value', 'm:7', ['l:7:3']],
    ['a forged label', 'm:7', ['t:7:20']],
    ['a menu of task 0', 'm:0', ['t:0:1']],
    ['a menu id with a leading zero', 'm:07', ['t:7:1']],
    ['a menu past 2^31-1', 'm:2147483648', ['t:2147483648:1']],
  ])('refuses a forged menu: %s', (_, customId, values) => {
    expect(selectedButton(customId, values)).toBeUndefined();
  });

  it('takes back only the buttons its messages carry', () => {
    expect(discordButton('l:7:0')).toBe('l:7:0');
    expect(discordButton('a:7:1')).toBe('a:7:1');
    expect(discordButton('n:0')).toBe('n:0');
    // A multi-label card has no toggles or Done on Discord: such ids are forged.
    expect(discordButton('t:7:1')).toBeUndefined();
    expect(discordButton('d:7')).toBeUndefined();
    expect(discordButton('x'.repeat(101))).toBeUndefined();
  });
});

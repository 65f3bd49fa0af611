import fc from 'fast-check';
import { MAX_LABELS } from '../../core';
import { answerButton, nextButton } from '../common/button-id';
import { labelRows } from '../common/card-options';
import { english } from '../common/i18n/translator';
import { captionText, escapeHtml, MAX_CAPTION_LENGTH, MAX_MESSAGE_LENGTH, renderMessages, shownButtons, splitText, toastText } from './render-message';

describe('telegram rendering', () => {
  it('escapes user text for parse_mode HTML', () => {
    expect(escapeHtml('<b>5 & 6</b>')).toBe('&lt;b&gt;5 &amp; 6&lt;/b&gt;');
    const [m] = renderMessages([{ text: 'Is <script>alert(1)</script> & co spam?' }]);
    expect(m!.html).toBe('Is &lt;script&gt;alert(1)&lt;/script&gt; &amp; co spam?');
  });

  it('renders buttons as an inline keyboard with compact callback data', () => {
    const [m] = renderMessages([{ text: 'card', buttons: [[{ id: answerButton(2147483647, 24), label: 'cat' }], [{ id: nextButton(7), label: 'Next task' }]] }]);
    expect(m!.replyMarkup).toEqual({
      inline_keyboard: [[{ text: 'cat', callback_data: 'a:2147483647:24' }], [{ text: 'Next task', callback_data: 'n:7' }]],
    });
  });

  it('renders a multi-label card of the most labels, ticked ones marked, on the largest task id', () => {
    const options = Array.from({ length: MAX_LABELS }, (_, i) => ({ id: `l${i}`, label: `${'x'.repeat(77)}${String(i).padStart(2, '0')}` }));
    const [m] = renderMessages([{ text: 'card', buttons: labelRows(english(), 2147483647, options, new Set([0, 19])) }]);
    const keys = m!.replyMarkup!.inline_keyboard;
    expect(keys.flat()).toHaveLength(MAX_LABELS + 2);
    // Three toggles to a row, then None apply and Done: within Telegram's 100 buttons and 8 to a row.
    expect(keys.map((r) => r.length)).toEqual([3, 3, 3, 3, 3, 3, 2, 2]);
    expect(keys.at(-1)).toEqual([
      { text: 'None apply', callback_data: 'l:2147483647:0' },
      { text: 'Done', callback_data: 'd:2147483647' },
    ]);
    expect(keys[0]![0]).toEqual({ text: `✓ ${options[0]!.label}`, callback_data: 't:2147483647:0' });
    expect(keys.flat()[19]).toEqual({ text: `✓ ${options[19]!.label}`, callback_data: 't:2147483647:19' });
    for (const b of keys.flat()) expect(Buffer.byteLength((b as { callback_data: string }).callback_data)).toBeLessThanOrEqual(64);
  });

  it('reads a pressed keyboard back as the buttons it was made of, leaving out buttons without callback data', () => {
    const options = [{ id: 'cat', label: 'Cat' }, { id: 'dog', label: 'Dog' }];
    const buttons = labelRows(english(), 5, options, new Set([1]));
    expect(shownButtons(renderMessages([{ text: 'card', buttons }])[0]!.replyMarkup)).toEqual(buttons);
    expect(shownButtons({ inline_keyboard: [[{ text: 'Site', url: 'https://example.org' }, { text: 'Done', callback_data: 'd:5' }]] })).toEqual([[{ id: 'd:5', label: 'Done' }]]);
    expect(shownButtons(undefined)).toEqual([]);
  });

  it('refuses a button id over 64 bytes', () => {
    expect(() => renderMessages([{ text: 'x', buttons: [[{ id: 'x'.repeat(65), label: 'too long' }]] }])).toThrow(/64 bytes/);
  });

  it('keeps a short message in one piece', () => {
    expect(splitText('a\nb')).toEqual(['a\nb']);
    expect(splitText('')).toEqual(['']);
  });

  it('paginates a long text at line breaks, buttons under the last page', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `${i + 1}. member ${i + 1}: 12.5 TNET (3 accepted)`);
    const out = renderMessages([{ text: lines.join('\n'), buttons: [[{ id: 'n:0', label: 'Next task' }]] }]);
    expect(out.length).toBeGreaterThan(1);
    for (const m of out) expect(m.html.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(out.slice(0, -1).every((m) => m.replyMarkup === undefined)).toBe(true);
    expect(out.at(-1)!.replyMarkup).toBeDefined();
    expect(out.map((m) => m.html).join('\n')).toBe(lines.join('\n'));
  });

  it('measures pages after escaping and never splits an escape or a surrogate pair', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('&', '<', 'a', '\n', '😀', 'é'), { maxLength: 3000 }), fc.integer({ min: 8, max: 200 }), (chars, limit) => {
        const text = chars.join('');
        const pages = splitText(text, limit);
        for (const p of pages) {
          expect(escapeHtml(p).length).toBeLessThanOrEqual(limit);
          expect(p).not.toMatch(/[\uD800-\uDBFF]$/);
        }
        expect(pages.join('').replace(/\n/g, '')).toBe(text.replace(/\n/g, ''));
      }),
    );
  });

  it('cuts a toast to 200 characters', () => {
    expect(toastText('ok')).toBe('ok');
    expect(toastText('x'.repeat(500))).toHaveLength(200);
  });

  describe('photo cards', () => {
    const card = (item: string) => `Campaign #1 · Pets · task 7\nWhich animal is this?\n\n${item}\n\nNeeds 3 answers · 1 TNET per accepted answer`;

    it.each([
      ['a card that fits', card('a cat on a mat'), 1024, card('a cat on a mat')],
      ['a long item, cut at a word end between question and reward', card('word '.repeat(300)), 120, `Campaign #1 · Pets · task 7\nWhich animal is this?\n\n${'word '.repeat(4).trimEnd()}…\n\nNeeds 3 answers · 1 TNET per accepted answer`],
      ['a long word, cut where it is', card('x'.repeat(300)), 120, `Campaign #1 · Pets · task 7\nWhich animal is this?\n\n${'x'.repeat(22)}…\n\nNeeds 3 answers · 1 TNET per accepted answer`],
      ['one paragraph, cut at its end', 'y'.repeat(50), 10, `${'y'.repeat(9)}…`],
      ['a head too long for any item, cut at the end', `${'q'.repeat(40)}\n\nitem\n\nfooter`, 30, `${'q'.repeat(29)}…`],
    ])('%s', (_name, text, limit, expected) => {
      expect(captionText(text, limit)).toBe(expected);
    });

    it('keeps every caption within the limit and never splits a surrogate pair', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom('a', ' ', '\n', '😀', '&'), { maxLength: 2000 }), fc.integer({ min: 2, max: 300 }), (chars, limit) => {
          const out = captionText(card(chars.join('')), limit);
          expect(out.length).toBeLessThanOrEqual(limit);
          expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(out)).toBe(false);
        }),
      );
    });

    it('renders a card with a picture as one photo: the caption escaped and within 1024, the buttons, the text pages to fall back on', () => {
      const text = card(`<b>${'long & loud '.repeat(200)}</b>`);
      const [m, ...rest] = renderMessages([{ text, buttons: [[{ id: answerButton(7, 0), label: 'cat' }]], image: { kind: 'url', url: 'https://example.com/cat.jpg' } }]);
      expect(rest).toEqual([]);
      expect(m!.photo!.image).toEqual({ kind: 'url', url: 'https://example.com/cat.jpg' });
      expect(m!.html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').length).toBeLessThanOrEqual(MAX_CAPTION_LENGTH);
      expect(m!.html).toContain('&lt;b&gt;long &amp; loud');
      expect(m!.html.endsWith('Needs 3 answers · 1 TNET per accepted answer')).toBe(true);
      expect(m!.replyMarkup).toEqual({ inline_keyboard: [[{ text: 'cat', callback_data: 'a:7:0' }]] });
      expect(m!.photo!.text.map((p) => p.html).join('')).toBe(escapeHtml(text));
      expect(m!.photo!.text.at(-1)!.replyMarkup).toEqual(m!.replyMarkup);
      // Too long for a caption: the photo goes first, the whole card with the buttons after it.
      expect(m!.photo!.whole).toBe(false);
    });

    it('sends a card that fits a caption as that photo alone', () => {
      const [m] = renderMessages([{ text: card('a cat on a mat'), buttons: [[{ id: answerButton(7, 0), label: 'cat' }]], image: { kind: 'url', url: 'https://example.com/cat.jpg' } }]);
      expect(m!.photo!.whole).toBe(true);
      expect(m!.html).toBe(escapeHtml(card('a cat on a mat')));
    });
  });
});

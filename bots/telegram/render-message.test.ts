import fc from 'fast-check';
import { answerButton, nextButton } from '../common/button-id';
import { escapeHtml, MAX_MESSAGE_LENGTH, renderMessages, splitText, toastText } from './render-message';

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
});

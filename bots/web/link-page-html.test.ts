import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../common/i18n/languages';
import { english, type Translator } from '../common/i18n/translator';
import { escapeHtml, linkPageHtml, linkPageTexts, scriptJson, type LinkPageTexts } from './link-page-html';

const template = readFileSync(path.join(__dirname, 'public', 'link.html'), 'utf8');

/** The JSON block of a rendered page, as link.js reads it. */
const scriptTexts = (html: string): LinkPageTexts => JSON.parse(/<script id="texts" type="application\/json">([^<]*)<\/script>/.exec(html)![1]!) as LinkPageTexts;

/** A translator whose every text is hostile markup naming its id. */
const hostile: Translator = {
  ...english(),
  lang: 'en"><script>' as Lang,
  t: ((id: string) => `</script><b id="${id}">'&'</b><!--`) as Translator['t'],
};

describe('the link page in a language', () => {
  it('fills the English texts, the language and the script texts', () => {
    const html = linkPageHtml(template, english());
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Link your wallet · TNET mining</title>');
    expect(html).toContain('<h1>Link your wallet to TNET mining</h1>');
    expect(html).toContain('>Connect wallet and sign</button>');
    expect(html).toContain('<p id="expected" hidden>Requested address: <code id="address"></code></p>');
    expect(html).not.toContain('{{');
    const texts = scriptTexts(html);
    expect(texts).toEqual(linkPageTexts(english()));
    expect(texts.validUntil).toBe('Valid until {time}.');
    expect(texts.serverAnswered).toBe('The server answered {status}.');
    expect(texts.errors['wallet.no_challenge']).toBe('There is no link request waiting. Start with /link <your wallet address>.');
    expect(texts.errors.internal).toBe('Something went wrong on our side (ref {ref}). Please try again.');
  });

  it('escapes every text in the HTML and keeps the script block closed', () => {
    const html = linkPageHtml(template, hostile);
    expect(html).toContain('<html lang="en&quot;&gt;&lt;script&gt;">');
    expect(html).toContain('<h1>&lt;/script&gt;&lt;b id=&quot;web-heading&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;&lt;!--</h1>');
    // Only the page's own two script elements, each closed once.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<!--</');
    expect(scriptTexts(html).noWallet).toBe(`</script><b id="web-no-wallet">'&'</b><!--`);
  });

  it('refuses a template naming a text the page does not have', () => {
    expect(() => linkPageHtml('<p>{{web-nothing}}</p>', english())).toThrow('{{web-nothing}}');
  });

  it('writes HTML and script JSON that read back as the same text', () => {
    expect(escapeHtml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&#39;');
    const tricky = { s: '</script><!-- \u2028 & >' };
    expect(scriptJson(tricky)).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(scriptJson(tricky))).toEqual(tricky);
  });
});

import { parse } from 'csv-parse/sync';
import { csvCell, csvRow } from './csv-row';

describe('csvRow', () => {
  it('writes plain cells as they are, with a CRLF line end', () => {
    expect(csvRow(['a', 'b c', 1, 0.25, true, null, undefined])).toBe('a,b c,1,0.25,true,,\r\n');
  });

  it('quotes cells with a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell('"')).toBe('""""');
  });

  it.each(['=SUM(A1:A9)', '+1', '-1', '@cmd', '\tx', '\rx'])('neutralises a formula start in %j with a quote prefix', (text) => {
    expect(csvCell(text).replace(/^"|"$/g, '')).toBe(`'${text}`);
  });

  it('neutralises and quotes a formula that also holds a comma', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('leaves numbers alone, negative ones included, and text with a formula sign inside', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(' =x')).toBe(' =x');
  });

  it('round-trips through an RFC 4180 parser', () => {
    const cells = ['plain', 'a,b', 'quote "q"', 'multi\r\nline', '', 'ünïcödé 🐱', '{"json":"value, with comma"}'];
    const text = csvRow(cells) + csvRow(cells);
    expect(parse(text)).toEqual([cells, cells]);
  });
});

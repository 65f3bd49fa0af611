/** A CSV cell: text is quoted when needed and neutralised; numbers and booleans are written as is. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage
 * return, that some spreadsheets strip before checking for one).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that must be quoted: a separator, a quote, or a line break (RFC 4180, section 2). */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell of text. A leading `=`, `+`, `-`, `@`, tab or carriage return gets a `'` in
 * front, so a spreadsheet opening the export shows the text instead of running it as a
 * formula (OWASP "CSV injection"); the value then differs from the stored one by that one
 * prefix. Numbers are not text and are never prefixed, so `-0.5` stays a number.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its CRLF line end (RFC 4180). */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

import { serveTime, thinkMs, type ServeEvidence } from './admission';

const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, s));

describe('serveTime', () => {
  const cases: [string, ServeEvidence, Date | null][] = [
    ['a /task serve admits the answer from its time', { servedAt: t(10), card: null }, t(10)],
    ['the first serve wins over a card shown later', { servedAt: t(10), card: { open: true, shownAt: t(20) } }, t(10)],
    ['the first serve counts even when the pressed card closed since', { servedAt: t(10), card: { open: false, shownAt: t(20) } }, t(10)],
    ['a press on an open card of the task in its chat serves it at the card time', { servedAt: null, card: { open: true, shownAt: t(20) } }, t(20)],
    ['a press on a closed card serves nothing', { servedAt: null, card: { open: false, shownAt: t(20) } }, null],
    ['a card reserved but never shown serves nothing', { servedAt: null, card: { open: true, shownAt: null } }, null],
    ['a task never served and no card (a forged button) is refused', { servedAt: null, card: null }, null],
  ];
  it.each(cases)('%s', (_, evidence, expected) => {
    expect(serveTime(evidence)).toEqual(expected);
  });
});

describe('thinkMs', () => {
  it.each([
    [t(10), t(13), 3000],
    [t(10), t(10), 0],
    // The card was edited after the press was sent: never a negative time.
    [t(20), t(19), 0],
    // A serve kept for months (an open task's /task card) fits the int column.
    [new Date('2026-01-01T00:00:00Z'), new Date('2026-03-01T00:00:00Z'), 2_147_483_647],
  ])('from %s to %s is %d ms', (served, at, ms) => {
    expect(thinkMs(served, at)).toBe(ms);
  });
});

import { ADMISSION_RULES, admit, serveTime, thinkMs, type AdmissionRule, type ServeEvidence, type SubmitFacts } from './admission';

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

describe('admit', () => {
  const ok: SubmitFacts = {
    taskExists: true,
    banned: false,
    answered: false,
    served: true,
    authored: false,
    validOption: true,
    campaignStatus: 'active',
    taskStatus: 'open',
    gold: false,
    answerCount: 2,
    maxAnswersPerTask: 5,
    recentAnswers: 3,
    answersPerMinute: 20,
  };
  const cases: [string, Partial<SubmitFacts>, AdmissionRule | null][] = [
    ['admits a first answer to a served open task with room', {}, null],
    ['refuses an unknown task before anything else', { taskExists: false, banned: null, served: false }, 'task_exists'],
    ["returns the member's first answer for a repeat, even on a closed task", { answered: true, taskStatus: 'final' }, 'first_answer'],
    ['refuses an unknown member', { banned: null }, 'member_exists'],
    ['refuses a task never served (a forged button) before its state shows', { served: false, taskStatus: 'final', validOption: false }, 'served'],
    ["refuses a member's check of their own contribution", { authored: true }, 'not_author'],
    ['refuses an option the campaign does not have', { validOption: false }, 'valid_option'],
    ['refuses a banned member', { banned: true }, 'not_banned'],
    ['refuses a paused campaign', { campaignStatus: 'paused' }, 'campaign_active'],
    ['refuses a closed campaign', { campaignStatus: 'closed' }, 'campaign_active'],
    ['refuses a decided task', { taskStatus: 'final' }, 'task_open'],
    ['refuses a task closed without a sure consensus', { taskStatus: 'final_uncertain' }, 'task_open'],
    ['refuses a full task', { answerCount: 5 }, 'task_has_room'],
    ['admits a gold task past the maximum (gold never closes by overlap)', { gold: true, answerCount: 9 }, null],
    ['refuses the answer over the per-minute limit', { recentAnswers: 20 }, 'under_rate_limit'],
    ['admits the last answer under the limit', { recentAnswers: 19 }, null],
    ['has no limit at 0 answers a minute', { recentAnswers: 500, answersPerMinute: 0 }, null],
  ];
  it.each(cases)('%s', (_, change, rule) => {
    expect(admit({ ...ok, ...change })).toEqual(rule === null ? { admitted: true } : { admitted: false, rule });
  });

  it('has a case for every rule', () => {
    const named = new Set(cases.map(([, , rule]) => rule));
    expect(ADMISSION_RULES.filter((r) => !named.has(r))).toEqual([]);
  });
});

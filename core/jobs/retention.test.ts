import { LINK_CHALLENGE_GRACE_DAYS, pruneCutoffs, serveMayGo, type ServeRecord } from './retention';

const now = new Date('2026-12-05T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

describe('pruneCutoffs', () => {
  it('counts each retention back from now', () => {
    expect(pruneCutoffs(now, { jobRunDays: 14, taskServeDays: 30 })).toEqual({
      jobRunsStartedBefore: daysAgo(14),
      servesBefore: daysAgo(30),
      challengesExpiredBefore: daysAgo(LINK_CHALLENGE_GRACE_DAYS),
    });
  });
});

describe('serveMayGo', () => {
  const cutoffs = pruneCutoffs(now, { jobRunDays: 14, taskServeDays: 30 });
  const cases: [string, ServeRecord, boolean][] = [
    ['an old serve of a decided task', { servedAt: daysAgo(31), taskStatus: 'final', campaignStatus: 'active' }, true],
    ['an old serve of a task decided without clear consensus', { servedAt: daysAgo(31), taskStatus: 'final_uncertain', campaignStatus: 'active' }, true],
    ['an old serve of an open task in a closed campaign', { servedAt: daysAgo(31), taskStatus: 'open', campaignStatus: 'closed' }, true],
    ['an old serve of an open task in an active campaign (still answerable)', { servedAt: daysAgo(400), taskStatus: 'open', campaignStatus: 'active' }, false],
    ['an old serve of an open task in a paused campaign (may resume)', { servedAt: daysAgo(31), taskStatus: 'open', campaignStatus: 'paused' }, false],
    ['a recent serve of a decided task', { servedAt: daysAgo(29), taskStatus: 'final', campaignStatus: 'closed' }, false],
    ['a serve exactly at the cutoff', { servedAt: daysAgo(30), taskStatus: 'final', campaignStatus: 'closed' }, false],
  ];
  it.each(cases)('%s', (_name, record, expected) => {
    expect(serveMayGo(record, cutoffs)).toBe(expected);
  });
});

import type { CampaignAnalytics } from '../../core';
import { english } from '../common/i18n/translator';
import type { PendingAppeal } from '../../core';
import { appealSection, campaignPage, overviewPage } from './dashboard-html';

const t = english();
const hostile = '<script>alert(1)</script>"\'';

const analytics = (over: Partial<CampaignAnalytics> = {}): CampaignAnalytics =>
  ({
    campaign: { id: 4, name: hostile, status: 'active', kind: 'label', options: [{ id: 'cat', label: 'Cat' }, { id: 'dog', label: 'Dog' }] },
    stats: { finalTasks: 2, openTasks: 1, uncertainTasks: 0, spent: 5n * 10n ** 18n, budget: 100n * 10n ** 18n, agreement: 0.5 },
    settled: false,
    alpha: 0.25,
    confusion: { labels: ['cat', 'dog'], counts: [[2, 1], [0, 3]] },
    members: [{ memberId: 9, displayName: hostile, answers: 3, skill: 0.8, medianThinkMs: 1500, withheld: { 'skill.below_floor': 2 } }],
    ...over,
  }) as unknown as CampaignAnalytics;

describe('the dashboard pages', () => {
  it('escapes every text from members and moderators', () => {
    const page = campaignPage(t, hostile, 'tok', analytics(), []);
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;');
    expect(overviewPage(t, hostile, 'tok', [{ campaign: analytics().campaign, stats: analytics().stats }])).not.toContain('<script>');
  });

  it('hides the gold record before settlement and shows it after', () => {
    const member = { ...analytics().members[0]!, gold: { answers: 4, correct: 3 } };
    expect(campaignPage(t, 'c', 'tok', analytics({ members: [analytics().members[0]!] }), [])).toContain('hidden until settled');
    const settled = campaignPage(t, 'c', 'tok', analytics({ settled: true, members: [member] }), []);
    expect(settled).toContain('3 of 4');
    expect(settled).not.toContain('hidden until settled');
  });

  it('offers the actions of the status, each a POST form with the CSRF token', () => {
    const active = campaignPage(t, 'c', 'tok-1', analytics(), []);
    expect(active.match(/<form method="post" action="\/dashboard\/campaigns\/4\/(pause|close)"><input type="hidden" name="csrf" value="tok-1">/g)).toHaveLength(2);
    expect(active).not.toContain('/resume"');
    const closed = campaignPage(t, 'c', 'tok-1', analytics({ campaign: { ...analytics().campaign, status: 'closed' } }), []);
    expect(closed).toContain('This campaign is closed.');
    expect(closed).not.toMatch(/action="\/dashboard\/campaigns\/4\//);
  });

  it('writes α with three decimals, the matrix with headers, and the withheld reasons', () => {
    const page = campaignPage(t, 'c', 'tok', analytics(), []);
    expect(page).toContain('<dd>0.250</dd>');
    expect(page).toContain('<th scope="row">Cat</th><td class="diag">2</td><td>1</td>');
    expect(page).toContain('2 × your estimated accuracy is below the campaign');
    expect(page).toContain('1.5 s');
  });

  it('renders the appeal queue from the list it is given, escaped, with CSRF-carrying decisions', () => {
    expect(appealSection(t, 'tok', [])).toContain('No appeals waiting.');
    const appeal: PendingAppeal = {
      appealId: 7,
      taskId: 12,
      campaignId: 3,
      campaignName: hostile,
      communityId: 1,
      rule: 'skill.below_floor',
      reason: hostile,
      filedAt: new Date(0),
      choice: 'dog',
      options: [
        { id: 'cat', label: 'Cat' },
        { id: 'dog', label: 'Dog' },
      ],
      counts: [
        { choice: 'cat', count: 3 },
        { choice: 'dog', count: 1 },
      ],
      taskStatus: 'final',
      consensusLabel: 'cat',
      consensusConfidence: 0.9,
      goldLabel: null,
      record: { answers: 40, fitted: 40, skill: 0.9, goldAnswers: 5, goldCorrect: 4, withheld: [] },
    };
    const html = appealSection(t, 'tok', [appeal]);
    expect(html).toContain('Cat 3 · Dog 1');
    expect(html).toContain('action="/dashboard/appeals/7/uphold"');
    expect(html).toContain('action="/dashboard/appeals/7/refuse"');
    expect(html.match(/name="csrf" value="tok"/g)).toHaveLength(2);
    expect(html).not.toContain('<script>');
  });
});

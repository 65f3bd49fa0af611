import { campaignStatsText, labelLines as labelLinesIn, pairwiseLines as pairwiseLinesIn } from './campaign-stats-text';
import { english } from './i18n/translator';

const labelLines = (r: Parameters<typeof labelLinesIn>[1]) => labelLinesIn(english(), r);
const pairwiseLines = (p: Parameters<typeof pairwiseLinesIn>[1]) => pairwiseLinesIn(english(), p);

describe('pairwiseLines', () => {
  it('states the position bias with its interval and the ranking best first', () => {
    expect(
      pairwiseLines({
        positionBias: { decisive: 200, firstChosen: 120, share: 0.6, low: 0.531, high: 0.665 },
        ranking: [
          { model: 'm-big', score: 1080.4, low: 1031.2, high: 1122.8, pairs: 12 },
          { model: 'm-small', score: 919.6, low: 870.1, high: 969.9, pairs: 1 },
        ],
        rankedPairs: 12,
      }),
    ).toEqual([
      'Position bias: the output shown first won 60% of 200 answers that chose a side (95% 53.1%–66.5%; 50% is none)',
      'Ranking (Bradley-Terry over 12 decided pairs, 95% interval):',
      '1. m-big: 1080 (1031–1123), 12 pairs',
      '2. m-small: 920 (870–970), 1 pair',
    ]);
  });

  it('says when there is nothing to measure yet', () => {
    expect(pairwiseLines({ positionBias: { decisive: 0, firstChosen: 0, share: null, low: null, high: null }, ranking: [], rankedPairs: 0 })).toEqual([
      'Position bias: no answer chose a side yet',
      'Ranking: no decided pair names both of its models yet',
    ]);
  });
});

describe('labelLines', () => {
  it('gives each label its share of the decided sets and of the answers', () => {
    expect(
      labelLines({
        decidedTasks: 8,
        decidedNone: 2,
        answers: 30,
        answeredNone: 9,
        labels: [
          { id: 'toxic', label: 'Toxic', decided: 4, ticked: 12 },
          { id: 'spam', label: 'Spam', decided: 1, ticked: 3 },
        ],
      }),
    ).toEqual(['Labels (in 8 decided sets · ticked in 30 answers):', '• Toxic: 50% (4) · 40% (12)', '• Spam: 12.5% (1) · 10% (3)', '• none apply: 25% (2) · 30% (9)']);
  });

  it('shows a dash where nothing is counted yet', () => {
    expect(labelLines({ decidedTasks: 0, decidedNone: 0, answers: 1, answeredNone: 0, labels: [{ id: 'a', label: 'A', decided: 0, ticked: 1 }] })).toEqual([
      'Labels (in 0 decided sets · ticked in 1 answer):',
      '• A: – · 100% (1)',
      '• none apply: – · 0% (0)',
    ]);
  });
});

describe('campaignStatsText', () => {
  it('names the status in words and gives the figures with their units', () => {
    const ONE = 10n ** 18n;
    const stats = {
      campaignId: 1234,
      name: 'Pets',
      status: 'paused',
      tasks: 11,
      goldTasks: 1,
      openTasks: 6,
      finalTasks: 3,
      uncertainTasks: 1,
      answers: 1500,
      members: 1,
      acceptedAnswers: 9,
      withheldAnswers: 3,
      spent: 90n * ONE,
      budget: 2000n * ONE,
      progress: 0.4,
      agreement: null,
    } as const;
    expect(campaignStatsText(english(), stats, { accuracy: 0.92, decided: 1, checks: [] }).split('\n')).toEqual([
      'Campaign #1234 · Pets [paused]',
      'Progress: 40% (4 of 10 tasks final, 1 without clear consensus)',
      'Answers: 1,500 from 1 member',
      'Agreement: no scored answers yet (9 accepted, 3 withheld)',
      'Budget: 90 TNET of 2,000 TNET spent',
      'Model verified by members: 92% right (1 prediction checked)',
    ]);
  });
});

import type { CampaignReport } from '../../core';
import { campaignChartSvg, escapeXml } from './campaign-chart';
import { PNG_SIGNATURE, pngSize, svgToPng } from './chart-png';
import { english } from './i18n/translator';

const ONE = 10n ** 18n;

const report = (over: Partial<CampaignReport> = {}): CampaignReport => ({
  stats: {
    campaignId: 12,
    name: 'Pets <&> co',
    status: 'active',
    tasks: 11,
    goldTasks: 1,
    openTasks: 6,
    finalTasks: 3,
    uncertainTasks: 1,
    answers: 17,
    members: 4,
    acceptedAnswers: 9,
    withheldAnswers: 3,
    spent: 90n * ONE,
    budget: 1000n * ONE,
    progress: 0.4,
    agreement: 0.75,
  },
  answersPerDay: [
    { day: '2025-03-01', answers: 0 },
    { day: '2025-03-02', answers: 5 },
    { day: '2025-03-03', answers: 12 },
  ],
  topMiners: [
    { memberId: 1, displayName: 'Alice', answers: 8, accepted: 5, earned: 50n * ONE },
    { memberId: 2, displayName: '', answers: 6, accepted: 4, earned: 40n * ONE },
  ],
  verifiedAccuracy: null,
  pairwise: null,
  labels: null,
  ...over,
});

describe('campaign chart', () => {
  it('draws progress, agreement, answers per day and the top miners', () => {
    const svg = campaignChartSvg(english(), report());
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Campaign #12 · Pets &lt;&amp;&gt; co [active]');
    expect(svg).toContain('40% (4 of 10 final)');
    expect(svg).toContain('75% (9 accepted)');
    expect(svg).toContain('17 answers from 4 members · 90 TNET of 1,000 TNET spent');
    expect(svg).toContain('Answers per day (last 3 days, UTC)');
    // The busiest day is labelled with its count, every day with its date.
    expect(svg).toContain('>12</text>');
    expect(svg).toContain('>5</text>');
    for (const d of ['03-01', '03-02', '03-03']) expect(svg).toContain(`>${d}</text>`);
    expect(svg).toContain('1. Alice');
    expect(svg).toContain('8 answers · 5 accepted · 50 TNET');
    expect(svg).toContain('2. member 2');
    expect(svg).not.toContain('Model verified');
  });

  it('shows the model accuracy verified by check campaigns when there is one', () => {
    const svg = campaignChartSvg(english(), report({ verifiedAccuracy: { accuracy: 0.92, decided: 50, checks: [] } }));
    expect(svg).toContain('Model verified');
    expect(svg).toContain('92% (50 checks)');
    const undecided = campaignChartSvg(english(), report({ verifiedAccuracy: { accuracy: null, decided: 0, checks: [] } }));
    expect(undecided).toContain('no checks decided yet');
  });

  it('says so when nothing is scored or answered yet', () => {
    const s = report().stats;
    const svg = campaignChartSvg(english(), report({ stats: { ...s, agreement: null, answers: 0, members: 0 }, topMiners: [], answersPerDay: [{ day: '2025-03-03', answers: 0 }] }));
    expect(svg).toContain('no scored answers yet');
    expect(svg).toContain('No answers yet');
  });

  it('escapes every markup character of user text', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    const svg = campaignChartSvg(english(), report({ topMiners: [{ memberId: 3, displayName: '</text><script>', answers: 1, accepted: 0, earned: 0n }] }));
    expect(svg).not.toContain('<script>');
  });

  it('renders a PNG of the requested size', async () => {
    const size = { width: 640, height: 416 };
    const png = await svgToPng(campaignChartSvg(english(), report(), size), size);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngSize(png)).toEqual(size);
    expect(pngSize(Buffer.from('not a png at all, not at all'))).toBeUndefined();
  });

  const pairwise: CampaignReport['pairwise'] = {
    positionBias: { decisive: 40, firstChosen: 26, share: 0.65, low: 0.5, high: 0.78 },
    ranking: [
      { model: 'big-<model>', score: 1100, low: 1050, high: 1160, pairs: 30 },
      { model: 'small', score: 900, low: 840, high: 950, pairs: 30 },
    ],
    rankedPairs: 30,
  };

  it('draws a pairwise campaign’s position bias and its models ranked with their intervals', async () => {
    const svg = campaignChartSvg(english(), report({ pairwise }));
    expect(svg).toContain('First shown won');
    expect(svg).toContain('65% of 40 (50% is no bias)');
    expect(svg).toContain('Model ranking (Bradley-Terry, 30 pairs, 95% interval)');
    expect(svg.indexOf('1. big-&lt;model&gt;')).toBeGreaterThan(0);
    expect(svg.indexOf('2. small')).toBeGreaterThan(svg.indexOf('1. big-&lt;model&gt;'));
    expect(svg).not.toContain('Answers per day');
    const size = { width: 640, height: 416 };
    expect(pngSize(await svgToPng(campaignChartSvg(english(), report({ pairwise }), size), size))).toEqual(size);
  });

  const labels: CampaignReport['labels'] = {
    decidedTasks: 8,
    decidedNone: 2,
    answers: 30,
    answeredNone: 6,
    labels: [
      { id: 'toxic', label: 'Toxic <b>', decided: 4, ticked: 12 },
      { id: 'spam', label: 'Spam', decided: 0, ticked: 3 },
    ],
  };

  it('draws a multilabel campaign’s labels by their share of the decided sets', async () => {
    const svg = campaignChartSvg(english(), report({ labels }));
    expect(svg).toContain('Labels in 8 decided sets (thin: ticked in 30 answers)');
    expect(svg).toContain('Toxic &lt;b&gt;');
    expect(svg.indexOf('50%')).toBeGreaterThan(svg.indexOf('Toxic &lt;b&gt;'));
    expect(svg).not.toContain('Answers per day');
    const size = { width: 640, height: 416 };
    expect(pngSize(await svgToPng(campaignChartSvg(english(), report({ labels }), size), size))).toEqual(size);
  });

  it('keeps the answers per day until a label set is decided', () => {
    expect(campaignChartSvg(english(), report({ labels: { ...labels, decidedTasks: 0, decidedNone: 0, labels: labels.labels.map((l) => ({ ...l, decided: 0 })) } }))).toContain('Answers per day');
  });

  it('keeps the answers per day until a decided pair names its models', () => {
    const svg = campaignChartSvg(english(), report({ pairwise: { ...pairwise, ranking: [], rankedPairs: 0 } }));
    expect(svg).toContain('Answers per day');
  });
});

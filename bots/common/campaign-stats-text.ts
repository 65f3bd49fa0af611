import type { CampaignStats, LabelReport, PairwiseReport, VerifiedAccuracy } from '../../core';
import type { Translator } from './i18n/translator';

/** A campaign's figures in words: the /campaign stats reply, and the stats picture's caption. */
export function campaignStatsText(t: Translator, s: CampaignStats, verified: VerifiedAccuracy | null, pairwise: PairwiseReport | null = null, labels: LabelReport | null = null): string {
  const counts = { accepted: s.acceptedAnswers, withheld: s.withheldAnswers };
  const lines = [
    t.t('stats-report-head', { campaignId: s.campaignId, name: s.name, status: t.t('mod-status-name', { status: s.status }) }),
    t.t('stats-report-progress', { progress: t.percent(s.progress), final: s.finalTasks + s.uncertainTasks, tasks: s.tasks - s.goldTasks, uncertain: s.uncertainTasks }),
    t.t('stats-report-answers', { answers: s.answers, members: s.members }),
    s.agreement === null ? t.t('stats-report-agreement-none', counts) : t.t('stats-report-agreement', { agreement: t.percent(s.agreement), ...counts }),
    t.t('stats-report-budget', { spent: t.tnet(s.spent), budget: t.tnet(s.budget) }),
  ];
  if (verified && verified.accuracy !== null) {
    lines.push(t.t('stats-report-model-verified', { accuracy: t.percent(verified.accuracy), checked: verified.decided }));
  }
  if (pairwise) lines.push(...pairwiseLines(t, pairwise));
  if (labels) lines.push(...labelLines(t, labels));
  return lines.join('\n');
}

/**
 * A multilabel campaign's figures per label, in words: the share of decided sets that hold
 * each label, and of answers that ticked it (a list of label combinations would not fit).
 */
export function labelLines(t: Translator, r: LabelReport): string[] {
  const share = (n: number, of: number): string => (of === 0 ? '–' : t.t('stats-report-share-count', { share: t.percent(n / of), count: n }));
  return [
    t.t('stats-report-labels-head', { sets: r.decidedTasks, answers: r.answers }),
    ...r.labels.map((l) => t.t('stats-report-label-line', { label: l.label, decided: share(l.decided, r.decidedTasks), ticked: share(l.ticked, r.answers) })),
    t.t('stats-report-label-none', { decided: share(r.decidedNone, r.decidedTasks), ticked: share(r.answeredNone, r.answers) }),
  ];
}

/** A model's score as a whole number in the reader's digits, without grouping (scores sit near 1000; "1,080" reads as a count). */
const scoreText = (t: Translator, x: number): string => new Intl.NumberFormat(t.lang, { useGrouping: false, maximumFractionDigits: 0 }).format(Math.round(x));

/** A pairwise campaign's position bias and model ranking, in words. */
export function pairwiseLines(t: Translator, p: PairwiseReport): string[] {
  const b = p.positionBias;
  const lines = [
    b.share === null
      ? t.t('stats-report-position-bias-none')
      : t.t('stats-report-position-bias', { share: t.percent(b.share), answers: b.decisive, low: t.percent(b.low!), high: t.percent(b.high!) }),
  ];
  if (p.ranking.length === 0) lines.push(t.t('stats-report-ranking-none'));
  else {
    lines.push(t.t('stats-report-ranking-head', { pairs: p.rankedPairs }));
    p.ranking.forEach((r, i) =>
      lines.push(t.t('stats-report-ranking-line', { rank: i + 1, model: r.model, score: scoreText(t, r.score), low: scoreText(t, r.low), high: scoreText(t, r.high), pairs: r.pairs })),
    );
  }
  return lines;
}

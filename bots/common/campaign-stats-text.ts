import type { CampaignStats, LabelReport, PairwiseReport, VerifiedAccuracy } from '../../core';
import { percent, tnet } from './format';

/** A campaign's figures in words: the /campaign stats reply, and the stats picture's caption. */
export function campaignStatsText(s: CampaignStats, verified: VerifiedAccuracy | null, pairwise: PairwiseReport | null = null, labels: LabelReport | null = null): string {
  const lines = [
    `Campaign #${s.campaignId} · ${s.name} [${s.status}]`,
    `Progress: ${percent(s.progress)} (${s.finalTasks + s.uncertainTasks} of ${s.tasks - s.goldTasks} tasks final, ${s.uncertainTasks} without clear consensus)`,
    `Answers: ${s.answers} from ${s.members} member${s.members === 1 ? '' : 's'}`,
    `Agreement: ${s.agreement === null ? 'no scored answers yet' : percent(s.agreement)} (${s.acceptedAnswers} accepted, ${s.withheldAnswers} withheld)`,
    `Budget: ${tnet(s.spent)} of ${tnet(s.budget)} spent`,
  ];
  if (verified && verified.accuracy !== null) {
    lines.push(`Model verified by members: ${percent(verified.accuracy)} right (${verified.decided} prediction${verified.decided === 1 ? '' : 's'} checked)`);
  }
  if (pairwise) lines.push(...pairwiseLines(pairwise));
  if (labels) lines.push(...labelLines(labels));
  return lines.join('\n');
}

/**
 * A multilabel campaign's figures per label, in words: the share of decided sets that hold
 * each label, and of answers that ticked it (a list of label combinations would not fit).
 */
export function labelLines(r: LabelReport): string[] {
  const share = (n: number, of: number): string => (of === 0 ? '–' : `${percent(n / of)} (${n})`);
  return [
    `Labels (in ${r.decidedTasks} decided set${r.decidedTasks === 1 ? '' : 's'} · ticked in ${r.answers} answer${r.answers === 1 ? '' : 's'}):`,
    ...r.labels.map((l) => `• ${l.label}: ${share(l.decided, r.decidedTasks)} · ${share(l.ticked, r.answers)}`),
    `• none apply: ${share(r.decidedNone, r.decidedTasks)} · ${share(r.answeredNone, r.answers)}`,
  ];
}

const round = (x: number): number => Math.round(x);

/** A pairwise campaign's position bias and model ranking, in words. */
export function pairwiseLines(p: PairwiseReport): string[] {
  const b = p.positionBias;
  const lines = [
    b.share === null
      ? 'Position bias: no answer chose a side yet'
      : `Position bias: the output shown first won ${percent(b.share)} of ${b.decisive} answers that chose a side (95% ${percent(b.low!)}–${percent(b.high!)}; 50% is none)`,
  ];
  if (p.ranking.length === 0) lines.push('Ranking: no decided pair names both of its models yet');
  else {
    lines.push(`Ranking (Bradley-Terry over ${p.rankedPairs} decided pair${p.rankedPairs === 1 ? '' : 's'}, 95% interval):`);
    p.ranking.forEach((r, i) => lines.push(`${i + 1}. ${r.model}: ${round(r.score)} (${round(r.low)}–${round(r.high)}), ${r.pairs} pair${r.pairs === 1 ? '' : 's'}`));
  }
  return lines;
}

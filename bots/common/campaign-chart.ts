import type { CampaignReport, LabelReport, RankedModel } from '../../core';
import type { Translator } from './i18n/translator';

/** The drawing's own coordinates; the requested pixel size scales it (viewBox). */
const W = 800;
const H = 520;

export interface ChartSize {
  width: number;
  height: number;
}

export const DEFAULT_CHART_SIZE: ChartSize = { width: 1200, height: 780 };

const COLORS = { ink: '#1f2933', muted: '#7b8794', track: '#e4e7eb', progress: '#2f80ed', agreement: '#27ae60', model: '#9b51e0', bar: '#f2994a' };

/** Escapes text for an SVG text node or attribute. */
export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** Cuts a label to `max` characters (by code point, so no surrogate pair is split). */
const cut = (s: string, max: number): string => {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
};

const text = (x: number, y: number, body: string, attrs = ''): string =>
  `<text x="${x}" y="${y}" ${attrs}>${escapeXml(body)}</text>`;

/** A labelled horizontal bar for a share 0..1 (null: nothing to show yet). */
function shareBar(t: Translator, y: number, label: string, share: number | null, color: string, note: string): string {
  const x = 200;
  const w = 360;
  const filled = share === null ? 0 : Math.max(0, Math.min(1, share)) * w;
  return [
    text(24, y + 15, label, `class="label"`),
    `<rect x="${x}" y="${y}" width="${w}" height="20" rx="4" fill="${COLORS.track}"/>`,
    filled > 0 ? `<rect x="${x}" y="${y}" width="${filled.toFixed(1)}" height="20" rx="4" fill="${color}"/>` : '',
    text(x + w + 12, y + 15, share === null ? note : `${t.percent(share)} ${note}`.trim(), `class="value"`),
  ].join('');
}

/**
 * A moderator's campaign chart as SVG: progress, agreement and (when check campaigns
 * verified one) the model's accuracy as bars, answers per day as columns, the top miners
 * as a table; a pairwise campaign shows its position bias as a bar and its model ranking in
 * place of the days, once a decided pair names its models; a multilabel campaign shows each
 * label's share of the decided sets (and of the answers' ticks) in their place, once a set is
 * decided. Pure: the same report gives the same drawing.
 */
export function campaignChartSvg(t: Translator, report: CampaignReport, size: ChartSize = DEFAULT_CHART_SIZE): string {
  const s = report.stats;
  const regular = s.tasks - s.goldTasks;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${W} ${H}">`,
    `<style>text{font-family:DejaVu Sans,Arial,Helvetica,sans-serif;fill:${COLORS.ink}}.title{font-size:22px;font-weight:bold}.label{font-size:14px}.value{font-size:14px;font-weight:bold}.small{font-size:11px;fill:${COLORS.muted}}.head{font-size:15px;font-weight:bold}</style>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    text(24, 38, cut(t.t('chart-title', { campaignId: s.campaignId, name: s.name, status: t.t('mod-status-name', { status: s.status }) }), 60), `class="title"`),
    text(24, 60, t.t('chart-subtitle', { answers: s.answers, members: s.members, spent: t.tnet(s.spent), budget: t.tnet(s.budget) }), `class="small"`),
  );
  parts.push(shareBar(t, 80, t.t('chart-progress'), s.progress, COLORS.progress, t.t('chart-progress-note', { final: s.finalTasks + s.uncertainTasks, tasks: regular })));
  parts.push(
    shareBar(t, 110, t.t('chart-agreement'), s.agreement, COLORS.agreement, s.agreement === null ? t.t('chart-agreement-none') : t.t('chart-agreement-note', { accepted: s.acceptedAnswers })),
  );
  const v = report.verifiedAccuracy;
  if (v) parts.push(shareBar(t, 140, t.t('chart-model-verified'), v.accuracy, COLORS.model, v.accuracy === null ? t.t('chart-model-none') : t.t('chart-model-note', { checks: v.decided })));
  const pair = report.pairwise;
  if (pair) {
    const b = pair.positionBias;
    parts.push(shareBar(t, 140, t.t('chart-first-won'), b.share, COLORS.model, b.share === null ? t.t('chart-first-won-none') : t.t('chart-first-won-note', { answers: b.decisive })));
  }

  const top = 200;
  if (pair && pair.ranking.length > 0) parts.push(rankingPanel(t, pair.ranking, pair.rankedPairs, 24, top, 440, 220));
  else if (report.labels && report.labels.decidedTasks > 0) parts.push(labelPanel(t, report.labels, 24, top, 440, 220));
  else parts.push(answersPerDay(t, report, top));
  parts.push(topMiners(t, report, top));
  parts.push('</svg>');
  return parts.join('');
}

/** Answers per day: columns scaled to the busiest day. */
function answersPerDay(t: Translator, report: CampaignReport, top: number): string {
  const parts: string[] = [];
  const chartX = 24;
  const chartW = 440;
  const chartH = 220;
  parts.push(text(chartX, top - 12, t.t('chart-answers-per-day', { days: report.answersPerDay.length }), `class="head"`));
  parts.push(`<line x1="${chartX}" y1="${top + chartH}" x2="${chartX + chartW}" y2="${top + chartH}" stroke="${COLORS.muted}"/>`);
  const days = report.answersPerDay;
  const most = Math.max(1, ...days.map((d) => d.answers));
  const slot = chartW / Math.max(1, days.length);
  const barW = Math.max(2, slot * 0.7);
  days.forEach((d, i) => {
    const h = (d.answers / most) * (chartH - 24);
    const x = chartX + i * slot + (slot - barW) / 2;
    if (d.answers > 0) {
      parts.push(`<rect x="${x.toFixed(1)}" y="${(top + chartH - h).toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${COLORS.bar}"/>`);
      parts.push(text(Number((x + barW / 2).toFixed(1)), Number((top + chartH - h - 4).toFixed(1)), new Intl.NumberFormat(t.lang).format(d.answers), `class="small" text-anchor="middle"`));
    }
    // Every day is labelled when they fit, else every other one (today always).
    if (days.length <= 8 || (days.length - 1 - i) % Math.ceil(days.length / 8) === 0) {
      parts.push(text(Number((x + barW / 2).toFixed(1)), top + chartH + 16, d.day.slice(5), `class="small" text-anchor="middle"`));
    }
  });

  return parts.join('');
}

function topMiners(t: Translator, report: CampaignReport, top: number): string {
  const parts: string[] = [];
  const tx = 500;
  parts.push(text(tx, top - 12, t.t('chart-top-miners'), `class="head"`));
  if (report.topMiners.length === 0) parts.push(text(tx, top + 14, t.t('chart-no-answers'), `class="label"`));
  report.topMiners.forEach((m, i) => {
    const y = top + 14 + i * 44;
    parts.push(text(tx, y, cut(t.t('chart-miner', { rank: i + 1, name: m.displayName || t.t('chart-member', { memberId: m.memberId }) }), 28), `class="label"`));
    parts.push(text(tx + 16, y + 18, t.t('chart-miner-note', { answers: m.answers, accepted: m.accepted, earned: t.tnet(m.earned) }), `class="small"`));
  });
  return parts.join('');
}

/**
 * A pairwise campaign's models, best first: each score a dot on one shared axis with its
 * 95 % interval as a line, so overlapping intervals read as "not told apart yet".
 */
/** Per label: a bar for its share of the decided sets, a thin one under it for its share of the answers' ticks. */
function labelPanel(t: Translator, r: LabelReport, x: number, top: number, w: number, h: number): string {
  const shown = r.labels.slice(0, 10);
  const parts = [text(x, top - 12, t.t('chart-labels-head', { sets: r.decidedTasks, answers: r.answers }), `class="head"`)];
  const barX = x + 130;
  const barW = w - 190;
  const row = Math.min(26, (h - 20) / shown.length);
  shown.forEach((l, i) => {
    const y = top + i * row;
    const decided = l.decided / r.decidedTasks;
    const ticked = r.answers === 0 ? 0 : l.ticked / r.answers;
    parts.push(text(x, y + 13, cut(l.label, 18), `class="label"`));
    parts.push(`<rect x="${barX}" y="${y}" width="${barW}" height="14" rx="3" fill="${COLORS.track}"/>`);
    if (decided > 0) parts.push(`<rect x="${barX}" y="${y}" width="${(decided * barW).toFixed(1)}" height="14" rx="3" fill="${COLORS.progress}"/>`);
    if (ticked > 0) parts.push(`<rect x="${barX}" y="${y + 16}" width="${(ticked * barW).toFixed(1)}" height="4" fill="${COLORS.bar}"/>`);
    parts.push(text(barX + barW + 10, y + 13, t.percent(decided), `class="value"`));
  });
  if (r.labels.length > shown.length) parts.push(text(x, top + h, t.t('chart-labels-more', { count: r.labels.length - shown.length }), `class="small"`));
  return parts.join('');
}

function rankingPanel(t: Translator, ranking: readonly RankedModel[], pairs: number, x: number, top: number, w: number, h: number): string {
  const shown = ranking.slice(0, 8);
  const parts = [text(x, top - 12, t.t('chart-ranking-head', { pairs }), `class="head"`)];
  const lo = Math.min(...shown.map((r) => r.low));
  const hi = Math.max(...shown.map((r) => r.high));
  const span = Math.max(1, hi - lo);
  const axisX = x + 130;
  const axisW = w - 180;
  const at = (score: number) => axisX + ((score - lo) / span) * axisW;
  const row = Math.min(26, (h - 20) / shown.length);
  shown.forEach((r, i) => {
    const y = top + 10 + i * row;
    parts.push(text(x, y + 5, cut(t.t('chart-ranking-model', { rank: i + 1, model: r.model }), 18), `class="label"`));
    parts.push(`<line x1="${at(r.low).toFixed(1)}" y1="${y}" x2="${at(r.high).toFixed(1)}" y2="${y}" stroke="${COLORS.progress}" stroke-width="3"/>`);
    parts.push(`<circle cx="${at(r.score).toFixed(1)}" cy="${y}" r="5" fill="${COLORS.bar}"/>`);
    parts.push(text(axisX + axisW + 10, y + 5, new Intl.NumberFormat(t.lang, { useGrouping: false, maximumFractionDigits: 0 }).format(Math.round(r.score)), `class="value"`));
  });
  if (ranking.length > shown.length) parts.push(text(x, top + h, t.t('chart-ranking-more', { count: ranking.length - shown.length }), `class="small"`));
  return parts.join('');
}

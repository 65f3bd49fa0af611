import type { CampaignAnalytics, CampaignOverview, CampaignTransition, MemberAnalytics, PendingAppeal } from '../../core';
import { appealCard } from '../common/appeal-commands';
import type { MessageId } from '../common/i18n/message-ids';
import type { Translator } from '../common/i18n/translator';
import { ruleText } from '../common/member-commands';
import { escapeHtml as e } from './link-page-html';

/**
 * One appeal waiting for a moderator, as the appeal queue section shows it: the task, the
 * answers that counted, the consensus, and the appealing member's record.
 */
/** The transitions the dashboard offers in a status; close is offered where core allows it. */
type DashboardAction = Extract<CampaignTransition, 'pause' | 'resume' | 'close'>;
export const ACTIONS: Record<string, DashboardAction[]> = { draft: ['close'], active: ['pause', 'close'], paused: ['resume', 'close'], closed: [] };
const ACTION_TEXT = { pause: 'dash-pause', resume: 'dash-resume', close: 'dash-close' } as const satisfies Record<DashboardAction, MessageId>;
const DONE_TEXT = { pause: 'dash-done-pause', resume: 'dash-done-resume', close: 'dash-done-close' } as const satisfies Record<DashboardAction, MessageId>;

export interface PageFrame {
  t: Translator;
  title: string;
  /** The community's title in the header; absent on a refusal page. */
  community?: string;
  /** The session's CSRF token: present, the header has the sign-out form. */
  csrf?: string;
}

/** The page around a body: no inline script or style (the CSP allows neither). */
export function page(f: PageFrame, body: string): string {
  const { t } = f;
  const signOut = f.csrf
    ? `<form method="post" action="/dashboard/logout" class="signout"><input type="hidden" name="csrf" value="${e(f.csrf)}"><button type="submit">${e(t.t('dash-logout'))}</button></form>`
    : '';
  return `<!doctype html>
<html lang="${e(t.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(f.title)}</title>
<link rel="stylesheet" href="/dashboard/static/dashboard.css">
</head>
<body>
<a class="skip" href="#main">${e(t.t('dash-skip'))}</a>
<header><p class="brand">${e(f.community ? t.t('dash-heading', { community: f.community }) : t.t('dash-title'))}</p>${signOut}</header>
<main id="main" tabindex="-1">
${body}
</main>
</body>
</html>`;
}

const num = (t: Translator, n: number): string => new Intl.NumberFormat(t.lang).format(n);
const DASH = '—';

/** A table in a region that scrolls sideways on a narrow screen (focusable, so the keyboard scrolls it too). */
const scroller = (label: string, table: string): string => `<div class="scroll" role="region" aria-label="${e(label)}" tabindex="0">${table}</div>`;

const statusBadge = (t: Translator, status: string): string => `<span class="status status-${e(status)}">${e(t.t('mod-status-name', { status }))}</span>`;

/** The decided, open and uncertain task counts of a campaign's regular tasks. */
const taskCounts = (s: CampaignOverview['stats']) => ({ decided: s.finalTasks, open: s.openTasks, uncertain: s.uncertainTasks });

const budgetLeft = (s: CampaignOverview['stats']): bigint => (s.budget > s.spent ? s.budget - s.spent : 0n);

/** The community's campaigns: progress and budget per campaign. */
export function overviewPage(t: Translator, community: string, csrf: string, campaigns: CampaignOverview[]): string {
  const rows = campaigns.map(({ campaign: c, stats: s }) => {
    const n = taskCounts(s);
    return `<tr><th scope="row"><a href="/dashboard/campaigns/${c.id}">#${c.id} ${e(c.name)}</a></th><td>${statusBadge(t, c.status)}</td><td>${num(t, n.decided)}</td><td>${num(t, n.open)}</td><td>${num(t, n.uncertain)}</td><td>${e(t.tnet(s.spent))}</td><td>${e(t.tnet(budgetLeft(s)))}</td></tr>`;
  });
  const heads = ['dash-col-campaign', 'dash-col-status', 'dash-col-decided', 'dash-col-open', 'dash-col-uncertain', 'dash-col-spent', 'dash-col-left'] as const;
  const table =
    campaigns.length === 0
      ? `<p>${e(t.t('dash-no-campaigns'))}</p>`
      : scroller(
          t.t('dash-campaigns'),
          `<table><caption>${e(t.t('dash-campaigns'))}</caption><thead><tr>${heads.map((h) => `<th scope="col">${e(t.t(h))}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
        );
  return page({ t, title: t.t('dash-title'), community, csrf }, `<h1>${e(t.t('dash-campaigns'))}</h1>\n${table}`);
}

const seconds = (t: Translator, ms: number | null): string => (ms === null ? DASH : t.t('dash-seconds', { seconds: new Intl.NumberFormat(t.lang, { maximumFractionDigits: 1 }).format(ms / 1000) }));

function memberRow(t: Translator, m: MemberAnalytics): string {
  const gold = m.gold ? t.t('dash-gold-record', { correct: m.gold.correct, answers: m.gold.answers }) : t.t('dash-gold-hidden');
  const withheld = Object.entries(m.withheld);
  const reasons = withheld.length === 0 ? DASH : `<ul class="plain">${withheld.map(([rule, n]) => `<li>${num(t, n)} × ${e(ruleText(t, rule))}</li>`).join('')}</ul>`;
  return `<tr><th scope="row">${e(m.displayName || `#${m.memberId}`)}</th><td>${num(t, m.answers)}</td><td>${m.skill === null ? DASH : e(t.percent(m.skill))}</td><td>${e(gold)}</td><td>${e(seconds(t, m.medianThinkMs))}</td><td>${reasons}</td></tr>`;
}

/**
 * The appeal queue of a campaign: each pending appeal worded as the chats' queue words it
 * (appealCard: the task, the counted answers, the consensus, the member's record, never a
 * name), with Uphold and Refuse as forms carrying the session's CSRF token.
 */
export function appealSection(t: Translator, csrf: string, appeals: readonly PendingAppeal[]): string {
  const heading = `<h2 id="appeals">${e(t.t('dash-appeals'))}</h2>`;
  if (appeals.length === 0) return `<section aria-labelledby="appeals">${heading}<p>${e(t.t('dash-appeals-none'))}</p></section>`;
  const form = (a: PendingAppeal, decision: 'uphold' | 'refuse') =>
    `<form method="post" action="/dashboard/appeals/${a.appealId}/${decision}"><input type="hidden" name="csrf" value="${e(csrf)}"><button type="submit">${e(t.t(decision === 'uphold' ? 'btn-appeal-uphold' : 'btn-appeal-refuse'))}</button></form>`;
  const items = appeals.map((a) => {
    const lines = appealCard(t, a).text.split('\n');
    return `<li aria-labelledby="appeal-${a.appealId}"><p id="appeal-${a.appealId}"><strong>${e(lines[0]!)}</strong></p>${lines
      .slice(1)
      .map((l) => `<p>${e(l)}</p>`)
      .join('')}<div class="actions">${form(a, 'uphold')}${form(a, 'refuse')}</div></li>`;
  });
  return `<section aria-labelledby="appeals">${heading}<ul class="appeals">${items.join('')}</ul></section>`;
}

/** The confusion matrix as a table with row and column headers. */
function confusionTable(t: Translator, labels: { id: string; label: string }[], counts: number[][]): string {
  const head = `<tr><th scope="col">${e(t.t('dash-consensus'))} \\ ${e(t.t('dash-col-answered'))}</th>${labels.map((l) => `<th scope="col">${e(l.label)}</th>`).join('')}</tr>`;
  const rows = labels.map((l, r) => `<tr><th scope="row">${e(l.label)}</th>${counts[r]!.map((n, c) => `<td${r === c ? ' class="diag"' : ''}>${num(t, n)}</td>`).join('')}</tr>`);
  return scroller(t.t('dash-confusion'), `<table class="matrix"><caption>${e(t.t('dash-confusion-caption'))}</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`);
}

/** A campaign: progress, agreement, chart, members, appeals, exports and actions. */
export function campaignPage(t: Translator, community: string, csrf: string, a: CampaignAnalytics, appeals: readonly PendingAppeal[], done?: string): string {
  const c = a.campaign;
  const s = a.stats;
  const n = taskCounts(s);
  const dl = (pairs: [string, string][]): string => `<dl class="figures">${pairs.map(([k, v]) => `<div><dt>${e(k)}</dt><dd>${e(v)}</dd></div>`).join('')}</dl>`;
  const progress = dl([
    [t.t('dash-col-decided'), num(t, n.decided)],
    [t.t('dash-col-open'), num(t, n.open)],
    [t.t('dash-col-uncertain'), num(t, n.uncertain)],
    [t.t('dash-col-spent'), t.tnet(s.spent)],
    [t.t('dash-col-left'), t.tnet(budgetLeft(s))],
    [t.t('dash-budget'), t.tnet(s.budget)],
  ]);
  const alphaText = a.confusion === null ? t.t('dash-alpha-not-applicable') : a.alpha === null ? t.t('dash-alpha-none') : new Intl.NumberFormat(t.lang, { maximumFractionDigits: 3, minimumFractionDigits: 3 }).format(a.alpha);
  const agreement = dl([
    [t.t('dash-alpha'), alphaText],
    [t.t('dash-agreement-share'), s.agreement === null ? DASH : t.percent(s.agreement)],
  ]);
  const labels = c.options.map((o) => ({ id: o.id, label: o.label }));
  const matrix = a.confusion ? `<h3>${e(t.t('dash-confusion'))}</h3>${confusionTable(t, labels, a.confusion.counts)}` : '';
  const memberHeads = ['dash-col-member', 'dash-col-answers', 'dash-col-skill', 'dash-col-gold', 'dash-col-median-time', 'dash-col-withheld'] as const;
  const members =
    a.members.length === 0
      ? `<p>${e(t.t('dash-no-answers'))}</p>`
      : scroller(t.t('dash-members'), `<table><thead><tr>${memberHeads.map((h) => `<th scope="col">${e(t.t(h))}</th>`).join('')}</tr></thead><tbody>${a.members.map((m) => memberRow(t, m)).join('')}</tbody></table>`);
  const exportLinks = ['csv', 'jsonl']
    .flatMap((f) => [
      `<li><a href="/dashboard/campaigns/${c.id}/export.${f}" download>${e(t.t(f === 'csv' ? 'dash-export-csv' : 'dash-export-jsonl'))}</a></li>`,
      `<li><a href="/dashboard/campaigns/${c.id}/export.${f}?final=1" download>${e(t.t(f === 'csv' ? 'dash-export-csv' : 'dash-export-jsonl'))} (${e(t.t('dash-export-final'))})</a></li>`,
    ])
    .join('');
  const actions = (ACTIONS[c.status] ?? [])
    .map(
      (action) =>
        `<form method="post" action="/dashboard/campaigns/${c.id}/${action}"><input type="hidden" name="csrf" value="${e(csrf)}"><button type="submit" class="action action-${action}">${e(t.t(ACTION_TEXT[action]))}</button></form>`,
    )
    .join('');
  const actionNote = (ACTIONS[c.status] ?? []).includes('close') ? `<p class="note">${e(t.t('dash-close-warning'))}</p>` : '';
  const flash = done !== undefined && Object.hasOwn(DONE_TEXT, done) ? `<p class="flash" role="status">${e(t.t(DONE_TEXT[done as DashboardAction]))}</p>` : '';
  const body = `<p><a href="/dashboard">← ${e(t.t('dash-back'))}</a></p>
<h1>#${c.id} ${e(c.name)} ${statusBadge(t, c.status)}</h1>
${flash}
<section aria-labelledby="progress"><h2 id="progress">${e(t.t('dash-progress'))}</h2>${progress}</section>
<section aria-labelledby="agreement"><h2 id="agreement">${e(t.t('dash-agreement'))}</h2>${agreement}${matrix}</section>
<section aria-labelledby="chart"><h2 id="chart">${e(t.t('dash-chart'))}</h2><img class="chart" src="/dashboard/campaigns/${c.id}/chart.svg" alt="${e(t.t('dash-chart-alt', { campaign: c.name }))}" width="800" height="520"></section>
<section aria-labelledby="members"><h2 id="members">${e(t.t('dash-members'))}</h2>${a.settled ? '' : `<p class="note">${e(t.t('dash-gold-note'))}</p>`}${members}</section>
${appealSection(t, csrf, appeals)}
<section aria-labelledby="exports"><h2 id="exports">${e(t.t('dash-exports'))}</h2><ul>${exportLinks}</ul></section>
<section aria-labelledby="actions"><h2 id="actions">${e(t.t('dash-actions'))}</h2>${actions ? `<div class="actions">${actions}</div>${actionNote}` : `<p>${e(t.t('dash-no-actions'))}</p>`}</section>`;
  return page({ t, title: `#${c.id} ${c.name} · ${t.t('dash-title')}`, community, csrf }, body);
}

/**
 * The login link's page: one button that posts the token. Opening the link spends nothing,
 * so a link preview or a scanner that fetches it does not use it up.
 */
export function loginPage(t: Translator, token: string): string {
  return page(
    { t, title: t.t('dash-title') },
    `<h1>${e(t.t('dash-title'))}</h1><form method="post" action="/dashboard/login"><input type="hidden" name="token" value="${e(token)}"><button type="submit" autofocus>${e(t.t('dash-open'))}</button></form><p class="note">${e(t.t('dash-open-note'))}</p>`,
  );
}

/** A refusal: why the dashboard did not open, and how to get in again. */
/** What a decision did (an appeal upheld or refused, or why not), with the way back. */
export function messagePage(t: Translator, text: string): string {
  return page({ t, title: t.t('dash-title') }, `<h1>${e(t.t('dash-appeals'))}</h1><p role="status">${e(text)}</p><p><a href="/dashboard">${e(t.t('dash-back'))}</a></p>`);
}

export function refusalPage(t: Translator, text: string): string {
  return page({ t, title: t.t('dash-title') }, `<h1>${e(t.t('dash-refused-heading'))}</h1><p>${e(text)}</p>`);
}

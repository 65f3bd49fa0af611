import type { BatchPage, CapProjection, TransparencyOverview } from '../../core';
import { languages } from '../common/i18n/languages';
import type { Translator } from '../common/i18n/translator';
import { escapeHtml as e, scriptJson } from './link-page-html';

/** What transparency.js says as it checks, in the page's language; it fills in {id}, {reason}, {status} and the counts. */
export interface TransparencyTexts {
  checking: string;
  checkingAll: string;
  summary: string;
  verified: string;
  notMinted: string;
  mismatchManifest: string;
  mismatchChain: string;
  mismatchNotMinted: string;
  unchecked: string;
  reasons: Record<'no-chain' | 'unreachable' | 'timeout' | 'manifest' | 'server' | 'network', string>;
}

export function transparencyTexts(t: Translator): TransparencyTexts {
  return {
    checking: t.t('transparency-checking'),
    checkingAll: t.t('transparency-checking-all', { count: '{count}' }),
    summary: t.t('transparency-summary', { count: '{count}', verified: '{verified}', mismatch: '{mismatch}', unchecked: '{unchecked}' }),
    verified: t.t('transparency-verified'),
    notMinted: t.t('transparency-not-minted'),
    mismatchManifest: t.t('transparency-mismatch-manifest'),
    mismatchChain: t.t('transparency-mismatch-chain', { id: '{id}' }),
    mismatchNotMinted: t.t('transparency-mismatch-not-minted'),
    unchecked: t.t('transparency-unchecked', { reason: '{reason}' }),
    reasons: {
      'no-chain': t.t('transparency-reason-no-chain'),
      unreachable: t.t('transparency-reason-unreachable'),
      timeout: t.t('transparency-reason-timeout'),
      manifest: t.t('transparency-reason-manifest', { status: '{status}' }),
      server: t.t('transparency-reason-server', { status: '{status}' }),
      network: t.t('transparency-reason-network'),
    },
  };
}

const STATE_TEXT = {
  prepared: 'transparency-state-prepared',
  submitted: 'transparency-state-submitted',
  confirmed: 'transparency-state-confirmed',
  failed: 'transparency-state-failed',
} as const;

/** "0x12345678…9abcdef0": the whole value stays in the title and the links. */
const short = (hex: string): string => (hex.length > 20 ? `${hex.slice(0, 10)}…${hex.slice(-8)}` : hex);

function projection(t: Translator, p: CapProjection, day: Intl.DateTimeFormat): string {
  switch (p.kind) {
    case 'reached':
      return t.t('transparency-cap-reached');
    case 'no-pace':
      return t.t('transparency-cap-no-pace');
    case 'far':
      return t.t('transparency-cap-far');
    case 'date':
      return t.t('transparency-cap-date', { date: day.format(p.at), days: p.days });
  }
}

export interface TransparencyPageInput {
  overview: TransparencyOverview;
  page: BatchPage;
  /** The cursor this page was asked for (undefined: the newest). */
  before: number | undefined;
}

/**
 * The whole page, server-rendered in one language: every value escaped, no inline script
 * (the script's texts are a JSON data block), times in UTC. The batch rows carry their id
 * and state for transparency.js, which fills in each row's check.
 */
export function transparencyPageHtml(t: Translator, input: TransparencyPageInput): string {
  const { supply, communities, communityCount } = input.overview;
  const lang = t.lang;
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  // Shares are shown, never computed with: a float is fine here. A share too small to show says "< 0.0001%", not 0%.
  const share = (parts: bigint, of: number, digits: number, nonZero = false) => {
    const f = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: digits });
    return nonZero && parts === 0n ? `< ${f.format(10 ** -(digits + 2))}` : f.format(Number(parts) / of);
  };
  const count = (n: number) => new Intl.NumberFormat(lang).format(n);
  const utc = (d: Date) => `${when.format(d)} UTC`;
  const q = (extra: string) => `?lang=${encodeURIComponent(lang)}${extra}`;

  const languageNav = languages()
    .map((l) => (l.tag === lang ? `<li><span aria-current="page">${e(l.name)}</span></li>` : `<li><a href="/transparency?lang=${encodeURIComponent(l.tag)}" lang="${e(l.tag)}" hreflang="${e(l.tag)}">${e(l.name)}</a></li>`))
    .join('');

  const paceRow = (label: string, minted: bigint, p: CapProjection) => `<tr><th scope="row">${e(label)}</th><td class="num">${e(t.tnet(minted))}</td><td>${e(projection(t, p, day))}</td></tr>`;

  const communityRows = communities
    .map(
      (c) =>
        `<tr><th scope="row">#${c.id} ${e(c.title)}</th><td class="num">${e(t.tnet(c.allowance))}</td><td class="num">${e(t.tnet(c.reserved))}</td><td class="num">${e(t.tnet(c.spent))}</td><td class="num">${e(t.tnet(c.left))}</td></tr>`,
    )
    .join('');
  const communityTable =
    communities.length === 0
      ? `<p>${e(t.t('transparency-no-communities'))}</p>`
      : `<div class="scroll" role="region" tabindex="0" aria-labelledby="communities-heading"><table>
<thead><tr><th scope="col">${e(t.t('transparency-community'))}</th><th scope="col">${e(t.t('transparency-allowance'))}</th><th scope="col">${e(t.t('transparency-reserved'))}</th><th scope="col">${e(t.t('transparency-spent'))}</th><th scope="col">${e(t.t('transparency-left'))}</th></tr></thead>
<tbody>${communityRows}</tbody></table></div>${
          communityCount > communities.length ? `<p>${e(t.t('transparency-communities-more', { shown: communities.length, count: communityCount }))}</p>` : ''
        }`;

  const batchRows = input.page.batches
    .map((b) => {
      const manifestUrl = `/transparency/batches/${b.batchId}/manifest`;
      return `<tr data-batch-id="${e(b.batchId)}" data-state="${e(b.state)}">
<th scope="row"><code title="${e(b.batchId)}">${e(short(b.batchId))}</code></th>
<td class="check">${e(t.t('transparency-checking'))}</td>
<td>${e(t.t(STATE_TEXT[b.state]))}</td>
<td class="num">${e(t.tnet(b.gross))}</td>
<td class="num">${e(t.tnet(b.foundation))}</td>
<td class="num">${e(count(b.recipients))}</td>
<td class="date">${e(utc(b.createdAt))}</td>
<td class="date">${e(utc(b.updatedAt))}</td>
<td>${b.txHash ? `<code title="${e(b.txHash)}">${e(short(b.txHash))}</code>` : '—'}</td>
<td><a href="${e(manifestUrl)}" download="${e(b.batchId)}.json">${e(t.t('transparency-download'))}</a></td>
</tr>`;
    })
    .join('\n');
  const batchTable =
    input.page.batches.length === 0
      ? `<p>${e(t.t('transparency-no-batches'))}</p>`
      : `<p id="check-summary" role="status" aria-live="polite"></p>
<noscript><p>${e(t.t('transparency-needs-script'))}</p></noscript>
<div class="scroll" role="region" tabindex="0" aria-labelledby="batches-heading"><table id="batches">
<thead><tr><th scope="col">${e(t.t('transparency-batch-id'))}</th><th scope="col">${e(t.t('transparency-batch-check'))}</th><th scope="col">${e(t.t('transparency-batch-state'))}</th><th scope="col">${e(t.t('transparency-batch-minted'))}</th><th scope="col">${e(t.t('transparency-batch-foundation'))}</th><th scope="col">${e(t.t('transparency-batch-recipients'))}</th><th scope="col">${e(t.t('transparency-batch-created'))}</th><th scope="col">${e(t.t('transparency-batch-updated'))}</th><th scope="col">${e(t.t('transparency-batch-tx'))}</th><th scope="col">${e(t.t('transparency-batch-manifest'))}</th></tr></thead>
<tbody>
${batchRows}
</tbody></table></div>`;
  const pager = [
    input.before !== undefined ? `<a href="${e(`/transparency${q('')}`)}#batches-heading">${e(t.t('transparency-newest'))}</a>` : '',
    input.page.olderBefore !== undefined ? `<a href="${e(`/transparency${q(`&before=${input.page.olderBefore}`)}`)}#batches-heading" rel="next">${e(t.t('transparency-older'))}</a>` : '',
  ]
    .filter(Boolean)
    .join(' ');

  return `<!doctype html>
<html lang="${e(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t.t('transparency-title'))}</title>
<link rel="stylesheet" href="/static/transparency.css">
</head>
<body>
<header>
<nav aria-label="${e(t.t('transparency-language-label'))}"><ul class="languages">${languageNav}</ul></nav>
</header>
<main>
<h1>${e(t.t('transparency-heading'))}</h1>
<p>${e(t.t('transparency-intro'))}</p>

<section aria-labelledby="supply-heading">
<h2 id="supply-heading">${e(t.t('transparency-supply-heading'))}</h2>
<dl class="figures">
<div><dt>${e(t.t('transparency-minted-label'))}</dt><dd id="minted">${e(t.t('transparency-minted-value', { minted: t.tnet(supply.minted), cap: t.tnet(supply.cap), percent: share(supply.mintedPpm, 1_000_000, 4, supply.minted > 0n) }))}</dd></div>
<div><dt>${e(t.t('transparency-remaining-label'))}</dt><dd>${e(t.tnet(supply.remaining))}</dd></div>
<div><dt>${e(t.t('transparency-batches-label'))}</dt><dd id="confirmed-batches">${e(count(supply.confirmedBatches))}</dd></div>
</dl>
</section>

<section aria-labelledby="pace-heading">
<h2 id="pace-heading">${e(t.t('transparency-pace-heading'))}</h2>
<div class="scroll" role="region" tabindex="0" aria-labelledby="pace-heading"><table>
<thead><tr><th scope="col">${e(t.t('transparency-pace-window-label'))}</th><th scope="col">${e(t.t('transparency-pace-minted-label'))}</th><th scope="col">${e(t.t('transparency-pace-cap-label'))}</th></tr></thead>
<tbody>${paceRow(t.t('transparency-pace-7'), supply.last7, supply.at7)}${paceRow(t.t('transparency-pace-30'), supply.last30, supply.at30)}</tbody>
</table></div>
</section>

<section aria-labelledby="foundation-heading">
<h2 id="foundation-heading">${e(t.t('transparency-foundation-heading'))}</h2>
<p id="foundation">${e(t.t('transparency-foundation-text', { foundation: t.tnet(supply.foundation), percent: share(supply.foundationBps, 10_000, 2), miners: t.tnet(supply.minersTotal) }))}</p>
</section>

<section aria-labelledby="communities-heading">
<h2 id="communities-heading">${e(t.t('transparency-communities-heading'))}</h2>
<p>${e(t.t('transparency-communities-intro'))}</p>
${communityTable}
</section>

<section aria-labelledby="batches-heading">
<h2 id="batches-heading">${e(t.t('transparency-batches-heading'))}</h2>
<p>${e(t.t('transparency-batches-intro'))}</p>
${batchTable}
${pager ? `<p class="pager">${pager}</p>` : ''}
</section>
</main>
<!-- The script's texts in the page's language: data, never run (the CSP allows no inline script). -->
<script id="texts" type="application/json">${scriptJson(transparencyTexts(t))}</script>
<script src="/static/keccak256.js"></script>
<script src="/static/transparency.js"></script>
</body>
</html>
`;
}

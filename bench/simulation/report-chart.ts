import { formatTnet } from '../../core';
import type { SimulationReport } from './simulation-report';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A bar chart (SVG) of TNET per member by behaviour, next to what the oracle would pay. */
export function reportChartSvg(r: SimulationReport): string {
  const W = 900;
  const rowH = 34;
  const left = 170;
  const H = 80 + r.rows.length * rowH;
  const per = (x: bigint, n: number) => (n === 0 ? 0 : Number(x / BigInt(n)) / 1e18);
  const values = r.rows.map((x) => ({ name: x.behaviour, paid: per(r.mintedOnChain ? x.minted : x.earned, x.members), oracle: per(x.oracle, x.members) }));
  const max = Math.max(1, ...values.map((v) => Math.max(v.paid, v.oracle)));
  const scale = (v: number) => ((W - left - 120) * v) / max;
  const bars = values
    .map((v, i) => {
      const y = 50 + i * rowH;
      return (
        `<text x="${left - 10}" y="${y + 16}" text-anchor="end" font-size="14">${esc(v.name)}</text>` +
        `<rect x="${left}" y="${y}" width="${scale(v.oracle).toFixed(1)}" height="10" fill="#cbd5e1"/>` +
        `<rect x="${left}" y="${y + 12}" width="${scale(v.paid).toFixed(1)}" height="12" fill="#2563eb"/>` +
        `<text x="${left + scale(Math.max(v.paid, v.oracle)) + 8}" y="${y + 22}" font-size="12">${v.paid.toFixed(1)} TNET</text>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif">` +
    `<rect width="100%" height="100%" fill="white"/>` +
    `<text x="20" y="28" font-size="16">TNET per member by behaviour (blue: paid, grey: oracle) · ${esc(formatTnet(r.mintedOnChain ? r.minted : r.earned))} TNET in all</text>` +
    bars +
    `</svg>`
  );
}

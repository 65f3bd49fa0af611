import type { AuditRecord, Community } from '../../core';
import { tnet } from './format';

/** Details that carry base units, shown as TNET. */
const AMOUNTS = new Set(['amount', 'allowance', 'budget', 'reward', 'released']);

/** One audit line: "2026-12-05 14:40 UTC #17 telegram:999 campaign.pause campaign:3 from=active to=paused". */
export function auditLine(r: AuditRecord): string {
  const at = r.at.toISOString().slice(0, 16).replace('T', ' ');
  const details = Object.entries(r.details)
    .map(([k, v]) => `${k}=${AMOUNTS.has(k) && typeof v === 'string' && /^\d+$/.test(v) ? tnet(BigInt(v)).replace(' ', '\u00a0') : String(v)}`)
    .join(' ');
  const community = r.communityId === null ? 'platform' : `community:${r.communityId}`;
  return [`${at} UTC #${r.id}`, r.actor, r.action, r.subject ?? '-', community, details].filter((p) => p !== '').join(' ');
}

/** A community and its allowance in one line. */
export const communityLine = (c: Community): string =>
  `#${c.id} ${c.platform} ${c.platformChatId} "${c.title}" · allowance ${tnet(c.allowance)}, ${tnet(c.reserved)} reserved, ${tnet(c.allowance > c.reserved ? c.allowance - c.reserved : 0n)} left`;

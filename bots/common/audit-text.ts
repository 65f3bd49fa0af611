import type { AuditRecord, Community } from '../../core';
import type { Translator } from './i18n/translator';

/** Details that carry base units, shown as TNET. */
const AMOUNTS = new Set(['amount', 'allowance', 'budget', 'reward', 'released', 'cap', 'previous_cap']);

/**
 * One audit line: "2026-12-05 14:40 UTC #17 telegram:999 campaign.pause campaign:3 platform from=active to=paused".
 * Who, what and the details stay the recorded codes; the amounts and the place are words.
 */
export function auditLine(t: Translator, r: AuditRecord): string {
  const at = r.at.toISOString().slice(0, 16).replace('T', ' ');
  const details = Object.entries(r.details)
    .map(([k, v]) => `${k}=${AMOUNTS.has(k) && typeof v === 'string' && /^\d+$/.test(v) ? t.tnet(BigInt(v)).replace(' ', '\u00a0') : String(v)}`)
    .join(' ');
  const community = r.communityId === null ? t.t('audit-platform') : t.t('audit-community', { communityId: r.communityId });
  const rest = [r.actor, r.action, r.subject ?? '-', community, details].filter((p) => p !== '').join(' ');
  return t.t('audit-line', { at, id: r.id, rest });
}

/** A community and its allowance in one line. */
export const communityLine = (t: Translator, c: Community): string =>
  t.t('community-line', {
    communityId: c.id,
    platform: c.platform,
    chatId: c.platformChatId,
    title: c.title,
    allowance: t.tnet(c.allowance),
    reserved: t.tnet(c.reserved),
    left: t.tnet(c.allowance > c.reserved ? c.allowance - c.reserved : 0n),
  });

import { parseTnet } from '../../../core';
import { auditLine, communityLine } from '../audit-text';
import { actorOf } from '../moderator-actor';
import { idOf, say, UsageError, type ChatCommand } from './command';

/** /community's subcommands; `info` is the bare `/community` (this chat's community). */
export type CommunityInput =
  | { sub: 'info' }
  | { sub: 'register'; /** '' takes the group's or server's name. */ title: string }
  | { sub: 'grant'; communityId?: number; amount: bigint }
  | { sub: 'audit'; communityId?: number }
  | { sub: 'cap'; /** null lifts the cap. */ cap: bigint | null }
  | { sub: 'list' };

/** A daily cap as typed: TNET per member and day (like 100 or 0.5), or "off". */
export function capInput(text: string | undefined): CommunityInput | UsageError {
  if (text === undefined) return new UsageError('community-cap-usage');
  if (text.toLowerCase() === 'off') return { sub: 'cap', cap: null };
  const cap = parseTnet(text);
  return cap === undefined || cap <= 0n ? new UsageError('community-cap-usage') : { sub: 'cap', cap };
}

/** A grant as typed: the amount in TNET (like 50000 or 0.5), for the community given or the one spoken in. */
export function grantInput(communityId: number | undefined, amountText: string): CommunityInput | UsageError {
  const amount = parseTnet(amountText);
  return amount === undefined ? new UsageError('community-grant-usage') : { sub: 'grant', ...(communityId === undefined ? {} : { communityId }), amount };
}

function parseGrant(rest: string[]): CommunityInput | UsageError {
  const [a, b] = rest;
  if (rest.length > 2 || a === undefined) return new UsageError('community-grant-usage');
  if (b === undefined) return grantInput(undefined, a);
  const given = idOf(a);
  return given === undefined ? new UsageError('community-grant-usage') : grantInput(given, b);
}

/**
 * /community: platform admins register the chat or server spoken in and grant allowances;
 * a community's moderators see its allowance and its part of the audit log, and set the
 * daily earning cap per member (`/community cap <TNET|off>`, in its chat or server). Core checks
 * every right again (CommunityService, ModerationService).
 */
export const communityCommand: ChatCommand<CommunityInput> = {
  name: 'community',
  who: { info: 'moderator', audit: 'moderator', cap: 'moderator', register: 'platform_admin', grant: 'platform_admin', list: 'platform_admin' },
  where: 'anywhere',
  parse(args) {
    const [sub, ...rest] = args;
    switch (sub) {
      case undefined:
        return { sub: 'info' };
      case 'register':
        return { sub, title: rest.join(' ') };
      case 'grant':
        return parseGrant(rest);
      case 'audit': {
        const communityId = idOf(rest[0]);
        if (rest.length > 1 || (rest[0] !== undefined && communityId === undefined)) return new UsageError('community-audit-usage');
        return communityId === undefined ? { sub } : { sub, communityId };
      }
      case 'cap':
        return rest.length > 1 ? new UsageError('community-cap-usage') : capInput(rest[0]);
      case 'list':
        return { sub };
      default:
        return new UsageError('community-unknown-sub', { sub });
    }
  },
  async run(deps, { ctx, t }, input) {
    const actor = actorOf(ctx, (await deps.identities.resolve(ctx.user)).memberId);
    const place = actor.here.place;
    switch (input.sub) {
      case 'info': {
        const c = await deps.moderation.communityHere(actor);
        if (!c) return say(t.t(place === null ? 'community-usage' : 'community-not-registered'));
        return say(t.t('community-info', { line: communityLine(t, c) }));
      }
      case 'register': {
        if (place === null) return say(t.t('community-register-here'));
        const title = input.title || ctx.moderator?.placeTitle || '';
        const c = await deps.communities.register(actor, { platform: actor.here.platform, platformChatId: place, title });
        return say(t.t('community-registered', { communityId: c.id, title: c.title }));
      }
      case 'grant': {
        const communityId = input.communityId ?? (place === null ? undefined : (await deps.communities.byPlace(actor.here.platform, place))?.id);
        if (communityId === undefined) return say(t.t(place === null ? 'community-grant-private-usage' : 'community-register-first'));
        const c = await deps.communities.grant(actor, communityId, input.amount);
        return say(t.t('community-granted', { amount: t.tnet(input.amount), communityId: c.id, allowance: t.tnet(c.allowance), left: t.tnet(c.allowance - c.reserved) }));
      }
      case 'audit': {
        const lines = await deps.moderation.audit(actor, input.communityId);
        return say(lines.length === 0 ? t.t('community-audit-empty') : t.t('community-audit', { lines: lines.map((r) => auditLine(t, r)).join('\n') }));
      }
      case 'cap': {
        if (place === null) return say(t.t('community-cap-here'));
        const c = await deps.moderation.setDailyCap(actor, input.cap);
        return say(c.dailyCap === null ? t.t('community-cap-off', { communityId: c.id }) : t.t('community-cap-set', { communityId: c.id, cap: t.tnet(c.dailyCap) }));
      }
      case 'list': {
        const all = await deps.communities.list();
        return say(all.length === 0 ? t.t('community-none') : t.t('community-list', { lines: all.map((c) => communityLine(t, c)).join('\n') }));
      }
    }
  },
};

import { parseTnet } from '../../../core';
import { auditLine, communityLine } from '../audit-text';
import { tnet } from '../format';
import { actorOf } from '../moderator-actor';
import { idOf, say, UsageError, type ChatCommand } from './command';

/** /community's subcommands; `info` is the bare `/community` (this chat's community). */
export type CommunityInput =
  | { sub: 'info' }
  | { sub: 'register'; /** '' takes the group's or server's name. */ title: string }
  | { sub: 'grant'; communityId?: number; amount: bigint }
  | { sub: 'audit'; communityId?: number }
  | { sub: 'list' };

export const COMMUNITY_USAGE =
  'Usage: /community (this community and its allowance) | /community audit [community id]\n' +
  'Platform admins: /community register [title] (in the group or server; the title defaults to its name) | /community grant [community id] <TNET> | /community list';

const GRANT_USAGE = 'Usage: /community grant [community id] <TNET>, like /community grant 50000.';

/** A grant as typed: the amount in TNET (like 50000 or 0.5), for the community given or the one spoken in. */
export function grantInput(communityId: number | undefined, amountText: string): CommunityInput | UsageError {
  const amount = parseTnet(amountText);
  return amount === undefined ? new UsageError(GRANT_USAGE) : { sub: 'grant', ...(communityId === undefined ? {} : { communityId }), amount };
}

function parseGrant(rest: string[]): CommunityInput | UsageError {
  const [a, b] = rest;
  if (rest.length > 2 || a === undefined) return new UsageError(GRANT_USAGE);
  if (b === undefined) return grantInput(undefined, a);
  const given = idOf(a);
  return given === undefined ? new UsageError(GRANT_USAGE) : grantInput(given, b);
}

/**
 * /community: platform admins register the chat or server spoken in and grant allowances;
 * a community's moderators see its allowance and its part of the audit log. Core checks
 * every right again (CommunityService, ModerationService).
 */
export const communityCommand: ChatCommand<CommunityInput> = {
  name: 'community',
  who: { info: 'moderator', audit: 'moderator', register: 'platform_admin', grant: 'platform_admin', list: 'platform_admin' },
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
        if (rest.length > 1 || (rest[0] !== undefined && communityId === undefined)) return new UsageError('Usage: /community audit [community id]');
        return communityId === undefined ? { sub } : { sub, communityId };
      }
      case 'list':
        return { sub };
      default:
        return new UsageError(`Unknown subcommand "${sub}".\n${COMMUNITY_USAGE}`);
    }
  },
  async run(deps, { ctx }, input) {
    const actor = actorOf(ctx, (await deps.identities.resolve(ctx.user)).memberId);
    const place = actor.here.place;
    switch (input.sub) {
      case 'info': {
        const c = await deps.moderation.communityHere(actor);
        if (!c) return say(place === null ? COMMUNITY_USAGE : 'This chat is not a registered community. A platform admin registers it with /community register.');
        return say(`Community ${communityLine(c)}`);
      }
      case 'register': {
        if (place === null) return say('Send /community register in the group or server to register, or use the CLI: tnet community register.');
        const title = input.title || ctx.moderator?.placeTitle || '';
        const c = await deps.communities.register(actor, { platform: actor.here.platform, platformChatId: place, title });
        return say(`This chat is now community #${c.id} "${c.title}". Grant it an allowance with /community grant <TNET>.`);
      }
      case 'grant': {
        const communityId = input.communityId ?? (place === null ? undefined : (await deps.communities.byPlace(actor.here.platform, place))?.id);
        if (communityId === undefined) return say(place === null ? 'Usage: /community grant <community id> <TNET> in private.' : 'This chat is not a registered community. Register it first with /community register.');
        const c = await deps.communities.grant(actor, communityId, input.amount);
        return say(`Granted ${tnet(input.amount)} to community #${c.id}: ${tnet(c.allowance)} in total, ${tnet(c.allowance - c.reserved)} left.`);
      }
      case 'audit': {
        const lines = await deps.moderation.audit(actor, input.communityId);
        return say(lines.length === 0 ? 'The audit log has nothing here yet.' : `Audit log (newest last)\n${lines.map(auditLine).join('\n')}`);
      }
      case 'list': {
        const all = await deps.communities.list();
        return say(all.length === 0 ? 'No communities yet.' : `Communities\n${all.map(communityLine).join('\n')}`);
      }
    }
  },
};

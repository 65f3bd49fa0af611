import { parseTnet, type Core } from '../../core';
import { auditLine, communityLine } from './audit-text';
import type { ChatContext, ChatReply } from './chat-message';
import { actorOf, mayTryModerating } from './moderator-actor';
import { tnet } from './format';

export type CommunityDeps = Pick<Core, 'communities' | 'moderation' | 'identities'>;

export const COMMUNITY_USAGE =
  'Usage: /community (this community and its allowance) | /community audit [community id]\n' +
  'Platform admins: /community register [title] (in the group or server; the title defaults to its name) | /community grant [community id] <TNET> | /community list';

const say = (t: string): ChatReply => ({ messages: [{ text: t }] });
const idOf = (t: string | undefined): number | undefined => (t !== undefined && /^#?\d{1,9}$/.test(t) ? Number(t.replace(/^#/, '')) : undefined);

/**
 * /community: platform admins register the chat or server spoken in and grant allowances;
 * a community's moderators see its allowance and its part of the audit log. Core checks
 * every right again (CommunityService, ModerationService).
 */
export async function communityCommand(deps: CommunityDeps, ctx: ChatContext, args: string[]): Promise<ChatReply> {
  const [sub, ...rest] = args;
  if (!(await mayTryModerating(ctx))) return say('Only moderators can do that.');
  const actor = actorOf(ctx, (await deps.identities.resolve(ctx.user)).memberId);
  const place = actor.here.place;
  switch (sub) {
    case undefined: {
      const c = await deps.moderation.communityHere(actor);
      if (!c) return say(place === null ? COMMUNITY_USAGE : 'This chat is not a registered community. A platform admin registers it with /community register.');
      return say(`Community ${communityLine(c)}`);
    }
    case 'register': {
      if (!actor.platformAdmin) return say('Only platform admins can do that.');
      if (place === null) return say('Send /community register in the group or server to register, or use the CLI: tnet community register.');
      const title = rest.join(' ') || ctx.moderator?.placeTitle || '';
      const c = await deps.communities.register(actor, { platform: actor.here.platform, platformChatId: place, title });
      return say(`This chat is now community #${c.id} "${c.title}". Grant it an allowance with /community grant <TNET>.`);
    }
    case 'grant': {
      if (!actor.platformAdmin) return say('Only platform admins can do that.');
      const [a, b] = rest;
      const given = b === undefined ? undefined : idOf(a);
      const amountText = b === undefined ? a : b;
      const amount = amountText === undefined ? undefined : parseTnet(amountText);
      if (rest.length > 2 || amount === undefined || (b !== undefined && given === undefined)) return say('Usage: /community grant [community id] <TNET>, like /community grant 50000.');
      const communityId = given ?? (place === null ? undefined : (await deps.communities.byPlace(actor.here.platform, place))?.id);
      if (communityId === undefined) return say(place === null ? 'Usage: /community grant <community id> <TNET> in private.' : 'This chat is not a registered community. Register it first with /community register.');
      const c = await deps.communities.grant(actor, communityId, amount);
      return say(`Granted ${tnet(amount)} to community #${c.id}: ${tnet(c.allowance)} in total, ${tnet(c.allowance - c.reserved)} left.`);
    }
    case 'audit': {
      if (rest.length > 1 || (rest[0] !== undefined && idOf(rest[0]) === undefined)) return say('Usage: /community audit [community id]');
      const lines = await deps.moderation.audit(actor, idOf(rest[0]));
      return say(lines.length === 0 ? 'The audit log has nothing here yet.' : `Audit log (newest last)\n${lines.map(auditLine).join('\n')}`);
    }
    case 'list': {
      if (!actor.platformAdmin) return say('Only platform admins can do that.');
      const all = await deps.communities.list();
      return say(all.length === 0 ? 'No communities yet.' : `Communities\n${all.map(communityLine).join('\n')}`);
    }
    default:
      return say(`Unknown subcommand "${sub}".\n${COMMUNITY_USAGE}`);
  }
}

import { actorOf } from '../moderator-actor';
import { idOf, say, UsageError, type ChatCommand } from './command';

export interface DashboardInput {
  /** The community to open, from a private chat; absent: the group or server spoken in. */
  communityId?: number;
}

export const dashboardInput = (args: readonly string[]): DashboardInput | UsageError => {
  if (args.length === 0) return {};
  const id = args.length === 1 ? idOf(args[0]) : undefined;
  return id === undefined ? new UsageError('usage-dashboard') : { communityId: id };
};

const minutes = (ms: number): number => Math.round(ms / 60_000);

/**
 * /dashboard [community id]: a one-time link to the moderator dashboard of the community
 * spoken in (or, in private, the one named), for its moderators and platform admins only
 * (core's moderation decides, asking the platform). The link is personal: from a group it
 * goes to the speaker's private chat (a moderator listing, private-only.ts), on Discord in
 * an ephemeral reply; it never reaches the group.
 */
export const dashboardCommand: ChatCommand<DashboardInput> = {
  name: 'dashboard',
  who: 'moderator',
  where: 'anywhere',
  parse: (args) => dashboardInput(args),
  async run(deps, { ctx, member, t }, input) {
    const actor = actorOf(ctx, member.memberId);
    const community = await deps.moderation.moderatedCommunity(actor, input.communityId);
    if (!community) return say(t.t(input.communityId === undefined ? 'dashboard-no-community' : 'dashboard-no-such-community'));
    // Never into a shared chat: a group's /dashboard is answered in private by the adapter.
    if (!ctx.isPrivate && ctx.user.platform !== 'discord') return say(t.t('dashboard-not-here'));
    // The dashboard speaks the moderator's own language, like the link page.
    const link = await deps.dashboard.issueLink(member.memberId, ctx.user, community.id, ctx.memberLang);
    return say(t.t('dashboard-link', { title: community.title, url: link.url, minutes: minutes(deps.dashboard.linkTtlMs) }));
  },
};

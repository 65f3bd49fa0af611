import type { Actor } from '../../core';
import type { ChatContext } from './chat-message';

/** The speaker as core's Actor: identity, platform admin, where, and the platform's check. */
export function actorOf(ctx: ChatContext, memberId: number): Actor {
  const m = ctx.moderator;
  return {
    memberId,
    identity: `${ctx.user.platform}:${ctx.user.platformUserId}`,
    platformAdmin: m?.platformAdmin ?? false,
    here: { platform: ctx.user.platform, place: m?.place ?? null },
    moderates: (place) => (m ? m.moderates(place) : Promise.resolve(false)),
  };
}

/**
 * The cheap first gate of a moderator command: a platform admin, or in a group or server
 * one of its administrators; in a private chat anyone passes on to the per-campaign check.
 */
export async function mayTryModerating(ctx: ChatContext): Promise<boolean> {
  const m = ctx.moderator;
  if (!m) return false;
  if (m.platformAdmin || m.place === null) return true;
  return m.moderates(m.place);
}

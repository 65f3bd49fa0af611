/**
 * Which campaigns a place serves, in the form the assignment's campaign filter reads
 * (selectServableCampaigns binds exactly these two fields).
 */
export interface AnswerScope {
  /** Every community's campaigns: a private chat with the bot (or no chat: the CLI, the console). */
  everyCommunity: boolean;
  /** Besides the platform's campaigns, this community's; null: the platform's only. */
  communityId: number | null;
}

/**
 * The scope of a place: in private (`place` null) every active campaign; in a group,
 * channel or server its own community's campaigns and the platform's; in one no community
 * registered (`community` null), the platform's only.
 */
export function answerScope(place: string | null, community: number | null): AnswerScope {
  if (place === null) return { everyCommunity: true, communityId: null };
  return { everyCommunity: false, communityId: community };
}

/**
 * Whether a campaign may be served under a scope: members answer a community's campaigns
 * in its chats and in private with the bot, platform campaigns (`campaignCommunity` null)
 * anywhere.
 */
export function mayAnswerHere(scope: AnswerScope, campaignCommunity: number | null): boolean {
  return scope.everyCommunity || campaignCommunity === null || campaignCommunity === scope.communityId;
}

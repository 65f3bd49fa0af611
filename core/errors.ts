import type { Problem } from './domain/problem';

/**
 * Broken domain rules. Each code is stable: chat adapters map it to words through one
 * typed table, so adding a code without a message fails compilation there.
 */
export interface DomainErrorDetails {
  'member.not_found': { memberId: number };
  'member.banned': { memberId: number };
  'member.no_merge': Record<string, never>;
  'member.merge_expired': Record<string, never>;
  /** The wallet the merge was offered for moved or was unlinked since. */
  'member.merge_stale': Record<string, never>;
  'campaign.not_found': { campaignId: number };
  'campaign.invalid_definition': { problems: Problem[] };
  'campaign.invalid_transition': { campaignId: number; from: string; to: string };
  'campaign.not_active': { campaignId: number; status: string };
  'campaign.import_invalid': { badRows: { row: number; reason: Problem }[]; badRowCount: number };
  'campaign.closed': { campaignId: number };
  'campaign.no_items': { campaignId: number };
  'campaign.export_format': { campaignId: number; format: string; kind: string };
  /** A moderator's command from someone who moderates nothing here. */
  'campaign.forbidden': Record<string, never>;
  'campaign.budget_exhausted': { campaignId: number };
  /** The budget would let campaigns promise more than the 6,000,000,000 TNET cap; `available` in base units. */
  'campaign.over_cap': { available: bigint };
  /** A community's campaign is posted only in its own chat or server. */
  'campaign.post_elsewhere': { campaignId: number };
  /** A contribute campaign's check campaign is served only privately (/task), never posted in a chat. */
  'campaign.check_not_posted': { campaignId: number };
  'community.not_found': { communityId: number };
  /** The chat or server spoken in is not a registered community. */
  'community.not_registered': Record<string, never>;
  'community.already_registered': { communityId: number };
  /** Registering communities and granting allowances is for platform admins. */
  'community.forbidden': Record<string, never>;
  'community.invalid': { reason: Problem };
  /** The budget does not fit the community's emission allowance; `available` in base units. */
  'community.allowance_exceeded': { communityId: number; available: bigint };
  'task.not_found': { taskId: number };
  'answer.task_closed': { taskId: number };
  /** The task was never served to the member (no /task card, no open card of it pressed in its chat). */
  'answer.not_served': { taskId: number };
  'answer.task_full': { taskId: number };
  'answer.invalid_option': { taskId: number; option: string };
  'answer.rate_limited': { retryAfterSeconds: number };
  'answer.campaign_paused': { campaignId: number; status: string };
  /** The task checks a contribution the member wrote: others judge it. */
  'answer.own_contribution': { taskId: number };
  /** A text was sent for a task that takes a button (not a contribute task). */
  'contribution.not_wanted': { taskId: number };
  'wallet.invalid_address': { text: string };
  'wallet.no_challenge': Record<string, never>;
  'wallet.challenge_expired': Record<string, never>;
  'wallet.bad_signature': Record<string, never>;
  'wallet.address_taken': { address: string };
  'wallet.not_linked': Record<string, never>;
  'model.invalid_config': { problems: string[] };
  'model.invalid_file': { path: string; reason: string };
  'model.shape_mismatch': { path: string; expected: string; actual: string };
  'model.file_changed': { path: string };
  'model.device_unavailable': { device: string; reason: string };
  'model.not_found': { campaignId: number };
  'model.no_predictions': { campaignId: number };
}

export type DomainErrorCode = keyof DomainErrorDetails;

export class DomainError<C extends DomainErrorCode = DomainErrorCode> extends Error {
  constructor(
    readonly code: C,
    readonly details: DomainErrorDetails[C],
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;

import type { DomainError, DomainErrorCode, DomainErrorDetails } from '../../core';
import type { Translator } from './i18n/translator';
import { problemList, problemText } from './problem-text';

/**
 * The one table from error code to the words a member reads, in their language. Typed
 * over every code, so a new code without a message fails compilation; each message id is
 * typed against the English catalog.
 */
const messages: { [C in DomainErrorCode]: (t: Translator, d: DomainErrorDetails[C]) => string } = {
  'member.not_found': (t) => t.t('err-member-not-found'),
  'member.banned': (t) => t.t('err-member-banned'),
  'member.no_merge': (t) => t.t('err-member-no-merge'),
  'member.merge_expired': (t) => t.t('err-member-merge-expired'),
  'member.merge_stale': (t) => t.t('err-member-merge-stale'),
  'campaign.not_found': (t, d) => t.t('err-campaign-not-found', { campaignId: d.campaignId }),
  'campaign.invalid_definition': (t, d) => t.t('err-campaign-invalid-definition', { problems: problemList(t, d.problems) }),
  'campaign.invalid_transition': (t, d) =>
    t.t('err-campaign-invalid-transition', { campaignId: d.campaignId, from: t.t('campaign-status-name', { status: d.from }), to: t.t('campaign-status-name', { status: d.to }) }),
  'campaign.not_active': (t, d) => t.t('err-campaign-not-active', { campaignId: d.campaignId, status: t.t('campaign-status-name', { status: d.status }) }),
  'campaign.import_invalid': (t, d) =>
    t.t('err-campaign-import-invalid', {
      badRowCount: d.badRowCount,
      rows: [
        ...d.badRows.map((r) => t.t('err-campaign-import-row', { row: r.row, reason: problemText(t, r.reason) })),
        ...(d.badRowCount > d.badRows.length ? [t.t('err-campaign-import-more', { count: d.badRowCount - d.badRows.length })] : []),
      ].join('\n'),
    }),
  'campaign.closed': (t, d) => t.t('err-campaign-closed', { campaignId: d.campaignId }),
  'campaign.no_items': (t, d) => t.t('err-campaign-no-items', { campaignId: d.campaignId }),
  'campaign.export_format': (t, d) => t.t('err-campaign-export-format', { campaignId: d.campaignId, kind: d.kind, format: d.format }),
  'campaign.forbidden': (t) => t.t('err-campaign-forbidden'),
  'campaign.budget_exhausted': (t, d) => t.t('err-campaign-budget-exhausted', { campaignId: d.campaignId }),
  'campaign.over_cap': (t, d) => t.t('err-campaign-over-cap', { available: t.tnet(d.available) }),
  'campaign.check_not_posted': (t, d) => t.t('err-campaign-check-not-posted', { campaignId: d.campaignId }),
  'campaign.post_elsewhere': (t, d) => t.t('err-campaign-post-elsewhere', { campaignId: d.campaignId }),
  'community.not_found': (t, d) => t.t('err-community-not-found', { communityId: d.communityId }),
  'community.not_registered': (t) => t.t('err-community-not-registered'),
  'community.already_registered': (t, d) => t.t('err-community-already-registered', { communityId: d.communityId }),
  'community.forbidden': (t) => t.t('err-community-forbidden'),
  'community.invalid': (t, d) => t.t('err-community-invalid', { reason: problemText(t, d.reason) }),
  'community.allowance_exceeded': (t, d) =>
    d.available === 0n ? t.t('err-community-no-allowance') : t.t('err-community-allowance-exceeded', { available: t.tnet(d.available) }),
  'task.not_found': (t) => t.t('err-task-not-found'),
  'answer.not_served': (t) => t.t('err-answer-not-served'),
  'answer.task_closed': (t) => t.t('err-answer-task-closed'),
  'answer.task_full': (t) => t.t('err-answer-task-full'),
  'answer.invalid_option': (t) => t.t('err-answer-invalid-option'),
  'answer.rate_limited': (t, d) => t.t('err-answer-rate-limited', { seconds: d.retryAfterSeconds }),
  'answer.campaign_paused': (t, d) => t.t('err-answer-campaign-paused', { status: t.t('campaign-status-name', { status: d.status }) }),
  'answer.own_contribution': (t) => t.t('err-answer-own-contribution'),
  'contribution.not_wanted': (t) => t.t('err-contribution-not-wanted'),
  'wallet.invalid_address': (t) => t.t('err-wallet-invalid-address'),
  'wallet.no_challenge': (t) => t.t('err-wallet-no-challenge'),
  'wallet.challenge_expired': (t) => t.t('err-wallet-challenge-expired'),
  'wallet.bad_signature': (t) => t.t('err-wallet-bad-signature'),
  'wallet.address_taken': (t) => t.t('err-wallet-address-taken'),
  'wallet.not_linked': (t) => t.t('err-wallet-not-linked'),
  'model.invalid_config': (t, d) => t.t('err-model-invalid-config', { problems: bullets(d.problems) }),
  'model.invalid_file': (t, d) => t.t('err-model-invalid-file', { path: d.path, reason: d.reason }),
  'model.shape_mismatch': (t, d) => t.t('err-model-shape-mismatch', { path: d.path, expected: d.expected, actual: d.actual }),
  'model.file_changed': (t, d) => t.t('err-model-file-changed', { path: d.path }),
  'model.device_unavailable': (t, d) => t.t('err-model-device-unavailable', { device: d.device, reason: d.reason }),
  'model.not_found': (t, d) => t.t('err-model-not-found', { campaignId: d.campaignId }),
  'model.no_predictions': (t, d) => t.t('err-model-no-predictions', { campaignId: d.campaignId }),
};

/** Problems as a list under their message, one "- " line each. */
const bullets = (problems: readonly string[]): string => problems.map((p) => `- ${p}`).join('\n');

/** A broken rule in the reader's words. */
export function errorText(t: Translator, e: DomainError): string {
  return (messages[e.code] as (t: Translator, d: unknown) => string)(t, e.details);
}

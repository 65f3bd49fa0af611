import type { DomainError, DomainErrorCode, DomainErrorDetails } from '../../core';
import { tnet } from './format';

/**
 * The one table from error code to the words a member reads. Typed over every code, so
 * a new code without a message fails compilation.
 */
const messages: { [C in DomainErrorCode]: (d: DomainErrorDetails[C]) => string } = {
  'member.not_found': () => 'I do not know you yet. Send /start first.',
  'member.banned': () => 'Your account is blocked from answering tasks.',
  'member.no_merge': () => 'There is no merge waiting. It is offered when you verify a wallet your account on another chat already linked.',
  'member.merge_expired': () => 'That merge offer expired. Send /link again and sign with the wallet.',
  'member.merge_stale': () => 'That wallet changed since the merge was offered. Send /link again and sign with the wallet.',
  'campaign.not_found': (d) => `There is no campaign #${d.campaignId}.`,
  'campaign.invalid_definition': (d) => `That campaign definition has problems:\n- ${d.problems.join('\n- ')}`,
  'campaign.invalid_transition': (d) => `Campaign #${d.campaignId} is ${d.from}; it cannot become ${d.to}.`,
  'campaign.not_active': (d) => `Campaign #${d.campaignId} is ${d.status}, not active.`,
  'campaign.import_invalid': (d) =>
    `Nothing was imported: ${d.badRowCount} bad row${d.badRowCount === 1 ? '' : 's'}.\n` +
    d.badRows.map((r) => `- line ${r.row}: ${r.reason}`).join('\n') +
    (d.badRowCount > d.badRows.length ? `\n- and ${d.badRowCount - d.badRows.length} more` : ''),
  'campaign.closed': (d) => `Campaign #${d.campaignId} is closed.`,
  'campaign.no_items': (d) => `Campaign #${d.campaignId} has no items yet; import some first.`,
  'campaign.export_format': (d) => `Campaign #${d.campaignId} is a ${d.kind} campaign; the ${d.format} export is for pairwise campaigns only.`,
  'campaign.forbidden': () => 'Only moderators can do that.',
  'campaign.budget_exhausted': (d) => `Campaign #${d.campaignId} has spent its budget.`,
  'campaign.over_cap': (d) => `That budget would exceed the 6,000,000,000 TNET cap: at most ${tnet(d.available)} is left to promise.`,
  'campaign.check_not_posted': (d) => `Campaign #${d.campaignId} holds the checks of contributions: members get them privately with /task, never in a chat.`,
  'campaign.post_elsewhere': (d) => `Campaign #${d.campaignId} belongs to a community; it is posted only in that community's chat or server.`,
  'community.not_found': (d) => `There is no community #${d.communityId}.`,
  'community.not_registered': () => 'This chat is not a registered community. A platform admin registers it with /community register.',
  'community.already_registered': (d) => `This chat is already community #${d.communityId}.`,
  'community.forbidden': () => 'Only platform admins can do that.',
  'community.invalid': (d) => `That does not work: ${d.reason}.`,
  'community.allowance_exceeded': (d) =>
    d.available === 0n
      ? 'This community has no TNET allowance left for a new budget. A platform admin grants one with /community grant.'
      : `That budget is over this community's allowance: at most ${tnet(d.available)} is left.`,
  'task.not_found': () => 'That task does not exist.',
  'answer.not_served': () => 'That button is not valid anymore.',
  'answer.task_closed': () => 'This task is already closed. Tap "Next task" for another one.',
  'answer.task_full': () => 'This task just got all the answers it needs. Tap "Next task" for another one.',
  'answer.invalid_option': () => 'That is not one of the options of this task.',
  'answer.rate_limited': (d) => `You are answering too fast. Try again in ${d.retryAfterSeconds} seconds.`,
  'answer.campaign_paused': (d) => `This campaign is ${d.status} right now.`,
  'answer.own_contribution': () => 'You wrote this one: other members check it. Tap "Next task" for another one.',
  'contribution.not_wanted': () => 'This task takes a button, not a text: tap one of its options.',
  'wallet.invalid_address': () => 'That is not an Ethereum address. Send /link 0x... with your wallet address.',
  'wallet.no_challenge': () => 'There is no link request waiting. Start with /link <your wallet address>.',
  'wallet.challenge_expired': () => 'That link request expired. Send /link <your wallet address> again.',
  'wallet.bad_signature': () => 'That signature does not match the message and address. Sign the exact message from /link and try again.',
  'wallet.address_taken': () => 'That wallet is already linked to another member.',
  'wallet.not_linked': () => 'You have no linked wallet. Send /link <your wallet address>.',
  'model.invalid_config': (d) => `That model registration has problems:\n- ${d.problems.join('\n- ')}`,
  'model.invalid_file': (d) => `The model file ${d.path} cannot be used: ${d.reason}. Nothing was registered.`,
  'model.shape_mismatch': (d) => `The model ${d.path} does not fit its registration: expected ${d.expected}, found ${d.actual}. Nothing was registered.`,
  'model.file_changed': (d) => `The model file ${d.path} changed since it was registered; register it again.`,
  'model.device_unavailable': (d) => `The model device ${d.device} is not available here (${d.reason}).`,
  'model.not_found': (d) => `Campaign #${d.campaignId} has no baseline model registered.`,
  'model.no_predictions': (d) => `Campaign #${d.campaignId} has no baseline predictions to check yet.`,
};

export function errorText(e: DomainError): string {
  return (messages[e.code] as (d: unknown) => string)(e.details);
}

/**
 * What members do in a campaign: pick a label for an item, vote, check a model's answer,
 * prefer one of two outputs (pairwise: a, b, tie or both bad), or tick every label that
 * applies (multilabel: a set of the options, label-set.ts), or write a text of their own
 * for an item (contribute: core/contributions, checked by other members in a companion
 * check campaign).
 */
export type CampaignKind = 'label' | 'vote' | 'check' | 'pairwise' | 'multilabel' | 'contribute';
export const CAMPAIGN_KINDS: readonly CampaignKind[] = ['label', 'vote', 'check', 'pairwise', 'multilabel', 'contribute'];
export type CampaignStatus = 'draft' | 'active' | 'paused' | 'closed';

/** One answer choice; `id` is what answers store, `label` what members see. */
export interface CampaignOption {
  id: string;
  label: string;
}

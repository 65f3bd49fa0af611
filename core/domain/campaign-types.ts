export type CampaignKind = 'label' | 'vote' | 'check';
export type CampaignStatus = 'draft' | 'active' | 'paused' | 'closed';

/** One answer choice; `id` is what answers store, `label` what members see. */
export interface CampaignOption {
  id: string;
  label: string;
}

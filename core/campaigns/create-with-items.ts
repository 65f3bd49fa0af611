import type { Readable } from 'node:stream';
import { isDomainError, type DomainError } from '../errors';
import type { AuditedBy, CampaignService, CampaignView, ImportResult } from './campaign.service';
import type { UploadFormat } from './item-rows';

/** The items of a new campaign: a CSV or JSONL stream, or a ZIP with one and its images. */
export interface NewCampaignItems {
  input: Readable;
  format: UploadFormat;
}

/**
 * What createWithItems gives: the draft with its items, or the broken rule and the step it
 * broke at (`create`: nothing was written; `import`: the draft is removed again).
 */
export type CreateWithItemsResult =
  | { outcome: 'created'; campaign: CampaignView; imported: ImportResult }
  | { outcome: 'refused'; stage: 'create' | 'import'; error: DomainError };

/**
 * Creates a draft campaign and imports its items, all or nothing: `create` makes the draft
 * (ModerationService.create for a chat's moderator, who is checked again there;
 * CampaignService.create for the operator), then the items go in; when they do not, the
 * empty draft is discarded (its budget back to its community's allowance, audited as `by`),
 * so a broken file leaves nothing behind and can simply be sent again. The stream is
 * destroyed when it is not read to its end. A DomainError comes back as `refused`; anything
 * else is thrown, after the same clean-up.
 */
export async function createWithItems(
  campaigns: Pick<CampaignService, 'importItems' | 'discardEmptyDraft'>,
  create: () => Promise<CampaignView>,
  items: NewCampaignItems,
  by: AuditedBy,
): Promise<CreateWithItemsResult> {
  let campaign: CampaignView;
  try {
    campaign = await create();
  } catch (e) {
    items.input.destroy();
    if (isDomainError(e)) return { outcome: 'refused', stage: 'create', error: e };
    throw e;
  }
  try {
    return { outcome: 'created', campaign, imported: await campaigns.importItems(campaign.id, items.input, items.format) };
  } catch (e) {
    items.input.destroy();
    await campaigns.discardEmptyDraft(campaign.id, by);
    if (isDomainError(e)) return { outcome: 'refused', stage: 'import', error: e };
    throw e;
  }
}

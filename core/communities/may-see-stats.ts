import type { CampaignStatus } from '../domain/campaign-types';

/**
 * Who sees a campaign's figures (`/campaign stats`): anyone, once it has run (active,
 * paused, closed: members answer it, so its progress is theirs to see); a draft only those
 * who moderate it (its name, budget and plans are not public yet), for anyone else the
 * same reply as an unknown id. "moderators": decide with mayModerate.
 */
export function maySeeStats(status: CampaignStatus): 'anyone' | 'moderators' {
  return status === 'draft' ? 'moderators' : 'anyone';
}

import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { CampaignService } from '../campaigns/campaign.service';

/** The shipped sample: 24 short product reviews (written for this project), 3 with gold. */
export const DEMO_ITEMS_FILE = path.join(__dirname, 'reviews.csv');

export const demoCampaign = {
  name: 'Demo: review sentiment',
  kind: 'label' as const,
  question: 'What is the sentiment of this product review?',
  options: [
    { id: 'positive', label: 'Positive' },
    { id: 'negative', label: 'Negative' },
    { id: 'neutral', label: 'Neutral' },
  ],
  reward: '10',
  budget: '100000',
  answersPerTask: 3,
  maxAnswersPerTask: 5,
  goldShare: 0.1,
};

/**
 * Seeds the demo campaign on an empty database and activates it; does nothing when any
 * campaign exists, so restarts keep their state. Returns the new campaign id, if any.
 */
export async function seedDemo(ds: DataSource, campaigns: CampaignService): Promise<number | undefined> {
  const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM campaign`);
  if (n > 0) return undefined;
  const c = await campaigns.create(demoCampaign, null);
  await campaigns.importItems(c.id, createReadStream(DEMO_ITEMS_FILE), 'csv');
  await campaigns.transition(c.id, 'activate');
  return c.id;
}

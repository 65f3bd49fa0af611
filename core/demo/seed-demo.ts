import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { CampaignService } from '../campaigns/campaign.service';
import type { BaselineService } from '../models/baseline.service';
import { loadModelManifest } from '../models/model-manifest';
import { countCampaigns } from './seed-demo.statements';

/** The shipped sample: 24 short product reviews (written for this project), 3 with gold. */
export const DEMO_ITEMS_FILE = path.join(__dirname, 'reviews.csv');

/** The shipped sentiment baseline (built by `npm run build:model`, committed). */
export const DEMO_MODEL_MANIFEST = path.join(__dirname, '..', '..', 'models', 'sentiment.json');

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
  // A first-time user plays a handful of local members: pay at once. Real campaigns keep the
  // default and judge a member's answers once a scoring round has assessed five of them.
  minEvidence: 0,
};

/**
 * Seeds the demo campaign on an empty database and activates it; does nothing when any
 * campaign exists, so restarts keep their state. With `baselines`, the shipped sentiment
 * model is registered for it and its predictions computed. Returns the new campaign id, if any.
 * @throws DomainError model.device_unavailable when MODEL_DEVICE=cuda finds no GPU
 */
export async function seedDemo(ds: DataSource, campaigns: CampaignService, baselines?: BaselineService): Promise<number | undefined> {
  if ((await countCampaigns(ds)) > 0) return undefined;
  const c = await campaigns.create(demoCampaign, null);
  await campaigns.importItems(c.id, createReadStream(DEMO_ITEMS_FILE), 'csv');
  if (baselines) {
    await baselines.register(c.id, loadModelManifest(DEMO_MODEL_MANIFEST));
    await baselines.predictCampaign(c.id);
  }
  await campaigns.transition(c.id, 'activate');
  return c.id;
}

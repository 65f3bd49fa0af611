import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { CampaignService } from '../campaigns/campaign.service';
import type { BaselineService } from '../models/baseline.service';
import type { ImageStore } from '../media/image-store';
import { loadModelManifest } from '../models/model-manifest';
import { SHAPE_OPTIONS, shapeDemoItems } from './shape-items';
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

/** The shipped shapes baseline (built by `npm run build:model:shapes`, committed). */
export const SHAPES_MODEL_MANIFEST = path.join(__dirname, '..', '..', 'models', 'shapes.json');

export const shapesCampaign = {
  name: 'Demo: shapes',
  kind: 'label' as const,
  question: 'Which shape is in the picture?',
  options: SHAPE_OPTIONS,
  reward: '5',
  budget: '50000',
  answersPerTask: 3,
  maxAnswersPerTask: 5,
  goldShare: 0.1,
  minEvidence: 0,
};

/** How many pictures the image demo draws (every 8th is gold). */
const SHAPE_ITEMS = 24;

/**
 * Seeds the demo campaigns on an empty database and activates them; does nothing when any
 * campaign exists, so restarts keep their state: the review sentiment campaign and, with
 * `media`, the image one (shapes the project draws itself, stored in the media store). With
 * `baselines`, the shipped models are registered for them and their predictions computed.
 * Returns the sentiment campaign's id, if it seeded.
 * @throws DomainError model.device_unavailable when MODEL_DEVICE=cuda finds no GPU
 */
export async function seedDemo(ds: DataSource, campaigns: CampaignService, baselines?: BaselineService, media?: ImageStore): Promise<number | undefined> {
  if ((await countCampaigns(ds)) > 0) return undefined;
  const c = await campaigns.create(demoCampaign, null);
  await campaigns.importItems(c.id, createReadStream(DEMO_ITEMS_FILE), 'csv');
  if (baselines) {
    await baselines.register(c.id, loadModelManifest(DEMO_MODEL_MANIFEST));
    await baselines.predictCampaign(c.id);
  }
  await campaigns.transition(c.id, 'activate');
  if (media) await seedShapesDemo(campaigns, media, baselines);
  return c.id;
}

/** The image demo campaign: rendered shapes in the media store, the shapes model as its baseline. Returns its id. */
export async function seedShapesDemo(campaigns: CampaignService, media: ImageStore, baselines?: BaselineService): Promise<number> {
  const { items } = await shapeDemoItems(SHAPE_ITEMS, 1);
  const lines: string[] = [];
  for (const item of items) {
    const stored = await media.storeImage(item.image);
    lines.push(JSON.stringify({ id: item.id, image: stored.ref, ...(item.gold ? { gold: item.gold } : {}) }));
  }
  const c = await campaigns.create(shapesCampaign, null);
  await campaigns.importItems(c.id, Readable.from([lines.join('\n') + '\n']), 'jsonl');
  if (baselines) {
    await baselines.register(c.id, loadModelManifest(SHAPES_MODEL_MANIFEST));
    await baselines.predictCampaign(c.id);
  }
  await campaigns.transition(c.id, 'activate');
  return c.id;
}

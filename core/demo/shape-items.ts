import { seededRandom } from '../consensus/seeded-random';
import { renderShape, SHAPE_CLASSES, type ShapeLabel } from './render-shape';

/** The image demo's options, in the shipped model's class order (models/shapes.json). */
export const SHAPE_OPTIONS = SHAPE_CLASSES.map((id) => ({ id, label: id[0].toUpperCase() + id.slice(1) }));

/** Demo images start at this seed: past the training and held-out ranges of models/shapes-model.ts. */
const DEMO_FIRST_SEED = 2_000_000;

export interface ShapeDemoItem {
  /** Item key, e.g. "shape-07". */
  id: string;
  /** A suggested file name for the media store. */
  fileName: string;
  /** PNG bytes. */
  image: Buffer;
  /** What was drawn; the seeder shows it to nobody (it is the answer). */
  label: ShapeLabel;
  /** Set on every `goldEvery`-th item: the label, for the campaign's gold checks. */
  gold?: ShapeLabel;
}

/**
 * `n` rendered shapes for the image demo campaign, labels balanced and in a shuffled order,
 * every `goldEvery`-th one carrying its label as gold. Pure in `seed` (for a given sharp
 * build): the same call gives the same items and bytes.
 */
export async function shapeDemoItems(n: number, seed: number, goldEvery = 8): Promise<{ labels: readonly ShapeLabel[]; items: ShapeDemoItem[] }> {
  const labels = Array.from({ length: n }, (_, i) => SHAPE_CLASSES[i % SHAPE_CLASSES.length]);
  const rnd = seededRandom(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [labels[i], labels[j]] = [labels[j], labels[i]];
  }
  const width = String(n).length;
  const items = await Promise.all(
    labels.map(async (label, i) => {
      const id = `shape-${String(i + 1).padStart(width, '0')}`;
      const image = await renderShape(label, DEMO_FIRST_SEED + seed * n + i);
      return { id, fileName: `${id}.png`, image, label, ...(i % goldEvery === 0 ? { gold: label } : {}) };
    }),
  );
  return { labels: SHAPE_CLASSES, items };
}

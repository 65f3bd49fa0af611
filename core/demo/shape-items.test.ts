import sharp from 'sharp';
import { SHAPE_CLASSES } from './render-shape';
import { SHAPE_OPTIONS, shapeDemoItems } from './shape-items';

describe('shapeDemoItems', () => {
  it('gives n PNG items with balanced labels in a shuffled order and gold on every 8th', async () => {
    const { labels, items } = await shapeDemoItems(24, 1);
    expect(labels).toEqual(SHAPE_CLASSES);
    expect(items).toHaveLength(24);
    expect(new Set(items.map((i) => i.id)).size).toBe(24);
    expect(items[0]).toMatchObject({ id: 'shape-01', fileName: 'shape-01.png' });
    for (const l of SHAPE_CLASSES) expect(items.filter((i) => i.label === l)).toHaveLength(6);
    // Not the generator's cycle: members should not be able to guess the next shape.
    expect(items.slice(0, 8).map((i) => i.label)).not.toEqual([...SHAPE_CLASSES, ...SHAPE_CLASSES]);
    expect(items.filter((i) => i.gold !== undefined).map((i) => i.id)).toEqual(['shape-01', 'shape-09', 'shape-17']);
    for (const i of items) if (i.gold) expect(i.gold).toBe(i.label);
    expect(await sharp(items[5].image).metadata()).toMatchObject({ format: 'png' });
  });

  it('is reproducible from its seed, and another seed gives other images', async () => {
    const [a, b, c] = await Promise.all([shapeDemoItems(8, 3), shapeDemoItems(8, 3), shapeDemoItems(8, 4)]);
    expect(a.items.map((i) => i.image.toString('base64'))).toEqual(b.items.map((i) => i.image.toString('base64')));
    expect(a.items.map((i) => i.label)).toEqual(b.items.map((i) => i.label));
    expect(c.items.some((item, k) => item.image.equals(a.items[k].image))).toBe(false);
  });

  it('offers the labels as campaign options in the model class order', () => {
    expect(SHAPE_OPTIONS).toEqual([
      { id: 'circle', label: 'Circle' },
      { id: 'square', label: 'Square' },
      { id: 'triangle', label: 'Triangle' },
      { id: 'star', label: 'Star' },
    ]);
  });
});

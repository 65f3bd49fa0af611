import sharp from 'sharp';
import { drawShape, renderShape, renderShapes, SHAPE_CLASSES, SHAPE_IMAGE_SIZE, shapeDraws, shapeSvg } from './render-shape';

/** Grey level (0..1) of the pixel at view-box coordinates (x, y) of a rendered PNG. */
async function greyAt(png: Buffer, x: number, y: number): Promise<number> {
  const { data, info } = await sharp(png).grayscale().raw().toBuffer({ resolveWithObject: true });
  const px = Math.min(info.width - 1, Math.round((x / 100) * info.width));
  const py = Math.min(info.height - 1, Math.round((y / 100) * info.height));
  return data[py * info.width + px] / 255;
}

describe('drawShape', () => {
  it('is a function of label and seed alone', () => {
    expect(drawShape('star', 42)).toEqual(drawShape('star', 42));
    expect(drawShape('star', 42)).not.toEqual(drawShape('star', 43));
    // The label is mixed into the seed: the same seed draws a circle elsewhere than a star.
    expect(drawShape('circle', 42).cx).not.toBe(drawShape('star', 42).cx);
  });

  it.each(SHAPE_CLASSES)('keeps a %s near the centre, roughly upright, inside the frame', (label) => {
    for (let seed = 0; seed < 200; seed++) {
      const d = drawShape(label, seed);
      expect(Math.abs(d.cx - 50)).toBeLessThanOrEqual(6);
      expect(Math.abs(d.cy - 50)).toBeLessThanOrEqual(6);
      expect(Math.abs(d.rotation)).toBeLessThanOrEqual(15);
      // The star's arms reach 1.1 radii: still inside the 100 x 100 box.
      expect(d.cy - 1.1 * d.radius).toBeGreaterThan(0);
      expect(d.cy + 1.1 * d.radius).toBeLessThan(100);
    }
  });

  it('refuses a shape it does not know', () => {
    expect(() => drawShape('hexagon' as never, 1)).toThrow('unknown shape "hexagon"');
  });
});

describe('shapeSvg', () => {
  it.each([
    ['circle', /<circle cx="0" cy="0" r="[\d.]+"/],
    ['square', /<polygon points="(-?[\d.]+,-?[\d.]+ ){3}-?[\d.]+,-?[\d.]+" fill=/],
    ['triangle', /<polygon points="(-?[\d.]+,-?[\d.]+ ){2}-?[\d.]+,-?[\d.]+" fill=/],
    ['star', /<polygon points="(-?[\d.]+,-?[\d.]+ ){9}-?[\d.]+,-?[\d.]+" fill=/],
  ] as const)('draws a %s as its own element', (label, element) => {
    const svg = shapeSvg(label, 7);
    expect(svg).toMatch(element);
    expect(svg).toMatch(/^<svg [^>]*width="128" height="128" viewBox="0 0 100 100">/);
  });
});

describe('renderShape', () => {
  it('renders the same PNG bytes for the same label and seed', async () => {
    const [a, b, c] = await Promise.all([renderShape('triangle', 5), renderShape('triangle', 5), renderShape('triangle', 6)]);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });

  it.each(SHAPE_CLASSES)('renders a %s as a square RGB PNG with a dark shape on a light ground', async (label) => {
    const png = await renderShape(label, 11);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: SHAPE_IMAGE_SIZE, height: SHAPE_IMAGE_SIZE, channels: 3 });
    const d = drawShape(label, 11);
    // The centre lies inside every one of the shapes; a corner lies outside all of them.
    expect(await greyAt(png, d.cx, d.cy)).toBeLessThan(0.55);
    expect(await greyAt(png, d.cx > 50 ? 2 : 98, d.cy > 50 ? 2 : 98)).toBeGreaterThan(0.6);
  });

  it('renders at another size when asked', async () => {
    expect(await sharp(await renderShape('circle', 1, 32)).metadata()).toMatchObject({ width: 32, height: 32 });
  });
});

describe('shapeDraws and renderShapes', () => {
  it('balances the labels over consecutive seeds', () => {
    const draws = shapeDraws(10, 100);
    expect(draws.map((d) => d.seed)).toEqual([100, 101, 102, 103, 104, 105, 106, 107, 108, 109]);
    expect(draws.map((d) => d.label)).toEqual(['circle', 'square', 'triangle', 'star', 'circle', 'square', 'triangle', 'star', 'circle', 'square']);
  });

  it('renders each draw as renderShape does', async () => {
    const draws = shapeDraws(4, 9);
    const images = await renderShapes(draws);
    expect(images.map((i) => i.label)).toEqual([...SHAPE_CLASSES]);
    for (const im of images) expect(im.png.equals(await renderShape(im.label, im.seed))).toBe(true);
  });
});

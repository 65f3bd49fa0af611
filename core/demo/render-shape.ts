import sharp from 'sharp';
import { seededRandom } from '../consensus/seeded-random';

/** The shapes the image demo draws, in the shipped model's output order. */
export const SHAPE_CLASSES = ['circle', 'square', 'triangle', 'star'] as const;
export type ShapeLabel = (typeof SHAPE_CLASSES)[number];

/** Side of the rendered PNG in pixels: large enough for a chat card, small on disk. */
export const SHAPE_IMAGE_SIZE = 128;

/** What one seed decided; coordinates in a 100 x 100 view box. */
export interface ShapeDraw {
  cx: number;
  cy: number;
  /** Circumradius of the shape. */
  radius: number;
  /** Degrees, clockwise. */
  rotation: number;
  fill: string;
  background: string;
  /** Specks of noise: centre, radius, grey level 0..255, opacity. */
  specks: { x: number; y: number; r: number; grey: number; opacity: number }[];
}

const SPECKS = 40;

/**
 * The random choices for one image: position, size, rotation, colours and noise, all from
 * `seed` mixed with the label, so two labels with the same seed still differ. Shapes stay
 * near the centre and roughly upright because the shipped baseline is linear in the pixels
 * and cannot learn rotation or translation invariance. Colours are a dark shape on a light
 * ground: the model reads grey levels.
 */
export function drawShape(label: ShapeLabel, seed: number): ShapeDraw {
  const index = SHAPE_CLASSES.indexOf(label);
  if (index < 0) throw new Error(`unknown shape "${label}"`);
  const rnd = seededRandom((Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  const between = (a: number, b: number) => a + (b - a) * rnd();
  const hsl = (h: number, s: number, l: number) => `hsl(${h.toFixed(0)},${s.toFixed(0)}%,${l.toFixed(0)}%)`;
  return {
    cx: between(44, 56),
    cy: between(44, 56),
    radius: between(26, 32),
    rotation: between(-15, 15),
    fill: hsl(between(0, 360), between(40, 90), between(18, 42)),
    background: hsl(between(0, 360), between(0, 60), between(84, 97)),
    specks: Array.from({ length: SPECKS }, () => ({ x: between(0, 100), y: between(0, 100), r: between(0.6, 2), grey: Math.round(between(0, 255)), opacity: between(0.2, 0.6) })),
  };
}

const n = (v: number) => v.toFixed(2);

/** Vertices of a regular star or polygon around (0, 0), first one straight up. */
function polygon(points: number, outer: number, inner?: number): string {
  const out: string[] = [];
  const steps = inner === undefined ? points : points * 2;
  for (let i = 0; i < steps; i++) {
    const r = inner !== undefined && i % 2 === 1 ? inner : outer;
    const a = (2 * Math.PI * i) / steps - Math.PI / 2;
    out.push(`${n(r * Math.cos(a))},${n(r * Math.sin(a))}`);
  }
  return out.join(' ');
}

/** The shape's element, centred on (0, 0); sizes chosen so the four cover similar areas. */
function shapeElement(label: ShapeLabel, radius: number, fill: string): string {
  switch (label) {
    case 'circle':
      return `<circle cx="0" cy="0" r="${n(radius * 0.8)}" fill="${fill}"/>`;
    case 'square':
      return `<polygon points="${polygon(4, radius * 0.9)}" fill="${fill}"/>`;
    case 'triangle':
      return `<polygon points="${polygon(3, radius)}" fill="${fill}"/>`;
    case 'star':
      return `<polygon points="${polygon(5, radius * 1.1, radius * 0.45)}" fill="${fill}"/>`;
  }
}

/** The SVG text of one labelled image (pure: the same label and seed give the same text). */
export function shapeSvg(label: ShapeLabel, seed: number, size = SHAPE_IMAGE_SIZE): string {
  const d = drawShape(label, seed);
  const specks = d.specks.map((s) => `<circle cx="${n(s.x)}" cy="${n(s.y)}" r="${n(s.r)}" fill="rgb(${s.grey},${s.grey},${s.grey})" fill-opacity="${n(s.opacity)}"/>`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">` +
    `<rect width="100" height="100" fill="${d.background}"/>` +
    `<g transform="translate(${n(d.cx)} ${n(d.cy)}) rotate(${n(d.rotation)})">${shapeElement(label, d.radius, d.fill)}</g>` +
    specks +
    `</svg>`
  );
}

/**
 * Renders one labelled image as PNG bytes (RGB, `size` x `size` pixels). Deterministic for
 * a given sharp build: the demo and the shipped model's training set are re-made from seeds.
 */
export async function renderShape(label: ShapeLabel, seed: number, size = SHAPE_IMAGE_SIZE): Promise<Buffer> {
  // No metadata and a fixed compression level: the bytes depend on the pixels alone.
  return sharp(Buffer.from(shapeSvg(label, seed, size))).removeAlpha().png({ compressionLevel: 9, adaptiveFiltering: false, palette: false }).toBuffer();
}

export interface LabelledShape {
  label: ShapeLabel;
  seed: number;
}

/**
 * `count` labelled draws, the labels balanced (cycling through SHAPE_CLASSES) and seeds
 * `firstSeed`, `firstSeed + 1`, ...: disjoint seed ranges give disjoint image sets.
 */
export function shapeDraws(count: number, firstSeed: number): LabelledShape[] {
  return Array.from({ length: count }, (_, i) => ({ label: SHAPE_CLASSES[i % SHAPE_CLASSES.length], seed: firstSeed + i }));
}

/** Renders a list of draws (sharp decodes on libuv's pool, so they render in parallel). */
export async function renderShapes(draws: readonly LabelledShape[], size = SHAPE_IMAGE_SIZE): Promise<(LabelledShape & { png: Buffer })[]> {
  return Promise.all(draws.map(async (d) => ({ ...d, png: await renderShape(d.label, d.seed, size) })));
}

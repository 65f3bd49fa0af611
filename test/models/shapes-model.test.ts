/**
 * @jest-environment ./test/helpers/onnx-environment.js
 */
import { readFileSync } from 'node:fs';
import { shapeDraws, renderShapes } from '../../core/demo/render-shape';
import { shapeDemoItems } from '../../core/demo/shape-items';
import { loadModelManifest } from '../../core/models/model-manifest';
import { encodeBatch, topClasses } from '../../core/models/model-input';
import { parseModelRegistration } from '../../core/models/model-spec';
import { checkModelSignature, openOnnxSession, runModel } from '../../core/models/onnx-session';
import { buildShapesModel, SHAPE_CLASSES, SHAPES_HELD_OUT_FIRST_SEED, SHAPES_MANIFEST_FILE, SHAPES_MODEL_FILE, SHAPES_TRAINING_SEEDS, shapesManifest } from '../../models/shapes-model';
import { modelDir } from '../helpers/onnx-models';

/** The shipped model's labels for image payloads, through registration's checks and the baseline's input path. */
async function classify(payloads: Record<string, unknown>[], imageDir: string): Promise<{ labels: string[]; errors: (string | undefined)[] }> {
  const registered = parseModelRegistration(loadModelManifest(SHAPES_MANIFEST_FILE), SHAPE_CLASSES);
  const path = registered.path;
  // Files are read only inside the model's imageDir (here, the test's own folder).
  const spec = registered.spec.inputKind === 'image' ? { ...registered.spec, config: { ...registered.spec.config, imageDir } } : registered.spec;
  const { session } = await openOnnxSession(readFileSync(path), 'cpu', path);
  try {
    const sig = await checkModelSignature(session, spec, path);
    expect(sig.inputDims).toEqual([1, 24, 24]);
    const batch = await encodeBatch(spec, sig, payloads);
    const probs = await runModel(session, sig, spec, batch.data, payloads.length);
    return { labels: topClasses(probs, payloads.length, spec.classes).map((t) => t.label), errors: batch.errors };
  } finally {
    await session.release();
  }
}

describe('the shipped shapes model', () => {
  const files = modelDir();
  afterAll(() => files.remove());

  it('re-builds byte for byte from the script and its seeds (npm run build:model:shapes)', async () => {
    expect(Buffer.from(await buildShapesModel()).equals(readFileSync(SHAPES_MODEL_FILE))).toBe(true);
    expect(JSON.parse(readFileSync(SHAPES_MANIFEST_FILE, 'utf8'))).toEqual(shapesManifest());
    expect(readFileSync(SHAPES_MODEL_FILE).length).toBeLessThan(64 * 1024);
  }, 180_000);

  it('classifies freshly rendered held-out shapes, read from files and data: URLs', async () => {
    expect(SHAPES_HELD_OUT_FIRST_SEED).toBeGreaterThanOrEqual(SHAPES_TRAINING_SEEDS.first + SHAPES_TRAINING_SEEDS.examples);
    const held = await renderShapes(shapeDraws(400, SHAPES_HELD_OUT_FIRST_SEED));
    // Half the items name a file (as media-store items do), half carry the image inline.
    const payloads = held.map((h, i) => ({ image: i % 2 === 0 ? files.file(`held-${i}.png`, h.png) : `data:image/png;base64,${h.png.toString('base64')}` }));
    const { labels, errors } = await classify(payloads, files.dir);
    expect(errors.every((e) => e === undefined)).toBe(true);
    const accuracy = labels.filter((l, i) => l === held[i].label).length / held.length;
    const perClass = SHAPE_CLASSES.map((c) => {
      const rows = held.map((h, i) => [h.label, labels[i]]).filter(([truth]) => truth === c);
      return `${c} ${(rows.filter(([t, l]) => t === l).length / rows.length).toFixed(3)}`;
    });
    console.log(`shapes model held-out accuracy ${accuracy.toFixed(4)} on ${held.length} images (${perClass.join(', ')})`);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
    // Every class is learnt, not just the majority of the set.
    for (const c of SHAPE_CLASSES) expect(labels.filter((l, i) => l === c && held[i].label === c).length).toBeGreaterThanOrEqual(80);
  }, 120_000);

  it('labels the demo campaign images', async () => {
    const { items } = await shapeDemoItems(24, 1);
    const { labels } = await classify(items.map((i) => ({ image: files.file(i.fileName, i.image) })), files.dir);
    const right = labels.filter((l, k) => l === items[k].label).length;
    expect(right / items.length).toBeGreaterThanOrEqual(0.9);
  }, 60_000);

  it('reports an unreadable image as that row’s error and still labels the rest', async () => {
    const [good] = await renderShapes(shapeDraws(1, SHAPES_HELD_OUT_FIRST_SEED + 10_000));
    const { labels, errors } = await classify([{ image: 'data:image/png;base64,AAAA' }, { image: good.png.toString('base64') }], files.dir);
    expect(errors[0]).toMatch(/^image: /);
    expect(errors[1]).toBeUndefined();
    expect(labels[1]).toBe(good.label);
  });
});

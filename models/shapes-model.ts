import path from 'node:path';
import { renderShapes, SHAPE_CLASSES, shapeDraws, type LabelledShape } from '../core/demo/render-shape';
import { writeImageTensor, type ImageShape } from '../core/models/image-input';
import { encodeLinearOnnxModel } from '../core/models/linear-onnx-model';
import { trainLogisticRegression } from '../core/models/logistic-regression';
import type { ImageInputConfig } from '../core/models/model-spec';

/**
 * The shipped image baseline: logistic regression over the grey levels of a 24 x 24
 * downscale of the demo's rendered shapes (core/demo/render-shape.ts). The training images
 * are re-rendered from seeds, through the same decoding and scaling the baseline uses at
 * inference (writeImageTensor), so the model sees exactly what it will be given.
 * Deterministic for a given sharp build: the same seeds give the same bytes.
 */
export { SHAPE_CLASSES };
export const SHAPES_INPUT: ImageShape = { channels: 1, height: 24, width: 24 };
/** The manifest's image settings: grey levels scaled to -1..1. */
export const SHAPES_INPUT_CONFIG: ImageInputConfig = { field: 'image', mean: [0.5], std: [0.5], layout: 'nchw' };
/** Training draws: seeds [first, first + examples); held-out checks use seeds from HELD_OUT_FIRST_SEED. */
export const SHAPES_TRAINING_SEEDS = { first: 0, examples: 1200 };
export const SHAPES_HELD_OUT_FIRST_SEED = 1_000_000;
const TRAINING = { iterations: 400, learningRate: 0.1, l2: 1e-4 };

export const SHAPES_MODEL_FILE = path.join(__dirname, 'shapes.onnx');
export const SHAPES_MANIFEST_FILE = path.join(__dirname, 'shapes.json');

/** The manifest registration reads (see core/models/model-manifest.ts). */
export const shapesManifest = () => ({
  name: 'shapes-linear-v1',
  file: 'shapes.onnx',
  classes: [...SHAPE_CLASSES],
  inputKind: 'image',
  config: { ...SHAPES_INPUT_CONFIG },
  training: { examples: SHAPES_TRAINING_SEEDS.examples, firstSeed: SHAPES_TRAINING_SEEDS.first, ...TRAINING },
});

/** Rendered draws as a row-major [n x 1 x 24 x 24] tensor's data and their class indexes. */
export async function shapeTensors(draws: readonly LabelledShape[]): Promise<{ x: Float32Array; y: Int32Array }> {
  const d = SHAPES_INPUT.channels * SHAPES_INPUT.height * SHAPES_INPUT.width;
  const images = await renderShapes(draws);
  const x = new Float32Array(images.length * d);
  const y = Int32Array.from(images, (im) => SHAPE_CLASSES.indexOf(im.label));
  await Promise.all(images.map((im, i) => writeImageTensor(im.png, SHAPES_INPUT, SHAPES_INPUT_CONFIG, x, i * d)));
  return { x, y };
}

/** Renders the training set, trains the model and returns its ONNX bytes. */
export async function buildShapesModel(): Promise<Uint8Array> {
  const { x, y } = await shapeTensors(shapeDraws(SHAPES_TRAINING_SEEDS.examples, SHAPES_TRAINING_SEEDS.first));
  const { channels, height, width } = SHAPES_INPUT;
  const m = trainLogisticRegression(x, y, channels * height * width, SHAPE_CLASSES.length, TRAINING);
  return encodeLinearOnnxModel({
    inputShape: [channels, height, width],
    classes: SHAPE_CLASSES.length,
    weights: m.weights,
    bias: m.bias,
    inputName: 'image',
    outputName: 'probabilities',
    doc: `TNET demo shapes baseline: ${SHAPE_CLASSES.join(', ')}; ${height}x${width} grey levels, (x/255 - 0.5) / 0.5, NCHW. Built by npm run build:model:shapes.`,
  });
}

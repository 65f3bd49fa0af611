import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { hashBagOfWords } from '../core/models/hash-bag-of-words';
import { encodeLinearOnnxModel } from '../core/models/linear-onnx-model';
import { trainLogisticRegression } from '../core/models/logistic-regression';

/**
 * The shipped sentiment baseline: logistic regression over a hashed bag of words and word
 * pairs, trained on the demo's own reviews (core/demo/reviews.csv, labelled in
 * models/sentiment-labels.csv) plus the reviews in models/sentiment-extra.csv, all written
 * for this project. Deterministic: the same files give the same bytes.
 */
export const SENTIMENT_CLASSES = ['positive', 'negative', 'neutral'] as const;
export const SENTIMENT_DIMENSION = 2048;
export const SENTIMENT_NGRAMS = 2 as const;
const TRAINING = { iterations: 400, learningRate: 4, l2: 1e-4 };

export const SENTIMENT_MODEL_FILE = path.join(__dirname, 'sentiment.onnx');
export const SENTIMENT_MANIFEST_FILE = path.join(__dirname, 'sentiment.json');
const DEMO_REVIEWS = path.join(__dirname, '..', 'core', 'demo', 'reviews.csv');

export interface LabelledText {
  text: string;
  label: string;
}

const csv = (file: string): Record<string, string>[] => parse(readFileSync(file), { columns: true, skip_empty_lines: true, trim: true });

/** The demo reviews with their labels (gold where the demo has it, else the label file). */
export function demoReviews(): (LabelledText & { id: string })[] {
  const labels = new Map(csv(path.join(__dirname, 'sentiment-labels.csv')).map((r) => [r.id, r.label]));
  return csv(DEMO_REVIEWS).map((r) => {
    const label = r.gold || labels.get(r.id);
    if (!label) throw new Error(`demo review ${r.id} has no label in models/sentiment-labels.csv`);
    return { id: r.id, text: r.text, label };
  });
}

/** Every training example: the demo reviews, then the extra ones. */
export function sentimentTrainingSet(): LabelledText[] {
  return [...demoReviews(), ...csv(path.join(__dirname, 'sentiment-extra.csv')).map((r) => ({ text: r.text, label: r.label }))];
}

/** The manifest registration reads (see core/models/model-manifest.ts). */
export const sentimentManifest = () => ({
  name: 'sentiment-linear-v1',
  file: 'sentiment.onnx',
  classes: [...SENTIMENT_CLASSES],
  inputKind: 'text',
  config: { field: 'text', dimension: SENTIMENT_DIMENSION, ngrams: SENTIMENT_NGRAMS },
  training: { examples: sentimentTrainingSet().length, ...TRAINING },
});

/** Trains the model and returns its ONNX bytes. */
export function buildSentimentModel(): Uint8Array {
  const data = sentimentTrainingSet();
  const d = SENTIMENT_DIMENSION;
  const x = new Float32Array(data.length * d);
  const y = new Int32Array(data.length);
  data.forEach((e, i) => {
    hashBagOfWords(e.text, { dimension: d, ngrams: SENTIMENT_NGRAMS }, x, i * d);
    y[i] = SENTIMENT_CLASSES.indexOf(e.label as (typeof SENTIMENT_CLASSES)[number]);
    if (y[i] < 0) throw new Error(`unknown label "${e.label}" for "${e.text}"`);
  });
  const m = trainLogisticRegression(x, y, d, SENTIMENT_CLASSES.length, TRAINING);
  return encodeLinearOnnxModel({
    inputShape: [d],
    classes: SENTIMENT_CLASSES.length,
    weights: m.weights,
    bias: m.bias,
    inputName: 'text_features',
    outputName: 'probabilities',
    doc: `TNET demo sentiment baseline: ${SENTIMENT_CLASSES.join(', ')}; hashed bag of words (FNV-1a, ${d} buckets, word pairs), L2-normalised. Built by npm run build:model.`,
  });
}

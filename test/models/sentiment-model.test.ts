/**
 * @jest-environment ./test/helpers/onnx-environment.js
 */
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { hashBagOfWords } from '../../core/models/hash-bag-of-words';
import { buildSentimentModel, demoReviews, SENTIMENT_CLASSES, SENTIMENT_DIMENSION, SENTIMENT_MANIFEST_FILE, SENTIMENT_MODEL_FILE, sentimentManifest } from '../../models/sentiment-model';

describe('the shipped sentiment model', () => {
  it('re-builds byte for byte from the script and its data (npm run build:model)', () => {
    expect(Buffer.from(buildSentimentModel()).equals(readFileSync(SENTIMENT_MODEL_FILE))).toBe(true);
    expect(JSON.parse(readFileSync(SENTIMENT_MANIFEST_FILE, 'utf8'))).toEqual(sentimentManifest());
  });

  it('loads in onnxruntime and labels the demo reviews', async () => {
    const session = await ort.InferenceSession.create(SENTIMENT_MODEL_FILE, { executionProviders: ['cpu'] });
    try {
      const reviews = demoReviews();
      const d = SENTIMENT_DIMENSION;
      const x = new Float32Array(reviews.length * d);
      reviews.forEach((r, i) => hashBagOfWords(r.text, { dimension: d, ngrams: 2 }, x, i * d));
      const out = await session.run({ [session.inputNames[0]]: new ort.Tensor('float32', x, [reviews.length, d]) });
      const p = out[session.outputNames[0]].data as Float32Array;
      const k = SENTIMENT_CLASSES.length;
      const labels = reviews.map((_, i) => {
        const row = Array.from(p.subarray(i * k, (i + 1) * k));
        expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
        return SENTIMENT_CLASSES[row.indexOf(Math.max(...row))];
      });
      const right = labels.filter((l, i) => l === reviews[i].label).length;
      expect(right / reviews.length).toBeGreaterThanOrEqual(0.9);
    } finally {
      await session.release();
    }
  });

  it('labels reviews it was not trained on sensibly', async () => {
    const held = [
      ['This is amazing, I love it', 'positive'],
      ['It broke after one day, terrible', 'negative'],
      ['The box is white', 'neutral'],
      ['Stopped working and support ignored me', 'negative'],
    ] as const;
    const session = await ort.InferenceSession.create(SENTIMENT_MODEL_FILE, { executionProviders: ['cpu'] });
    try {
      const d = SENTIMENT_DIMENSION;
      const x = new Float32Array(held.length * d);
      held.forEach(([t], i) => hashBagOfWords(t, { dimension: d, ngrams: 2 }, x, i * d));
      const out = await session.run({ [session.inputNames[0]]: new ort.Tensor('float32', x, [held.length, d]) });
      const p = out[session.outputNames[0]].data as Float32Array;
      const got = held.map((_, i) => SENTIMENT_CLASSES[Array.from(p.subarray(i * 3, i * 3 + 3)).reduce((b, v, j, a) => (v > a[b] ? j : b), 0)]);
      expect(got).toEqual(held.map(([, l]) => l));
    } finally {
      await session.release();
    }
  });
});

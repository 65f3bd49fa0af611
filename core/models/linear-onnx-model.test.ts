/**
 * @jest-environment ./test/helpers/onnx-environment.js
 */
import * as ort from 'onnxruntime-node';
import { encodeLinearOnnxModel } from './linear-onnx-model';

const model = (softmax?: boolean) =>
  encodeLinearOnnxModel({ inputShape: [2], classes: 2, weights: Float32Array.from([1, 0, 0, 1]), bias: Float32Array.from([0, 0.5]), softmax });

describe('encodeLinearOnnxModel', () => {
  it('writes a graph onnxruntime loads and runs: softmax(x W + b)', async () => {
    const s = await ort.InferenceSession.create(model(), { executionProviders: ['cpu'] });
    try {
      expect(s.inputNames).toEqual(['input']);
      expect(s.inputMetadata[0]).toMatchObject({ isTensor: true, type: 'float32', shape: ['batch', 2] });
      const out = await s.run({ input: new ort.Tensor('float32', Float32Array.from([2, 0, 0, 0]), [2, 2]) });
      const p = Array.from(out.probabilities.data as Float32Array);
      const e = (a: number, b: number) => Math.exp(a) / (Math.exp(a) + Math.exp(b));
      expect(p[0]).toBeCloseTo(e(2, 0.5), 6);
      expect(p[2]).toBeCloseTo(e(0, 0.5), 6);
      expect(p[0] + p[1]).toBeCloseTo(1, 6);
    } finally {
      await s.release();
    }
  });

  it('ends at the logits without softmax', async () => {
    const s = await ort.InferenceSession.create(model(false), { executionProviders: ['cpu'] });
    try {
      const out = await s.run({ input: new ort.Tensor('float32', Float32Array.from([2, 3]), [1, 2]) });
      expect(Array.from(out.probabilities.data as Float32Array)).toEqual([2, 3.5]);
    } finally {
      await s.release();
    }
  });

  it('flattens image-shaped inputs and encodes the same bytes every time', () => {
    const img = { inputShape: [3, 2, 2], classes: 2, weights: new Float32Array(24).fill(0.5), bias: new Float32Array(2) };
    expect(Buffer.from(encodeLinearOnnxModel(img)).equals(Buffer.from(encodeLinearOnnxModel(img)))).toBe(true);
    expect(() => encodeLinearOnnxModel({ ...img, weights: new Float32Array(3) })).toThrow('weights');
  });
});

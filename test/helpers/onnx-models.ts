import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { encodeLinearOnnxModel, type LinearModel } from '../../core/models/linear-onnx-model';

/** A temporary folder for model and image files; remove() deletes it. */
export function modelDir(): { dir: string; file(name: string, bytes: Uint8Array | string): string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tnet-models-'));
  return {
    dir,
    file: (name, bytes) => {
      const p = path.join(dir, name);
      writeFileSync(p, bytes);
      return p;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A linear ONNX classifier; weights default to zeros (uniform probabilities). */
export function linearModelBytes(m: Omit<LinearModel, 'weights' | 'bias'> & Partial<Pick<LinearModel, 'weights' | 'bias'>>): Uint8Array {
  const inputs = m.inputShape.reduce((a, b) => a * b, 1);
  return encodeLinearOnnxModel({ ...m, weights: m.weights ?? new Float32Array(inputs * m.classes), bias: m.bias ?? new Float32Array(m.classes) });
}

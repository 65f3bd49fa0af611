/**
 * Multinomial logistic regression (softmax regression) by full-batch gradient descent
 * with L2 regularisation, from zero weights: no randomness, so the same data always gives
 * the same weights (the shipped model re-builds byte for byte). Meant for the small linear
 * baselines the project builds itself, not for large data sets.
 */
export interface LogisticRegressionOptions {
  /** Gradient steps over the whole data set. */
  iterations?: number;
  /** Step size. */
  learningRate?: number;
  /** L2 penalty on the weights (not the bias), per example. */
  l2?: number;
}

export interface LogisticRegressionModel {
  /** Row-major [features x classes]: the MatMul weights of the ONNX graph. */
  weights: Float32Array;
  /** [classes]. */
  bias: Float32Array;
}

/** Softmax of `logits[offset .. offset+k)` into `out` at the same offset, max-shifted for stability. */
export function softmaxInPlace(logits: Float64Array, offset: number, k: number): void {
  let max = -Infinity;
  for (let c = 0; c < k; c++) max = Math.max(max, logits[offset + c]);
  let sum = 0;
  for (let c = 0; c < k; c++) {
    const e = Math.exp(logits[offset + c] - max);
    logits[offset + c] = e;
    sum += e;
  }
  for (let c = 0; c < k; c++) logits[offset + c] /= sum;
}

/**
 * Fits weights and bias to `x` (row-major [n x d]) and labels `y` (class indexes 0..k-1).
 * @throws Error on inconsistent sizes or a label out of range (programming errors).
 */
export function trainLogisticRegression(x: Float32Array, y: Int32Array, d: number, k: number, opts: LogisticRegressionOptions = {}): LogisticRegressionModel {
  const n = y.length;
  if (x.length !== n * d) throw new Error(`x: expected ${n * d} values, got ${x.length}`);
  for (let i = 0; i < n; i++) if (y[i] < 0 || y[i] >= k) throw new Error(`y[${i}] = ${y[i]} is not a class index below ${k}`);
  const iterations = opts.iterations ?? 500;
  const lr = opts.learningRate ?? 1;
  const l2 = opts.l2 ?? 1e-3;
  // Weights and gradients in float64; rounded to float32 once, at the end.
  const w = new Float64Array(d * k);
  const b = new Float64Array(k);
  const gw = new Float64Array(d * k);
  const gb = new Float64Array(k);
  const p = new Float64Array(n * k);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < k; c++) p[i * k + c] = b[c];
      for (let j = 0; j < d; j++) {
        const v = x[i * d + j];
        if (v === 0) continue;
        for (let c = 0; c < k; c++) p[i * k + c] += v * w[j * k + c];
      }
      softmaxInPlace(p, i * k, k);
      p[i * k + y[i]] -= 1; // p now holds the gradient of the loss w.r.t. the logits
    }
    gw.fill(0);
    gb.fill(0);
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < k; c++) gb[c] += p[i * k + c];
      for (let j = 0; j < d; j++) {
        const v = x[i * d + j];
        if (v === 0) continue;
        for (let c = 0; c < k; c++) gw[j * k + c] += v * p[i * k + c];
      }
    }
    for (let q = 0; q < d * k; q++) w[q] -= lr * (gw[q] / n + l2 * w[q]);
    for (let c = 0; c < k; c++) b[c] -= (lr * gb[c]) / n;
  }
  return { weights: Float32Array.from(w), bias: Float32Array.from(b) };
}

/** Class probabilities of one row under a fitted model (the same maths as the ONNX graph). */
export function predictLogisticRegression(m: LogisticRegressionModel, row: Float32Array, k: number): Float64Array {
  const d = row.length;
  const out = new Float64Array(k);
  for (let c = 0; c < k; c++) out[c] = m.bias[c];
  for (let j = 0; j < d; j++) for (let c = 0; c < k; c++) out[c] += row[j] * m.weights[j * k + c];
  softmaxInPlace(out, 0, k);
  return out;
}

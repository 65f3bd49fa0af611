import * as ort from 'onnxruntime-node';
import { DomainError } from '../errors';
import type { ModelDevice, ModelSpec } from './model-spec';

export type ExecutionProvider = 'cuda' | 'cpu';

/** What registration learned about a model's graph, used for every batch after. */
export interface ModelSignature {
  inputName: string;
  outputName: string;
  /** Input shape without the batch dimension, all fixed. */
  inputDims: number[];
  /** A batch dimension fixed by the graph (batches are padded to it); undefined: any size. */
  fixedBatch: number | undefined;
}

export interface OpenedSession {
  session: ort.InferenceSession;
  provider: ExecutionProvider;
  /** Why cuda was not used, when it was tried. */
  cudaError?: string;
}

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 300);

async function create(bytes: Uint8Array, provider: ExecutionProvider): Promise<ort.InferenceSession> {
  // onnxruntime logs to stderr, outside our JSON lines, through one process-wide
  // environment created with the first session. A failed cuda attempt is expected on CPU
  // hosts and would print a red stack there; every failure also throws, and we report it
  // from the error (the "baseline model loaded" line), so its own log is kept to fatal.
  ort.env.logLevel = 'fatal';
  return ort.InferenceSession.create(bytes, { executionProviders: [provider], logSeverityLevel: 4, graphOptimizationLevel: 'all' });
}

/**
 * Loads a model on the device the config asks for: `cuda` only, `cpu` only, or `auto`
 * (cuda, else cpu). `knownCudaError` skips a cuda attempt already known to fail.
 * @throws DomainError model.invalid_file (not a loadable ONNX graph), model.device_unavailable
 *   (MODEL_DEVICE=cuda without a usable CUDA provider)
 */
export async function openOnnxSession(bytes: Uint8Array, device: ModelDevice, path: string, knownCudaError?: string): Promise<OpenedSession> {
  let cudaError = knownCudaError;
  if (device !== 'cpu' && cudaError === undefined) {
    try {
      return { session: await create(bytes, 'cuda'), provider: 'cuda' };
    } catch (e) {
      cudaError = firstLine(e);
    }
  }
  let session: ort.InferenceSession;
  try {
    session = await create(bytes, 'cpu');
  } catch (e) {
    throw new DomainError('model.invalid_file', { path, reason: firstLine(e) });
  }
  if (device === 'cuda') {
    // The file is fine (cpu loads it), so the failure was the device.
    await session.release();
    throw new DomainError('model.device_unavailable', { device: 'cuda', reason: cudaError ?? 'unknown' });
  }
  return { session, provider: 'cpu', cudaError };
}

const fixed = (d: number | string | undefined): d is number => typeof d === 'number' && d > 0;
const show = (shape: readonly (number | string)[]): string => `[${shape.map((d) => (fixed(d) ? d : '?')).join(', ')}]`;

/**
 * Checks a loaded graph against its registration: one float32 input of the kind's shape
 * (rank 2 [batch, dimension] for text and features, rank 4 for images), a first output of
 * [batch, classes], and a trial run on zeros that returns that shape (and rows summing to 1
 * when the output holds probabilities).
 * @throws DomainError model.shape_mismatch naming what was expected and what the file has.
 */
export async function checkModelSignature(session: ort.InferenceSession, spec: ModelSpec, path: string): Promise<ModelSignature> {
  const mismatch = (expected: string, actual: string) => new DomainError('model.shape_mismatch', { path, expected, actual });
  if (session.inputNames.length !== 1) throw mismatch('one input', `${session.inputNames.length} inputs (${session.inputNames.join(', ')})`);
  const input = session.inputMetadata[0];
  const output = session.outputMetadata[0];
  if (!input.isTensor || input.type !== 'float32') throw mismatch('a float32 tensor input', input.isTensor ? `a ${input.type} input` : 'a non-tensor input');
  if (!output || !output.isTensor || output.type !== 'float32') throw mismatch('a float32 tensor output', output ? 'another output type' : 'no output');
  const shape = input.shape;
  const k = spec.classes.length;
  let inputDims: number[];
  if (spec.inputKind === 'image') {
    if (shape.length !== 4) throw mismatch(`an image input of rank 4 (${spec.config.layout})`, `input shape ${show(shape)}`);
    inputDims = shape.slice(1).map(Number);
    const [c, h, w] = spec.config.layout === 'nchw' ? inputDims : [inputDims[2], inputDims[0], inputDims[1]];
    if (![c, h, w].every(fixed) || (c !== 1 && c !== 3)) throw mismatch(`fixed ${spec.config.layout} dimensions with 1 or 3 channels`, `input shape ${show(shape)}`);
    for (const key of ['mean', 'std'] as const) {
      const n = spec.config[key].length;
      if (n !== 1 && n !== c) throw mismatch(`config.${key} of 1 or ${c} values`, `${n} values`);
    }
  } else {
    if (shape.length !== 2 || !fixed(shape[1])) throw mismatch(`a vector input [batch, n]`, `input shape ${show(shape)}`);
    inputDims = [shape[1] as number];
    if (spec.inputKind === 'text' && shape[1] !== spec.config.dimension)
      throw mismatch(`input width ${spec.config.dimension} (config.dimension)`, `input shape ${show(shape)}`);
  }
  const outShape = output.shape;
  if (outShape.length !== 0 && (outShape.length !== 2 || (fixed(outShape[1]) && outShape[1] !== k)))
    throw mismatch(`output [batch, ${k}] for classes ${spec.classes.join(', ')}`, `output shape ${show(outShape)}`);
  const sig: ModelSignature = { inputName: input.name, outputName: output.name, inputDims, fixedBatch: fixed(shape[0]) ? shape[0] : undefined };

  let probs: Float32Array;
  try {
    const rows = sig.fixedBatch ?? 1;
    probs = await runRaw(session, sig, new Float32Array(rows * inputDims.reduce((a, b) => a * b, 1)), rows, k);
  } catch (e) {
    throw mismatch(`a graph that runs on its declared input and gives [batch, ${k}]`, firstLine(e));
  }
  if (spec.output === 'probabilities') {
    const sum = probs.subarray(0, k).reduce((a, b) => a + b, 0);
    if (!(Math.abs(sum - 1) < 1e-3) || probs.subarray(0, k).some((p) => p < 0 || p > 1))
      throw mismatch('probabilities summing to 1 per row (or config.output "logits")', `a row summing to ${sum.toFixed(4)}`);
  }
  return sig;
}

/** One run; checks the output holds rows x k values. */
async function runRaw(session: ort.InferenceSession, sig: ModelSignature, data: Float32Array, rows: number, k: number): Promise<Float32Array> {
  const out = await session.run({ [sig.inputName]: new ort.Tensor('float32', data, [rows, ...sig.inputDims]) }, [sig.outputName]);
  const t = out[sig.outputName];
  // Registration's trial run turns this into model.shape_mismatch; after it, it is a bug.
  if (t.dims.length !== 2 || t.dims[0] !== rows || t.dims[1] !== k) throw new Error(`output [${t.dims.join(', ')}] where [${rows}, ${k}] was expected`);
  return t.data as Float32Array;
}

/**
 * Class probabilities of `rows` inputs packed in `data` (row-major, each the signature's
 * input size): [rows x classes]. A graph with a fixed batch runs in chunks of it, the last
 * one padded with zeros; logits are turned into probabilities by softmax.
 */
export async function runModel(session: ort.InferenceSession, sig: ModelSignature, spec: ModelSpec, data: Float32Array, rows: number): Promise<Float32Array> {
  const k = spec.classes.length;
  const width = sig.inputDims.reduce((a, b) => a * b, 1);
  const chunk = sig.fixedBatch ?? rows;
  const probs = new Float32Array(rows * k);
  for (let start = 0; start < rows; start += chunk) {
    const n = Math.min(chunk, rows - start);
    let slice = data.subarray(start * width, (start + n) * width);
    if (n < chunk) {
      const padded = new Float32Array(chunk * width);
      padded.set(slice);
      slice = padded;
    }
    const out = await runRaw(session, sig, slice, chunk, k);
    probs.set(out.subarray(0, n * k), start * k);
  }
  if (spec.output === 'logits') {
    for (let r = 0; r < rows; r++) {
      const row = probs.subarray(r * k, (r + 1) * k);
      const max = Math.max(...row);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += row[c] = Math.exp(row[c] - max);
      for (let c = 0; c < k; c++) row[c] /= sum;
    }
  }
  return probs;
}

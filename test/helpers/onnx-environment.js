/**
 * Jest's node environment with this process's typed arrays. onnxruntime-node hands back
 * output tensors built on the real Float32Array, while a test file's sandbox has its own,
 * so onnxruntime-common's `instanceof` check fails under plain jest ("A float32 tensor's
 * data must be type of function Float32Array()"). Files that run inference opt in with
 * a `@jest-environment ./test/helpers/onnx-environment.js` docblock.
 */
const { TestEnvironment } = require('jest-environment-node');

const SHARED = ['ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];

class OnnxEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of SHARED) this.global[name] = globalThis[name];
  }
}

module.exports = OnnxEnvironment;

import protobuf from 'protobufjs';

/**
 * The subset of onnx.proto (github.com/onnx/onnx, onnx/onnx.proto3) a linear classifier
 * needs, with the official field numbers. Enough to write a valid ModelProto; nothing here
 * reads models (onnxruntime does).
 */
const ONNX_PROTO = `
syntax = "proto3";
package onnx;
message AttributeProto { string name = 1; float f = 2; int64 i = 3; bytes s = 4; int32 type = 20; }
message ValueInfoProto { string name = 1; TypeProto type = 2; }
message NodeProto { repeated string input = 1; repeated string output = 2; string name = 3; string op_type = 4; repeated AttributeProto attribute = 5; string domain = 7; }
message ModelProto { int64 ir_version = 1; string producer_name = 2; string producer_version = 3; string domain = 4; int64 model_version = 5; string doc_string = 6; GraphProto graph = 7; repeated OperatorSetIdProto opset_import = 8; }
message StringStringEntryProto { string key = 1; string value = 2; }
message GraphProto { repeated NodeProto node = 1; string name = 2; repeated TensorProto initializer = 5; string doc_string = 10; repeated ValueInfoProto input = 11; repeated ValueInfoProto output = 12; }
message TensorProto { repeated int64 dims = 1; int32 data_type = 2; string name = 8; bytes raw_data = 9; }
message TensorShapeProto { message Dimension { oneof value { int64 dim_value = 1; string dim_param = 2; } } repeated Dimension dim = 1; }
message TypeProto { message Tensor { int32 elem_type = 1; TensorShapeProto shape = 2; } oneof value { Tensor tensor_type = 1; } }
message OperatorSetIdProto { string domain = 1; int64 version = 2; }
`;

const FLOAT = 1; // TensorProto.DataType.FLOAT
const ATTR_INT = 2; // AttributeProto.AttributeType.INT
const IR_VERSION = 8;
const OPSET = 13;

/** A linear classifier: probabilities = softmax(flatten(x) · weights + bias). */
export interface LinearModel {
  /** Input shape without the batch dimension: [d] for vectors, [c, h, w] for images. */
  inputShape: readonly number[];
  /** Number of classes (outputs). */
  classes: number;
  /** Row-major [inputs x classes], inputs = product of inputShape. */
  weights: Float32Array;
  /** [classes]. */
  bias: Float32Array;
  inputName?: string;
  outputName?: string;
  /** Stored in the model's doc_string. */
  doc?: string;
  /** false: the graph ends at the logits (MatMul + Add), for models registered with output "logits". */
  softmax?: boolean;
}

const floats = (a: Float32Array): Buffer => {
  // raw_data is little-endian float32; copy so a view of a larger buffer encodes alone.
  const b = Buffer.alloc(a.length * 4);
  for (let i = 0; i < a.length; i++) b.writeFloatLE(a[i], i * 4);
  return b;
};

const tensorType = (dims: (number | string)[]) => ({
  tensorType: { elemType: FLOAT, shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) } },
});

/**
 * Encodes a linear classifier as an ONNX ModelProto (IR 8, opset 13): [Flatten] ->
 * MatMul -> Add -> [Softmax], batch dimension symbolic ("batch"). The bytes depend only on
 * the inputs, so a rebuild from the same weights is byte-identical.
 * @throws Error when weights or bias do not fit the shapes (a programming error).
 */
export function encodeLinearOnnxModel(m: LinearModel): Uint8Array {
  const inputs = m.inputShape.reduce((a, b) => a * b, 1);
  if (m.weights.length !== inputs * m.classes) throw new Error(`weights: expected ${inputs * m.classes} values, got ${m.weights.length}`);
  if (m.bias.length !== m.classes) throw new Error(`bias: expected ${m.classes} values, got ${m.bias.length}`);
  const input = m.inputName ?? 'input';
  const output = m.outputName ?? 'probabilities';
  const flat = m.inputShape.length > 1;
  const nodes = [
    ...(flat ? [{ input: [input], output: ['flat'], name: 'flatten', opType: 'Flatten', attribute: [{ name: 'axis', i: 1, type: ATTR_INT }] }] : []),
    { input: [flat ? 'flat' : input, 'weights'], output: ['scores'], name: 'matmul', opType: 'MatMul' },
    { input: ['scores', 'bias'], output: [m.softmax === false ? output : 'logits'], name: 'add', opType: 'Add' },
    ...(m.softmax === false ? [] : [{ input: ['logits'], output: [output], name: 'softmax', opType: 'Softmax', attribute: [{ name: 'axis', i: -1, type: ATTR_INT }] }]),
  ];
  const root = protobuf.parse(ONNX_PROTO).root;
  const ModelProto = root.lookupType('onnx.ModelProto');
  const model = {
    irVersion: IR_VERSION,
    producerName: 'tnet',
    producerVersion: '1',
    modelVersion: 1,
    docString: m.doc ?? '',
    opsetImport: [{ domain: '', version: OPSET }],
    graph: {
      name: 'linear_classifier',
      node: nodes,
      initializer: [
        { name: 'weights', dims: [inputs, m.classes], dataType: FLOAT, rawData: floats(m.weights) },
        { name: 'bias', dims: [m.classes], dataType: FLOAT, rawData: floats(m.bias) },
      ],
      input: [{ name: input, type: tensorType(['batch', ...m.inputShape]) }],
      output: [{ name: output, type: tensorType(['batch', m.classes]) }],
    },
  };
  const problem = ModelProto.verify(model);
  if (problem) throw new Error(`ModelProto: ${problem}`);
  return ModelProto.encode(ModelProto.fromObject(model)).finish();
}

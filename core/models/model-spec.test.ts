import { DomainError } from '../errors';
import { parseModelRegistration, specFromRow, storedConfig } from './model-spec';

const options = ['positive', 'negative', 'neutral'];
const problems = (input: unknown): string[] => {
  try {
    parseModelRegistration(input, options);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'model.invalid_config') return (e.details as { problems: string[] }).problems;
    throw e;
  }
  throw new Error('expected model.invalid_config');
};

describe('parseModelRegistration', () => {
  it('fills the defaults of each input kind', () => {
    expect(parseModelRegistration({ path: 'm.onnx', classes: ['positive', 'negative'], inputKind: 'features' }, options).spec).toEqual({
      inputKind: 'features',
      classes: ['positive', 'negative'],
      output: 'probabilities',
      config: { field: 'features' },
    });
    expect(parseModelRegistration({ path: 'm.onnx', classes: options, inputKind: 'text', config: { dimension: 512 } }, options).spec.config).toEqual({ field: 'text', dimension: 512, ngrams: 1 });
    expect(parseModelRegistration({ path: 'm.onnx', classes: options, inputKind: 'image', config: { output: 'logits' } }, options).spec).toMatchObject({
      output: 'logits',
      config: { field: 'image', mean: [0], std: [1], layout: 'nchw' },
    });
  });

  it('names every problem at once', () => {
    const p = problems({ path: 'm.onnx', classes: ['positive', 'positive', 'happy'], inputKind: 'text', config: { ngrams: 3 } });
    expect(p).toEqual(
      expect.arrayContaining([
        'classes: must be distinct',
        expect.stringContaining('happy is not an option'),
        expect.stringMatching(/^config\.dimension: /),
        expect.stringMatching(/^config\.ngrams: /),
      ]),
    );
  });

  it('refuses an unknown kind, a missing path and non-positive std', () => {
    expect(problems({ classes: options, inputKind: 'audio' }).join('\n')).toMatch(/path[\s\S]*inputKind/);
    expect(problems({ path: 'm.onnx', classes: options, inputKind: 'image', config: { std: [0] } })).toEqual(['config.std: must be positive']);
  });

  it('round-trips through the stored row', () => {
    const { spec } = parseModelRegistration({ path: 'm.onnx', classes: options, inputKind: 'text', config: { dimension: 64, ngrams: 2, output: 'logits' } }, options);
    expect(specFromRow({ input_kind: 'text', classes: options, config: storedConfig(spec) })).toEqual(spec);
  });
});

import { decideLabelSet, labelPresence } from './decide-label-set';

describe('labelPresence', () => {
  it('weighs each label apart: three ticks of label 0, none of label 1', () => {
    const p = labelPresence(2, [{ ticked: [0] }, { ticked: [0] }, { ticked: [0] }]);
    expect(p[0]).toBeGreaterThan(0.9);
    expect(p[1]).toBeLessThan(0.1);
  });
  it('gives a rater with no information (coin-flip confusion) no say', () => {
    const coin = [[0.5, 0.5, 0.5, 0.5]];
    expect(labelPresence(1, [{ ticked: [0], confusion: coin }])[0]).toBeCloseTo(0.5);
  });
  it('trusts a learned expert over two newcomers', () => {
    const expert = [[0.99, 0.01, 0.01, 0.99]];
    const p = labelPresence(1, [{ ticked: [0], confusion: expert }, { ticked: [] }, { ticked: [] }]);
    expect(p[0]).toBeGreaterThan(0.5);
  });
  it('starts from the prevalence when given', () => {
    expect(labelPresence(1, [], [0.2])[0]).toBeCloseTo(0.2);
    expect(labelPresence(1, [], [0.2, 0.3])[0]).toBeCloseTo(0.5);
  });
});

describe('decideLabelSet', () => {
  const base = { answersPerTask: 3, maxAnswers: 5, targetConfidence: 0.9, labels: 3 };
  it.each([
    ['open below the overlap', { mode: 'majority', answers: [[0], [0]] }, { state: 'open' }],
    ['majority: labels with most ticks (mask 0b011)', { mode: 'majority', answers: [[0, 1], [0, 1], [0]] }, { state: 'final', label: 3, confidence: 2 / 3 }],
    ['majority: the empty set', { mode: 'majority', answers: [[], [], [2]] }, { state: 'final', label: 0, confidence: 2 / 3 }],
    ['majority: a tied label waits', { mode: 'majority', answers: [[0], [0], [0, 1], [1]] }, { state: 'open' }],
    ['majority: tied at the maximum is uncertain', { mode: 'majority', answers: [[0], [0], [0, 1], [1], [], [1]], maxAnswers: 6 }, { state: 'final_uncertain', label: null, confidence: 0.5 }],
    ['posterior: every label sure', { mode: 'dawid_skene', answers: [[0], [0], [0]], presence: [0.99, 0.02, 0.05] }, { state: 'final', label: 1, confidence: 0.95 }],
    ['posterior: one unsure label keeps it open', { mode: 'dawid_skene', answers: [[0], [0], [0]], presence: [0.99, 0.3, 0.05] }, { state: 'open' }],
    ['posterior: unsure at the maximum', { mode: 'dawid_skene', answers: [[0], [0], [0], [], [1]], presence: [0.99, 0.3, 0.05] }, { state: 'final_uncertain', label: 1, confidence: 0.7 }],
  ] as const)('%s', (_, given, expected) => {
    const { decision } = decideLabelSet({ ...base, ...given } as never);
    if ('confidence' in expected) expect(decision).toEqual({ ...expected, confidence: expect.closeTo(expected.confidence, 9) });
    else expect(decision).toEqual(expected);
  });
  it('refuses a probabilistic decision without a presence per label', () => {
    expect(() => decideLabelSet({ ...base, mode: 'one_coin', answers: [] })).toThrow('presence');
  });
});

import { labelReport } from './label-report';

const LABELS = ['toxic', 'spam', 'off_topic'].map((id) => ({ id, label: id.toUpperCase() }));

describe('labelReport', () => {
  it('counts each label over the decided sets and the answers, not the combinations', () => {
    const r = labelReport(
      LABELS,
      [
        { choice: 'toxic|spam', n: 2 },
        { choice: 'toxic', n: 3 },
        { choice: '', n: 4 },
      ],
      [
        { choice: 'toxic|spam|off_topic', n: 1 },
        { choice: 'spam', n: 5 },
        { choice: '', n: 2 },
      ],
    );
    expect(r).toEqual({
      decidedTasks: 9,
      decidedNone: 4,
      answers: 8,
      answeredNone: 2,
      labels: [
        { id: 'toxic', label: 'TOXIC', decided: 5, ticked: 1 },
        { id: 'spam', label: 'SPAM', decided: 2, ticked: 6 },
        { id: 'off_topic', label: 'OFF_TOPIC', decided: 0, ticked: 1 },
      ],
    });
  });

  it('leaves out text that is not a set of the options', () => {
    const r = labelReport(LABELS, [{ choice: 'spam|toxic', n: 1 }], [{ choice: 'rude', n: 3 }]);
    expect([r.decidedTasks, r.answers, r.labels.map((l) => l.decided + l.ticked)]).toEqual([0, 0, [0, 0, 0]]);
  });

  it('has every label at zero before any answer', () => {
    expect(labelReport(LABELS, [], []).labels.map((l) => [l.id, l.decided, l.ticked])).toEqual([
      ['toxic', 0, 0],
      ['spam', 0, 0],
      ['off_topic', 0, 0],
    ]);
  });
});

import { countVotes, whyView, type WhyFacts, type WhyLedgerFact } from './why-view';

const paid: WhyLedgerFact = { ledgerId: '7', rule: 'majority.match', amount: 10n, status: 'pending', correction: false };
const withheld: WhyLedgerFact = { ledgerId: '8', rule: 'majority.mismatch', amount: 0n, status: 'withheld', correction: false };
const takenBack: WhyLedgerFact = { ledgerId: '9', rule: 'skill.below_floor', amount: -10n, status: 'pending', correction: true };
const goldPaid: WhyLedgerFact = { ledgerId: '10', rule: 'gold.match', amount: 10n, status: 'pending', correction: false };

const base: WhyFacts = {
  kind: 'label',
  options: ['cat', 'dog', 'bird'],
  gold: false,
  goldLabel: null,
  settled: false,
  taskStatus: 'open',
  consensusLabel: null,
  consensusConfidence: null,
  choices: [],
  rows: [],
};
const facts = (f: Partial<WhyFacts>): WhyFacts => ({ ...base, ...f });

/** What a regular answer whose task is still open shows: the look every unsettled gold answer must have. */
const WAITING = { stage: 'waiting', votes: null, consensus: null, knownLabel: null, rows: [], net: null };

describe('whyView', () => {
  it.each([
    ['a regular open task, no votes yet', facts({}), WAITING],
    ['a regular open task with votes: its split stays hidden', facts({ choices: [{ choice: 'cat', n: 2 }] }), WAITING],
    [
      'a decided task that paid',
      facts({ taskStatus: 'final', consensusLabel: 'cat', consensusConfidence: 1, choices: [{ choice: 'cat', n: 3 }, { choice: 'dog', n: 1 }], rows: [paid] }),
      {
        stage: 'decided',
        votes: [{ option: 'cat', count: 3 }, { option: 'dog', count: 1 }, { option: 'bird', count: 0 }],
        consensus: { label: 'cat', confidence: 1 },
        knownLabel: null,
        rows: [paid],
        net: 10n,
      },
    ],
    [
      'a decided task that withheld',
      facts({ taskStatus: 'final', consensusLabel: 'cat', consensusConfidence: 0.95, choices: [{ choice: 'cat', n: 3 }], rows: [withheld] }),
      { stage: 'decided', votes: [{ option: 'cat', count: 3 }, { option: 'dog', count: 0 }, { option: 'bird', count: 0 }], consensus: { label: 'cat', confidence: 0.95 }, knownLabel: null, rows: [withheld], net: 0n },
    ],
    [
      'a payment taken back: the net counts the correction',
      facts({ taskStatus: 'final', consensusLabel: 'cat', consensusConfidence: 1, choices: [{ choice: 'cat', n: 3 }], rows: [paid, takenBack] }),
      { stage: 'decided', votes: [{ option: 'cat', count: 3 }, { option: 'dog', count: 0 }, { option: 'bird', count: 0 }], consensus: { label: 'cat', confidence: 1 }, knownLabel: null, rows: [paid, takenBack], net: 0n },
    ],
    [
      'a decided task waiting for the member to be assessed: no rows, no net',
      facts({ taskStatus: 'final', consensusLabel: 'cat', consensusConfidence: 1, choices: [{ choice: 'cat', n: 3 }] }),
      { stage: 'decided', votes: [{ option: 'cat', count: 3 }, { option: 'dog', count: 0 }, { option: 'bird', count: 0 }], consensus: { label: 'cat', confidence: 1 }, knownLabel: null, rows: [], net: null },
    ],
    [
      'a task closed uncertain without a label',
      facts({ taskStatus: 'final_uncertain', choices: [{ choice: 'cat', n: 2 }, { choice: 'dog', n: 2 }], rows: [{ ...withheld, rule: 'majority.tie' }] }),
      {
        stage: 'decided',
        votes: [{ option: 'cat', count: 2 }, { option: 'dog', count: 2 }, { option: 'bird', count: 0 }],
        consensus: { label: null, confidence: null },
        knownLabel: null,
        rows: [{ ...withheld, rule: 'majority.tie' }],
        net: 0n,
      },
    ],
    [
      'a gold task once settled: its known label and outcome',
      facts({ gold: true, goldLabel: 'dog', settled: true, choices: [{ choice: 'dog', n: 40 }], rows: [goldPaid] }),
      { stage: 'gold', votes: [{ option: 'cat', count: 0 }, { option: 'dog', count: 40 }, { option: 'bird', count: 0 }], consensus: null, knownLabel: 'dog', rows: [goldPaid], net: 10n },
    ],
    ['a gold task before settlement reads as waiting', facts({ gold: true, goldLabel: 'dog', choices: [{ choice: 'dog', n: 40 }] }), WAITING],
  ] as const)('%s', (_name, f, expected) => {
    expect(whyView(f)).toEqual(expected);
  });

  // Every hidden fact of an unsettled gold task, varied: none may change what /why shows.
  const hidden: Partial<WhyFacts>[] = [
    {},
    { goldLabel: 'cat' },
    { choices: [{ choice: 'dog', n: 500 }, { choice: 'cat', n: 1 }] },
    { taskStatus: 'final', consensusLabel: 'dog', consensusConfidence: 1 },
    { taskStatus: 'final_uncertain' },
    { rows: [goldPaid] },
    { rows: [{ ...goldPaid, rule: 'gold.mismatch', amount: 0n, status: 'withheld' }] },
  ];
  it.each(hidden.map((h, i) => [i, h] as const))('never tells a gold task from a waiting regular one before settlement (variation %i)', (_i, h) => {
    const gold = whyView(facts({ gold: true, goldLabel: 'dog', ...h }));
    expect(gold).toEqual(whyView(facts({ choices: [{ choice: 'cat', n: 1 }] })));
    expect(gold).toEqual(WAITING);
  });

  it('counts a multi-label task per label, and ignores choices that are not options', () => {
    expect(countVotes('multilabel', ['a', 'b', 'c'], [{ choice: 'a|b', n: 2 }, { choice: '', n: 1 }, { choice: 'b', n: 1 }])).toEqual([
      { option: 'a', count: 2 },
      { option: 'b', count: 3 },
      { option: 'c', count: 0 },
    ]);
    expect(countVotes('label', ['a', 'b'], [{ choice: 'a|b', n: 2 }, { choice: 'zzz', n: 1 }])).toEqual([
      { option: 'a', count: 0 },
      { option: 'b', count: 0 },
    ]);
  });
});

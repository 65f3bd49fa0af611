import type { AnswerTrace } from '../../core';
import { english } from './i18n/translator';
import { answerTraceText, batchTraceText } from './why-text';

const t = english();
const options = ['cat', 'dog'].map((id) => ({ id, label: id }));
const labels = { kind: 'label' as const, options, swapped: false };
const BATCH = `0x${'ab'.repeat(32)}`;

const decided: AnswerTrace = {
  taskId: 5,
  campaignId: 2,
  campaignName: 'Pets',
  kind: 'label',
  options,
  choice: 'cat',
  swapped: false,
  answeredAt: new Date('2026-12-06T05:21:30Z'),
  stage: 'decided',
  votes: [
    { option: 'cat', count: 3 },
    { option: 'dog', count: 1 },
  ],
  consensus: { label: 'cat', confidence: 0.95 },
  knownLabel: null,
  steps: [{ ledgerId: '1', rule: 'majority.match', amount: 10n ** 19n, status: 'minted', correction: false, mint: { batchId: BATCH, state: 'confirmed', txHash: '0xfeed', manifestHash: BATCH } }],
  net: 10n ** 19n,
};

describe('why text', () => {
  it('reads a decided, minted answer from the answer to the manifest hash', () => {
    expect(answerTraceText(t, decided, labels)).toBe(
      [
        'Why: task #5 · campaign #2 Pets',
        'Your answer: cat (2026-12-06 05:21 UTC)',
        'Votes counted: cat 3 · dog 1',
        'Consensus: cat (95% confidence)',
        'Paid 10 TNET because it matches the majority',
        `  Minted in batch ${BATCH} [confirmed], transaction 0xfeed`,
        `  Manifest hash (keccak256 of its canonical text, the batch id): ${BATCH}`,
        'Net for this answer: 10 TNET',
      ].join('\n'),
    );
  });

  it('warns when the stored manifest does not hash to its batch id', () => {
    const tampered = { ...decided, steps: [{ ...decided.steps[0]!, mint: { ...decided.steps[0]!.mint!, manifestHash: `0x${'cd'.repeat(32)}` } }] };
    expect(answerTraceText(t, tampered, labels)).toContain('Warning: the stored manifest does not hash to this batch id.');
  });

  it('names a correction with its signed amount, and a label without a confidence plainly', () => {
    const corrected = {
      ...decided,
      consensus: { label: 'cat', confidence: null },
      steps: [{ ...decided.steps[0]!, status: 'pending', mint: null }, { ledgerId: '2', rule: 'skill.below_floor', amount: -(10n ** 19n), status: 'pending', correction: true, mint: null }],
      net: 0n,
    };
    const text = answerTraceText(t, corrected, labels);
    expect(text).toContain('\nConsensus: cat\n');
    expect(text).toContain('Corrected by -10 TNET because your estimated accuracy is below the campaign');
    expect(text).toContain('Net for this answer: 0 TNET');
  });

  it("names a pairwise side as the member's card showed it", () => {
    const pair = [{ id: 'a', label: 'a' }, { id: 'b', label: 'b' }, { id: 'tie', label: 'tie' }, { id: 'both_bad', label: 'both_bad' }];
    const trace = { ...decided, kind: 'pairwise', options: pair, choice: 'a', swapped: true, votes: null, consensus: { label: 'a', confidence: 1 }, steps: [], net: null };
    const text = answerTraceText(t, trace, { kind: 'pairwise', options: pair, swapped: false });
    // Output a was shown second on this member's card.
    expect(text).toContain('Your answer: 2 is better (');
    expect(text).toContain('Your answer is not judged yet');
  });

  it('lists the rows of a batch and says how many more there are', () => {
    const text = batchTraceText(t, {
      mint: { batchId: BATCH, state: 'confirmed', txHash: '0xfeed', manifestHash: BATCH },
      rows: [{ ledgerId: '1', taskId: 5, campaignId: 2, campaignName: 'Pets', rule: 'majority.match', amount: 10n ** 19n, correction: false }],
      count: 21,
      total: 21n * 10n ** 19n,
    });
    expect(text).toContain('- Task #5 (campaign #2 Pets): 10 TNET because it matches the majority');
    expect(text).toContain('… and 20 more of your rows in this batch.');
    expect(text).toContain('Your total in this batch: 210 TNET in 21 rows');
  });
});

import { appealReason, decisionRefusal, filingRefusal, MAX_APPEAL_REASON, upheldPayment, exceptUpheld, type FilingFacts, type FilingRefusal } from './appeal-rules';

const ok: FilingFacts = { own: true, reason: 'The picture shows a cat.', ledger: { net: 0n, rule: 'consensus.mismatch' }, appealed: false, pending: 0, lastDay: 0 };

describe('filingRefusal', () => {
  it.each<[string, Partial<FilingFacts>, FilingRefusal | null]>([
    ['a mismatch, own answer, first appeal', {}, null],
    ['another member’s answer (or none): unknown', { own: false }, 'not_found'],
    ['an empty reason', { reason: '   ' }, 'reason_empty'],
    ['a reason of 300 code points', { reason: '🐱'.repeat(MAX_APPEAL_REASON) }, null],
    ['a reason of 301 characters', { reason: 'x'.repeat(MAX_APPEAL_REASON + 1) }, 'reason_too_long'],
    ['a long reason trimmed to fit', { reason: `  ${'x'.repeat(MAX_APPEAL_REASON)}  ` }, null],
    ['an answer still waiting (no ledger row)', { ledger: null }, 'waiting'],
    ['a paid answer', { ledger: { net: 10n, rule: 'consensus.match' } }, 'not_withheld'],
    ['budget exhausted', { ledger: { net: 0n, rule: 'budget.exhausted' } }, 'not_appealable'],
    ['a rejected contribution', { ledger: { net: 0n, rule: 'contribution.rejected' } }, 'not_appealable'],
    ['a merged duplicate', { ledger: { net: 0n, rule: 'merge.duplicate' } }, 'not_appealable'],
    ['a rule this list does not know', { ledger: { net: 0n, rule: 'some.new_rule' } }, 'not_appealable'],
    ['a gold mismatch', { ledger: { net: 0n, rule: 'gold.mismatch' } }, null],
    ['a skill below the floor', { ledger: { net: 0n, rule: 'skill.below_floor' } }, null],
    ['an unproven probation', { ledger: { net: 0n, rule: 'probation.unproven' } }, null],
    ['a community daily cap is its own limit', { ledger: { net: 0n, rule: 'cap.daily' } }, 'not_appealable'],
    ['suspected collusion', { ledger: { net: 0n, rule: 'collusion.suspected' } }, null],
    ['a payment taken back by a re-score', { ledger: { net: 0n, rule: 'consensus.corrected' } }, null],
    ['a second appeal of the answer', { appealed: true }, 'duplicate'],
    ['three waiting already', { pending: 3 }, 'too_many_pending'],
    ['two waiting', { pending: 2 }, null],
    ['five filed today', { lastDay: 5 }, 'rate_limited'],
    ['four filed today', { lastDay: 4 }, null],
  ])('%s', (_, facts, refusal) => {
    expect(filingRefusal({ ...ok, ...facts })).toBe(refusal);
  });

  it('stores a reason trimmed, with one space between words', () => {
    expect(appealReason('  a \n\t b  ')).toBe('a b');
  });
});

describe('decisionRefusal', () => {
  it.each<[string, Parameters<typeof decisionRefusal>[0], ReturnType<typeof decisionRefusal>]>([
    ['a moderator, pending appeal', { exists: true, moderates: true, state: 'pending', own: false }, null],
    ['no such appeal', { exists: false, moderates: true, state: null, own: false }, 'not_found'],
    ['another community’s moderator: as unknown', { exists: true, moderates: false, state: 'pending', own: false }, 'not_found'],
    ['a moderator deciding their own appeal', { exists: true, moderates: true, state: 'pending', own: true }, 'own_appeal'],
    ['upheld already', { exists: true, moderates: true, state: 'upheld', own: false }, 'already_decided'],
    ['refused already', { exists: true, moderates: true, state: 'refused', own: false }, 'already_decided'],
  ])('%s', (_, facts, refusal) => {
    expect(decisionRefusal(facts)).toBe(refusal);
  });
});

describe('upheldPayment', () => {
  it.each<[string, bigint, bigint, bigint, bigint | 'budget_short']>([
    ['pays the reward from the budget', 10n, 0n, 100n, 10n],
    ['pays the last whole reward', 10n, 0n, 10n, 10n],
    ['refuses when the budget cannot pay it whole', 10n, 0n, 9n, 'budget_short'],
    ['pays nothing when a re-score paid it meanwhile', 10n, 10n, 0n, 0n],
    ['a campaign without reward pays nothing', 0n, 0n, 0n, 0n],
  ])('%s', (_, reward, net, left, paid) => {
    expect(upheldPayment(reward, net, left)).toBe(paid);
  });
});

describe('exceptUpheld', () => {
  it('drops the take-backs of upheld answers, keeps the others', () => {
    expect(exceptUpheld([{ answerId: '1' }, { answerId: '2' }], new Set(['2']))).toEqual([{ answerId: '1' }]);
    expect(exceptUpheld([{ answerId: '1' }], new Set())).toEqual([{ answerId: '1' }]);
  });
});

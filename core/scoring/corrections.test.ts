import type { MemberStanding } from '../consensus/reward-rules';
import { rescoreCorrections, settlementTakeBacks, wholeRewardsLeft } from './corrections';
import type { LedgerNet, ScoringAnswer, ScoringContext } from './scoring-context';

const REWARD = 10n ** 18n;
const good: MemberStanding = { answers: 40, accuracy: 0.9, goldAnswers: 10, goldCorrect: 9 };
const colluder: MemberStanding = { ...good, suspicion: 'collusion' };
const tooFast: MemberStanding = { ...good, suspicion: 'too_fast' };
/** Clearly below a 0.43 floor: 0.2 over 200 answers. */
const clearlyBad: MemberStanding = { answers: 200, accuracy: 0.2, goldAnswers: 0, goldCorrect: 0 };
/** Just under the floor with little evidence: not clear. */
const unsure: MemberStanding = { answers: 6, accuracy: 0.4, goldAnswers: 0, goldCorrect: 0 };

const answer = (id: string, choice: string, standing: MemberStanding | null): ScoringAnswer => ({ id, memberId: Number(id), choice, scored: true, standing, confusion: null });

function context(answers: ScoringAnswer[], rules: Partial<ScoringContext['rules']> = {}): ScoringContext {
  return {
    taskId: 1,
    campaignId: 1,
    status: 'final',
    consensusLabel: 'cat',
    consensusConfidence: 0.95,
    goldLabel: null,
    mode: 'dawid_skene',
    options: [
      { id: 'cat', label: 'Cat' },
      { id: 'dog', label: 'Dog' },
      { id: 'bird', label: 'Bird' },
    ],
    reward: REWARD,
    rules: { minEvidence: 5, minAccuracy: 0.43, goldMinAnswers: 5, goldMaxFailure: 0.5, final: true, ...rules },
    answers,
    decision: { state: 'final', label: 0, confidence: 0.95 },
    version: '1',
  } as ScoringContext;
}

const paid = (id: string): [string, LedgerNet] => [id, { original: `r${id}`, net: REWARD }];
const unpaid = (id: string): [string, LedgerNet] => [id, { original: `r${id}`, net: 0n }];
const takenBack = (id: string): [string, LedgerNet] => [id, { original: `r${id}`, net: 0n }];

describe('settlementTakeBacks', () => {
  it.each<[string, MemberStanding | null, [string, LedgerNet] | null, string, string | null]>([
    ['keeps a good member’s payment', good, paid('1'), 'cat', null],
    ['takes back a colluding account’s payment', colluder, paid('1'), 'cat', 'collusion.suspected'],
    ['takes back a too-fast account’s payment', tooFast, paid('1'), 'cat', 'timing.too_fast'],
    ['takes back a skill clearly below the floor', clearlyBad, paid('1'), 'cat', 'skill.below_floor'],
    ['keeps a payment just under the floor (not clear evidence)', unsure, paid('1'), 'cat', null],
    ['leaves an answer that was never paid', colluder, unpaid('1'), 'cat', null],
    ['leaves an answer already taken back', colluder, takenBack('1'), 'cat', null],
    ['leaves an answer without a ledger row', colluder, null, 'cat', null],
    ['leaves a mismatch (the round re-scores moved consensus)', colluder, paid('1'), 'dog', null],
  ])('%s', (_, standing, ledger, choice, rule) => {
    const ctx = context([answer('1', choice, standing)]);
    const back = settlementTakeBacks(ctx, new Map(ledger ? [ledger] : []), 'cat');
    expect(back).toEqual(rule === null ? [] : [{ memberId: 1, answerId: '1', original: 'r1', amount: -REWARD, rule }]);
  });
});

describe('rescoreCorrections', () => {
  it('takes back what the old label paid and owes what the new one pays, in answer order', () => {
    const ctx = context([answer('1', 'cat', good), answer('2', 'dog', good), answer('3', 'dog', good), answer('4', 'dog', null)]);
    const ledger = new Map([paid('1'), unpaid('2'), unpaid('3')]);
    const { back, owed } = rescoreCorrections(ctx, ledger, 'dog');
    expect(back).toEqual([{ memberId: 1, answerId: '1', original: 'r1', amount: -REWARD, rule: 'consensus.corrected' }]);
    expect(owed.map((o) => [o.a.id, o.original])).toEqual([
      ['2', 'r2'],
      ['3', 'r3'],
    ]);
  });

  it('leaves answers whose member is not assessed yet to the scoring round', () => {
    const ctx = context([answer('1', 'dog', { ...good, answers: 2 })], { final: false });
    expect(rescoreCorrections(ctx, new Map([unpaid('1')]), 'dog')).toEqual({ back: [], owed: [] });
  });

  it('owes nothing in a campaign without a reward', () => {
    const ctx = { ...context([answer('1', 'dog', good)]), reward: 0n };
    expect(rescoreCorrections(ctx, new Map([unpaid('1')]), 'dog').owed).toEqual([]);
  });
});

describe('wholeRewardsLeft', () => {
  it.each<[bigint, bigint, bigint, number, number]>([
    [100n, 0n, 10n, 3, 3],
    [100n, 75n, 10n, 3, 2],
    [100n, 95n, 10n, 3, 0],
    [100n, 100n, 10n, 1, 0],
    [10n ** 24n, 0n, 10n ** 18n, 5, 5],
  ])('budget %s, spent %s, reward %s: %d wanted, %d paid', (budget, spent, reward, count, n) => {
    expect(wholeRewardsLeft(budget, spent, reward, count)).toBe(n);
  });
});

import { labelSetMatches } from '../campaigns/label-set';
import { assessed, defaultMinAccuracy, judgeAnswer, upperBound, type MemberStanding } from './reward-rules';

const rules = { minEvidence: 0, minAccuracy: 0.6, goldMinAnswers: 3, goldMaxFailure: 0.5 };
const j = (choice: string, label: string | null, standing: MemberStanding | null = null, extra: { gold?: boolean; uncertain?: boolean; mode?: 'majority' | 'consensus' } = {}) =>
  judgeAnswer(choice, label, { gold: extra.gold ?? false, uncertain: extra.uncertain ?? false, mode: extra.mode ?? 'consensus', standing, rules });

describe('reward rules', () => {
  it('pays a match and withholds a mismatch, naming the rule family', () => {
    expect(j('a', 'a')).toEqual({ payable: true, rule: 'consensus.match' });
    expect(j('b', 'a')).toEqual({ payable: false, rule: 'consensus.mismatch' });
    expect(j('a', 'a', null, { mode: 'majority' })).toEqual({ payable: true, rule: 'majority.match' });
    expect(j('a', 'a', null, { gold: true })).toEqual({ payable: true, rule: 'gold.match' });
    expect(j('b', 'a', null, { gold: true })).toEqual({ payable: false, rule: 'gold.mismatch' });
  });

  it.each([
    ['a set agreeing on 3 of 4 labels matches', 'cat', 'cat|dog', { payable: true, rule: 'consensus.match' }],
    ['a set agreeing on 2 of 4 does not', 'bird', 'cat', { payable: false, rule: 'consensus.mismatch' }],
    ['a gold set judged the same way', 'cat|dog|fish', 'cat|dog', { payable: true, rule: 'gold.match' }],
  ] as const)('judges a label set by the kind\'s match: %s', (name, choice, label, expected) => {
    const options = ['cat', 'dog', 'bird', 'fish'].map((id) => ({ id, label: id }));
    const matches = (c: string, l: string) => labelSetMatches(options, c, l);
    expect(judgeAnswer(choice, label, { gold: name.startsWith('a gold'), uncertain: false, mode: 'consensus', standing: null, rules, matches })).toEqual(expected);
  });

  it('pays nothing on a task closed without a confident consensus', () => {
    expect(j('a', 'a', null, { uncertain: true })).toEqual({ payable: false, rule: 'consensus.uncertain' });
    expect(j('a', null, null, { mode: 'majority' })).toEqual({ payable: false, rule: 'majority.tie' });
  });

  it('withholds matches of a member clearly below the accuracy floor, lets an unsure one wait, and pays at the floor', () => {
    // 0.3 over 100 answers: the upper bound (about 0.39) is under the floor of 0.6.
    expect(j('a', 'a', { answers: 100, accuracy: 0.3, goldAnswers: 0, goldCorrect: 0 })).toEqual({ payable: false, rule: 'skill.below_floor' });
    // 0.59 over 20 answers could still be 0.6 or better: no decision yet.
    expect(j('a', 'a', { answers: 20, accuracy: 0.59, goldAnswers: 0, goldCorrect: 0 })).toEqual({ payable: false, rule: null });
    expect(j('a', 'a', { answers: 20, accuracy: 0.6, goldAnswers: 0, goldCorrect: 0 }).payable).toBe(true);
    // Before the member's first scoring round there is no estimate to hold against them.
    expect(j('a', 'a', { answers: 20, accuracy: null, goldAnswers: 0, goldCorrect: 0 }).payable).toBe(true);
  });

  it('withholds matches of a member who clearly failed the gold tasks, and ignores a few unlucky ones', () => {
    expect(j('a', 'a', { answers: 40, accuracy: 0.9, goldAnswers: 20, goldCorrect: 4 })).toEqual({ payable: false, rule: 'gold.failed' });
    expect(j('a', 'a', { answers: 40, accuracy: 0.9, goldAnswers: 20, goldCorrect: 4 }, { gold: true })).toEqual({ payable: false, rule: 'gold.failed' });
    // One of four right is not proof of anything yet; the skill estimate decides.
    expect(j('a', 'a', { answers: 20, accuracy: 0.9, goldAnswers: 4, goldCorrect: 1 }).payable).toBe(true);
    expect(j('a', 'a', { answers: 20, accuracy: 0.9, goldAnswers: 2, goldCorrect: 0 }).payable).toBe(true);
  });

  it('makes no decision for a member the rounds have not assessed yet, when the campaign asks for evidence', () => {
    const strict = { ...rules, minEvidence: 5 };
    const judge = (standing: MemberStanding | null) => judgeAnswer('a', 'a', { gold: false, uncertain: false, mode: 'consensus', standing, rules: strict });
    expect(judge(null)).toEqual({ payable: false, rule: null });
    // A mismatch is a mismatch whoever answered: judged at once.
    expect(judgeAnswer('b', 'a', { gold: false, uncertain: false, mode: 'consensus', standing: null, rules: strict })).toEqual({ payable: false, rule: 'consensus.mismatch' });
    expect(judge({ answers: 4, accuracy: 0.9, goldAnswers: 0, goldCorrect: 0 })).toEqual({ payable: false, rule: null });
    expect(judge({ answers: 5, accuracy: 0.9, goldAnswers: 0, goldCorrect: 0 })).toEqual({ payable: true, rule: 'consensus.match' });
    expect(judge({ answers: 5, accuracy: 0.4, goldAnswers: 0, goldCorrect: 0 })).toEqual({ payable: false, rule: null });
    expect(assessed(null, rules)).toBe(true);
    expect(assessed({ answers: 9, accuracy: null, goldAnswers: 0, goldCorrect: 0 }, strict)).toBe(false);
  });

  it('judges what would wait once the campaign is settled: an unassessed member on what is known, an unsure low skill withheld', () => {
    const settled = { ...rules, minEvidence: 5, final: true };
    const judge = (standing: MemberStanding | null) => judgeAnswer('a', 'a', { gold: false, uncertain: false, mode: 'consensus', standing, rules: settled });
    expect(judge({ answers: 2, accuracy: 0.9, goldAnswers: 0, goldCorrect: 0 })).toEqual({ payable: true, rule: 'consensus.match' });
    expect(judge({ answers: 20, accuracy: 0.59, goldAnswers: 0, goldCorrect: 0 })).toEqual({ payable: false, rule: 'skill.below_floor' });
    // A member no round ever fitted still has no estimate: nothing to judge them on.
    expect(judge({ answers: 0, accuracy: null, goldAnswers: 0, goldCorrect: 0 })).toEqual({ payable: false, rule: null });
  });

  it('pays nothing a suspected colluding account matches, assessed or not, gold included', () => {
    const suspect: MemberStanding = { answers: 30, accuracy: 0.9, goldAnswers: 5, goldCorrect: 5, suspicion: 'collusion' };
    expect(j('a', 'a', suspect)).toEqual({ payable: false, rule: 'collusion.suspected' });
    expect(j('a', 'a', suspect, { gold: true })).toEqual({ payable: false, rule: 'collusion.suspected' });
    expect(judgeAnswer('a', 'a', { gold: false, uncertain: false, mode: 'consensus', standing: { ...suspect, answers: 1 }, rules: { ...rules, minEvidence: 5 } })).toEqual({
      payable: false,
      rule: 'collusion.suspected',
    });
    // A mismatch stays a mismatch.
    expect(j('b', 'a', suspect)).toEqual({ payable: false, rule: 'consensus.mismatch' });
  });

  it('pays nothing a member too fast to have read the items matches, and keeps their mismatches mismatches', () => {
    const fast: MemberStanding = { answers: 30, accuracy: 0.9, goldAnswers: 5, goldCorrect: 5, suspicion: 'too_fast' };
    expect(j('a', 'a', fast)).toEqual({ payable: false, rule: 'timing.too_fast' });
    expect(j('a', 'a', fast, { gold: true })).toEqual({ payable: false, rule: 'timing.too_fast' });
    expect(j('b', 'a', fast)).toEqual({ payable: false, rule: 'consensus.mismatch' });
  });

  it('bounds a rate by two standard errors, and knows nothing without evidence', () => {
    expect(upperBound(0.5, 100)).toBeCloseTo(0.6, 12);
    expect(upperBound(0, 0)).toBe(1);
    // A rate of 0 over 4 answers is still uncertain: the floor of the variance keeps the bound open.
    expect(upperBound(0, 4)).toBeCloseTo(0.25, 12);
  });

  it('sets the default floor at chance plus a margin', () => {
    expect(defaultMinAccuracy(2)).toBeCloseTo(0.6, 12);
    expect(defaultMinAccuracy(4)).toBeCloseTo(0.35, 12);
    expect(defaultMinAccuracy(1)).toBe(1);
  });

  it.each([
    // name, standing, final, expected
    ['a record makes a member assessed before their own answers do', { answers: 2, priorAnswers: 10, accuracy: 0.8, goldAnswers: 0, goldCorrect: 0 }, false, { payable: true, rule: 'consensus.match' }],
    ['without one, two answers wait', { answers: 2, accuracy: 0.8, goldAnswers: 0, goldCorrect: 0 }, false, { payable: false, rule: null }],
    // 0.3 over 10 answers is unsure; with 20 more answers' worth of record it is clearly under 0.6.
    ['a record makes a low skill clear', { answers: 10, priorAnswers: 20, accuracy: 0.3, goldAnswers: 0, goldCorrect: 0 }, false, { payable: false, rule: 'skill.below_floor' }],
    ['on probation a match waits', { answers: 30, accuracy: 0.9, goldAnswers: 0, goldCorrect: 0, probation: 'collusion' }, false, { payable: false, rule: null }],
    ['and is withheld at the settlement', { answers: 30, accuracy: 0.9, goldAnswers: 0, goldCorrect: 0, probation: 'too_fast' }, true, { payable: false, rule: 'probation.unproven' }],
    ['once cleared it pays', { answers: 30, accuracy: 0.9, goldAnswers: 0, goldCorrect: 0, probation: null }, true, { payable: true, rule: 'consensus.match' }],
  ] as const)('reputation: %s', (_name, standing, final, expected) => {
    const r = { ...rules, minEvidence: 5, final };
    expect(judgeAnswer('a', 'a', { gold: false, uncertain: false, mode: 'consensus', standing, rules: r })).toEqual(expected);
  });

  it('withholds a mismatch on probation as a mismatch', () => {
    const standing = { answers: 30, accuracy: 0.9, goldAnswers: 0, goldCorrect: 0, probation: 'collusion' as const };
    expect(judgeAnswer('b', 'a', { gold: false, uncertain: false, mode: 'consensus', standing, rules: { ...rules, minEvidence: 5 } })).toEqual({ payable: false, rule: 'consensus.mismatch' });
  });
});

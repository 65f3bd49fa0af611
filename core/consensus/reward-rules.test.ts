import { defaultMinAccuracy, judgeAnswer, type MemberStanding } from './reward-rules';

const rules = { minAccuracy: 0.6, goldMinAnswers: 3, goldMaxFailure: 0.5 };
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

  it('pays nothing on a task closed without a confident consensus', () => {
    expect(j('a', 'a', null, { uncertain: true })).toEqual({ payable: false, rule: 'consensus.uncertain' });
    expect(j('a', null, null, { mode: 'majority' })).toEqual({ payable: false, rule: 'majority.tie' });
  });

  it('withholds matches of a member below the accuracy floor, at the floor it pays', () => {
    expect(j('a', 'a', { accuracy: 0.59, goldAnswers: 0, goldCorrect: 0 })).toEqual({ payable: false, rule: 'skill.below_floor' });
    expect(j('a', 'a', { accuracy: 0.6, goldAnswers: 0, goldCorrect: 0 }).payable).toBe(true);
    // Before the member's first scoring round there is no estimate to hold against them.
    expect(j('a', 'a', { accuracy: null, goldAnswers: 0, goldCorrect: 0 }).payable).toBe(true);
  });

  it('withholds matches of a member who failed too many gold tasks, once enough were seen', () => {
    expect(j('a', 'a', { accuracy: 0.9, goldAnswers: 4, goldCorrect: 1 })).toEqual({ payable: false, rule: 'gold.failed' });
    expect(j('a', 'a', { accuracy: 0.9, goldAnswers: 4, goldCorrect: 2 }).payable).toBe(true);
    expect(j('a', 'a', { accuracy: 0.9, goldAnswers: 2, goldCorrect: 0 }).payable).toBe(true);
    expect(j('a', 'a', { accuracy: 0.9, goldAnswers: 3, goldCorrect: 1 }, { gold: true })).toEqual({ payable: false, rule: 'gold.failed' });
  });

  it('sets the default floor at chance plus a margin', () => {
    expect(defaultMinAccuracy(2)).toBeCloseTo(0.6, 12);
    expect(defaultMinAccuracy(4)).toBeCloseTo(0.35, 12);
    expect(defaultMinAccuracy(1)).toBe(1);
  });
});

import {
  abuseOf,
  carriedRecord,
  failedGold,
  HALF_LIFE_DAYS,
  lowerBound,
  MAX_PRIOR_EVIDENCE,
  pooledSkill,
  priorSkill,
  recordSkill,
  staysOnProbation,
  withRecord,
  type CampaignRecord,
} from './reputation';

const now = new Date('2026-12-06T00:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const record = (over: Partial<CampaignRecord> = {}): CampaignRecord => ({
  communityId: 1,
  kind: 'label',
  classes: 3,
  answers: 10,
  skill: 0.8,
  goldAnswers: 0,
  goldCorrect: 0,
  goldMinAnswers: 5,
  goldMaxFailure: 0.5,
  suspicion: null,
  updatedAt: now,
  ...over,
});
const target = { communityId: 1, kind: 'label' as const, now };

describe('reputation across campaigns', () => {
  it.each([
    // name, records, expected above-chance skill, expected evidence
    ['no record', [], null, 0],
    // 0.8 over 3 classes: (0.8 - 1/3) / (2/3) = 0.7 above chance.
    ['one record of the same kind', [record()], 0.7, 10],
    ['another kind says nothing of skill', [record({ kind: 'pairwise' })], null, 0],
    ['a record without a skill estimate yet', [record({ skill: null })], null, 0],
    // Classes differ: 0.75 of two classes is 0.5 above chance, 0.8 of three 0.7; equal weights.
    ['records of different classes on one scale', [record({ classes: 2, skill: 0.75 }), record()], 0.6, 20],
    ['evidence is capped', [record({ answers: 100 })], 0.7, MAX_PRIOR_EVIDENCE],
    ['age halves the weight each half-life', [record({ updatedAt: daysAgo(HALF_LIFE_DAYS) })], 0.7, 5],
    // Another community's record is kept apart (foreign): it adds no trusted evidence.
    ['another community is not trusted', [record({ communityId: 2 })], null, 0],
    ["the platform's own campaigns count in full", [record({ communityId: null })], 0.7, 10],
    // A suspected account's agreement was bought: its skill counts as chance.
    ['a suspected record counts as chance', [record({ suspicion: 'collusion', skill: 0.9 })], 0, 10],
    ['a newer record weighs more than an old one', [record({ skill: 1, updatedAt: daysAgo(HALF_LIFE_DAYS) }), record({ skill: 1 / 3 })], 1 / 3, 15],
  ] as const)('%s', (_name, records, aboveChance, evidence) => {
    const r = carriedRecord(records, target);
    if (aboveChance === null) expect(r.aboveChance).toBeNull();
    else expect(r.aboveChance).toBeCloseTo(aboveChance, 6);
    expect(r.evidence).toBeCloseTo(evidence, 6);
  });

  it.each([
    ['nothing wrong', [record()], null],
    ['collusion', [record({ suspicion: 'collusion' })], 'collusion'],
    ['too fast, in another kind', [record({ suspicion: 'too_fast', kind: 'pairwise' })], 'too_fast'],
    // Another community sets its own thresholds and gold: its verdicts put nobody on probation here.
    ['collusion in another community', [record({ suspicion: 'collusion', communityId: 9 })], null],
    ['failed gold in another community', [record({ goldAnswers: 10, goldCorrect: 0, communityId: 9 })], null],
    ["abuse in the platform's own campaigns", [record({ suspicion: 'collusion', communityId: null })], 'collusion'],
    // 1 of 10 gold right under a 50 % bar: clearly failed.
    ['clearly failed gold', [record({ goldAnswers: 10, goldCorrect: 1 })], 'gold_failed'],
    // 2 of 5 under the same bar could be luck: the upper bound is above 0.5.
    ['unluckily low gold', [record({ goldAnswers: 5, goldCorrect: 2 })], null],
    ['gold below its minimum count', [record({ goldAnswers: 3, goldCorrect: 0, goldMinAnswers: 5 })], null],
    ['abuse older than the probation', [record({ suspicion: 'collusion', updatedAt: daysAgo(91) })], null],
    ['the most recent abuse names it', [record({ suspicion: 'collusion', updatedAt: daysAgo(10) }), record({ suspicion: 'too_fast', updatedAt: daysAgo(2) })], 'too_fast'],
  ] as const)('probation: %s', (_name, records, expected) => {
    expect(carriedRecord(records, target).probation).toBe(expected);
  });

  it('reads a record back in the campaign classes and pools it with the campaign answers', () => {
    expect(priorSkill(0.5, 2)).toBeCloseTo(0.75, 9);
    expect(priorSkill(0.5, 4)).toBeCloseTo(0.625, 9);
    expect(priorSkill(-2, 3)).toBe(0);
    const r = { aboveChance: 0.7, evidence: 10 };
    // 0.4 over 10 answers with a 0.8 record over 10: halfway.
    expect(pooledSkill(0.4, 10, r, 3)).toBeCloseTo(0.6, 9);
    expect(pooledSkill(0.4, 10, { aboveChance: null, evidence: 0 }, 3)).toBe(0.4);
    // No answers here yet: the record alone.
    expect(pooledSkill(0.2, 0, r, 3)).toBeCloseTo(0.8, 9);
  });

  it.each([
    // reason, skill, answers here, evidence with the record, floor, suspected here, stays
    [null, 0.1, 100, 100, 0.43, false, false],
    ['collusion', 0.9, 40, 40, 0.43, false, false],
    // 0.6 over 10: the lower bound (~0.29) is under the floor: not clearly good yet.
    ['collusion', 0.6, 10, 10, 0.43, false, true],
    // Clearly good, but on 3 answers here.
    ['collusion', 0.9, 3, 23, 0.43, false, true],
    ['too_fast', 0.95, 40, 40, 0.43, true, true],
    ['gold_failed', 0.44, 1000, 1000, 0.43, false, true],
  ] as const)('probation %s at skill %s over %s answers here (%s with the record; floor %s, suspected %s) stays: %s', (reason, skill, answers, evidence, floor, suspected, stays) => {
    expect(staysOnProbation(reason, skill, answers, evidence, floor, suspected)).toBe(stays);
  });

  it('carries a record into a standing: pooled skill, the record evidence, the probation that holds', () => {
    expect(withRecord({ accuracy: 0.5, answers: 4, suspected: false }, undefined, 3, 0.43)).toEqual({ accuracy: 0.5, ownAccuracy: 0.5, priorAnswers: 0, probation: null });
    const good = withRecord({ accuracy: 0.5, answers: 10, suspected: false }, { aboveChance: 0.7, evidence: 10, foreign: null, probation: null }, 3, 0.43);
    expect(good.accuracy).toBeCloseTo(0.65, 9);
    expect(good).toMatchObject({ ownAccuracy: 0.5, priorAnswers: 10, probation: null });
    // A probation record without a skill of this kind adds no evidence but keeps the probation.
    expect(withRecord({ accuracy: 0.9, answers: 3, suspected: false }, { aboveChance: null, evidence: 0, foreign: null, probation: 'too_fast' }, 3, 0.43)).toEqual({
      accuracy: 0.9,
      ownAccuracy: 0.9,
      priorAnswers: 0,
      probation: 'too_fast',
    });
  });

  it("keeps other communities' records apart, at half weight, and lets them only lower the skill", () => {
    const r = carriedRecord([record({ communityId: 2, answers: 10, skill: 1 / 3 }), record({ answers: 10, skill: 0.8 })], target);
    expect(r.aboveChance).toBeCloseTo(0.7, 9);
    expect(r.evidence).toBe(10);
    expect(r.foreign!.aboveChance).toBeCloseTo(0, 9);
    expect(r.foreign!.evidence).toBe(5);
    // Worse elsewhere: the skill is pooled with it too (10 here at 0.5, 10 trusted at 0.8, 5 foreign at chance).
    expect(recordSkill(0.5, 10, r, 3)).toBeCloseTo((10 * 0.5 + 15 * ((10 * 0.8 + 5 / 3) / 15)) / 25, 9);
    expect(recordSkill(0.5, 10, r, 3)).toBeLessThan(pooledSkill(0.5, 10, r, 3));
    // Better elsewhere (a community the member may run): it changes nothing.
    const boosted = carriedRecord([record({ communityId: 2, answers: 40, skill: 1 })], target);
    expect(recordSkill(0.4, 10, boosted, 3)).toBe(0.4);
    // Nor does it count as evidence: a foreign record alone adds no prior answers.
    expect(withRecord({ accuracy: 0.4, answers: 3, suspected: false }, boosted, 3, 0.43).priorAnswers).toBe(0);
  });

  it('tells a failed gold check and abuse like the reward rules do', () => {
    expect(failedGold({ goldAnswers: 20, goldCorrect: 4, goldMinAnswers: 5, goldMaxFailure: 0.5 })).toBe(true);
    expect(failedGold({ goldAnswers: 0, goldCorrect: 0, goldMinAnswers: 0, goldMaxFailure: 0.5 })).toBe(false);
    expect(abuseOf(record({ suspicion: 'too_fast', goldAnswers: 20, goldCorrect: 0 }))).toBe('too_fast');
    expect(lowerBound(0.5, 0)).toBe(0);
    expect(lowerBound(0.5, 100)).toBeCloseTo(0.4, 9);
  });
});

import { answerOf, buildCommunity, isAbusive } from './member-models';

const community = (seed = 7) => buildCommunity({ members: 200, classes: 3, abusive: 0.2, colluderGroupSize: 4, sybilFarmSize: 8, seed });

describe('simulated members', () => {
  it('mixes the behaviours in the given proportions, the same for the same seed', () => {
    const a = community();
    expect(a).toHaveLength(200);
    expect(a.filter((m) => isAbusive(m.behaviour))).toHaveLength(40);
    expect(a.filter((m) => m.behaviour === 'honest')).toHaveLength(160);
    expect(community()).toEqual(a);
    expect(community(8)).not.toEqual(a);
    for (const m of a) for (const row of m.confusion) expect(row.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
  });

  it('gives honest members their skill and spammers chance level', () => {
    const members = community();
    const rate = (pred: (b: string) => boolean) => {
      let ok = 0;
      let n = 0;
      for (const m of members.filter((x) => pred(x.behaviour))) {
        for (let t = 0; t < 300; t++) {
          n += 1;
          if (answerOf(m, t, t % 3, 3, 0, 1) === t % 3) ok += 1;
        }
      }
      return ok / n;
    };
    expect(rate((b) => b === 'honest')).toBeGreaterThan(0.7);
    expect(rate((b) => b === 'random_spammer')).toBeLessThan(0.45);
    expect(rate((b) => b === 'constant_spammer')).toBeLessThan(0.45);
  });

  it('makes a group copy one answer, and a turncoat spam after turning', () => {
    const members = community();
    const group = members.filter((m) => m.behaviour === 'sybil' && m.group === members.find((x) => x.behaviour === 'sybil')!.group);
    expect(group.length).toBeGreaterThan(1);
    for (let t = 0; t < 50; t++) expect(new Set(group.map((m) => answerOf(m, t, 0, 3, 0, 1))).size).toBe(1);
    const turncoat = members.find((m) => m.behaviour === 'turncoat')!;
    const before = Array.from({ length: 200 }, (_, t) => answerOf(turncoat, t, 0, 3, 0, 1) === 0).filter(Boolean).length;
    const after = Array.from({ length: 200 }, (_, t) => answerOf(turncoat, t, 0, 3, 1000, 1) === 0).filter(Boolean).length;
    expect(before).toBeGreaterThan(after);
  });
});

import { goldSkill } from './gold-skill';

const chance = [1 / 3, 1 / 3, 1 / 3];

describe('gold skill (balanced gold accuracy)', () => {
  it('scores a member who always answers the most common class at chance, though half their gold is right', () => {
    // Gold 5/3/2 by class, every answer class 0: 5 of 10 right, and their fit knows they never answer 1 or 2.
    const s = goldSkill({ answers: [5, 3, 2], correct: [5, 0, 0] }, [1, 0, 0], 1);
    expect(s).toBeCloseTo(1 / 3, 6);
    // The raw rate would say 0.5: above a floor of 1/3 + 0.1.
    expect(s).toBeLessThan(1 / 3 + 0.1);
  });

  it('keeps an honest member at about their accuracy, whatever the mix of classes', () => {
    const s = goldSkill({ answers: [5, 3, 2], correct: [4, 2, 1] }, [0.7, 0.7, 0.7], 1);
    expect(s).toBeGreaterThan(0.6);
    expect(s).toBeLessThan(0.75);
    expect(goldSkill({ answers: [4, 4, 4], correct: [4, 4, 4] }, [0.9, 0.9, 0.9], 1)).toBeGreaterThan(0.95);
  });

  it('falls back on the fitted rate for a class the member met no gold of', () => {
    const none = goldSkill({ answers: [0, 0, 0], correct: [0, 0, 0] }, [0.8, 0.6, 0.4], 1);
    expect(none).toBeCloseTo(0.6, 6);
    // Perfect on class 0 gold, no gold of classes 1 and 2: those stay at the fit.
    const some = goldSkill({ answers: [6, 0, 0], correct: [6, 0, 0] }, [0.5, 0.5, 0.5], 1);
    expect(some).toBeCloseTo((6.5 / 7 + 0.5 + 0.5) / 3, 6);
  });

  it('lets evidence outweigh the fit: many wrong gold answers pull a well-fitted member down', () => {
    const s = goldSkill({ answers: [10, 10, 10], correct: [2, 2, 2] }, [0.9, 0.9, 0.9], 1);
    expect(s).toBeLessThan(0.3);
    expect(goldSkill({ answers: [1, 1, 1], correct: [1, 1, 1] }, chance, 1)).toBeLessThan(goldSkill({ answers: [9, 9, 9], correct: [9, 9, 9] }, chance, 1));
  });
});

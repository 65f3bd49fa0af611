/**
 * A member's gold record as a balanced accuracy, the scale the reward floor uses (chance =
 * 1/K): the mean over true classes of how often the member was right on gold of that
 * class. A raw gold rate rewards picking the most common class: a member who always
 * answers the class half the items have is right on half the gold without reading one,
 * and their balanced gold accuracy is 1/K. Each class's rate is shrunk toward the
 * member's fitted rate for it (the diagonal of their confusion, which pools agreement with
 * gold), so a class with little or no gold of theirs falls back on the rest of their
 * record instead of on a guess.
 */
export interface GoldByClass {
  /** Gold answers per true class. */
  answers: ArrayLike<number>;
  /** Right gold answers per true class. */
  correct: ArrayLike<number>;
}

/**
 * The balanced gold accuracy in [0, 1]. `fitted[k]` is the member's fitted probability of
 * answering class k when k is true; `shrink` is how many gold answers it is worth.
 */
export function goldSkill(r: GoldByClass, fitted: ArrayLike<number>, shrink: number): number {
  const K = fitted.length;
  if (K === 0) return 0;
  let sum = 0;
  for (let k = 0; k < K; k++) {
    const n = r.answers[k] ?? 0;
    sum += ((r.correct[k] ?? 0) + shrink * (fitted[k] ?? 0)) / (n + shrink);
  }
  return sum / K;
}

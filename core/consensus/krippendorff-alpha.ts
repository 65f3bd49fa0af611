/**
 * Krippendorff's α for nominal data: how far the answers to the same units agree beyond what
 * their overall mix would give by chance (1: full agreement, 0: chance, below 0: systematic
 * disagreement). `units` holds each unit's values, one per coder, missing ones left out; a
 * unit with fewer than two values cannot be paired and is ignored (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability"). null when nothing can be paired or every
 * pairable value is the same (no variation: α is undefined).
 */
export function krippendorffAlpha(units: readonly (readonly string[])[]): number | null {
  // Coincidences: within a unit of m values every ordered pair counts 1 / (m - 1).
  const coincide = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  let disagreeing = 0;
  let n = 0;
  for (const values of units) {
    const m = values.length;
    if (m < 2) continue;
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    for (const [c, nc] of counts) {
      totals.set(c, (totals.get(c) ?? 0) + nc);
      n += nc;
      for (const [k, nk] of counts) {
        if (c === k) continue;
        const o = (nc * nk) / (m - 1);
        disagreeing += o;
        const row = coincide.get(c) ?? new Map<string, number>();
        row.set(k, (row.get(k) ?? 0) + o);
        coincide.set(c, row);
      }
    }
  }
  if (n < 2) return null;
  let expected = 0;
  for (const [c, nc] of totals) for (const [k, nk] of totals) if (c !== k) expected += nc * nk;
  if (expected === 0) return null;
  return 1 - ((n - 1) * disagreeing) / expected;
}

/**
 * The confusion of answers against the decided label: rows the consensus, columns what
 * members answered, each cell a count; `labels` fixes the order (answers outside it are left
 * out). Pairs are (answer, consensus).
 */
export function confusionMatrix(labels: readonly string[], pairs: readonly { answer: string; consensus: string }[]): number[][] {
  const at = new Map(labels.map((l, i) => [l, i]));
  const m = labels.map(() => labels.map(() => 0));
  for (const p of pairs) {
    const r = at.get(p.consensus);
    const c = at.get(p.answer);
    if (r !== undefined && c !== undefined) m[r]![c]! += 1;
  }
  return m;
}

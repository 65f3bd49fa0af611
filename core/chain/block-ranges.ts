/** Inclusive block ranges covering [from, to], each at most `span` blocks (what providers limit eth_getLogs to). */
export function blockRanges(from: number, to: number, span: number): [number, number][] {
  const out: [number, number][] = [];
  for (let start = Math.max(0, from); start <= to; start += span) out.push([start, Math.min(to, start + span - 1)]);
  return out;
}

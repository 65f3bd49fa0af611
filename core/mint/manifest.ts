/**
 * A mint batch's manifest: what it pays and for which ledger rows. Its canonical encoding
 * (this exact JSON text: fixed key order, rows sorted by ledger id, payouts by wallet,
 * amounts as decimal strings of base units, lower-case addresses, no spaces) is hashed with
 * keccak256 into the batch id the contract records, so anyone holding the manifest can
 * recompute the id and see what each wei paid for.
 */
export interface ManifestRow {
  ledgerId: string;
  wallet: string;
  /** Base units. */
  amount: bigint;
}

export interface Manifest {
  version: 1;
  chainId: number;
  token: string;
  /**
   * 0 for the first batch of these rows; a batch with the same rows after a failed one
   * (proven unminted) counts up, so its id is new (the contract refuses an id twice).
   * Encoded only when above 0, so first batches keep the ids they always had.
   */
  attempt: number;
  rows: ManifestRow[];
  payouts: { wallet: string; gross: bigint }[];
}

export function buildManifest(chainId: number, token: string, rows: ManifestRow[], attempt = 0): Manifest {
  const sorted = rows
    .map((r) => ({ ledgerId: r.ledgerId, wallet: r.wallet.toLowerCase(), amount: r.amount }))
    .sort((a, b) => (BigInt(a.ledgerId) < BigInt(b.ledgerId) ? -1 : BigInt(a.ledgerId) > BigInt(b.ledgerId) ? 1 : 0));
  const gross = new Map<string, bigint>();
  for (const r of sorted) gross.set(r.wallet, (gross.get(r.wallet) ?? 0n) + r.amount);
  const payouts = [...gross.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([wallet, g]) => ({ wallet, gross: g }));
  return { version: 1, chainId, token: token.toLowerCase(), attempt, rows: sorted, payouts };
}

/** The canonical text of a manifest (what is hashed and what is exported). */
export function encodeManifest(m: Manifest): string {
  return JSON.stringify({
    version: m.version,
    chainId: m.chainId,
    token: m.token,
    ...(m.attempt > 0 ? { attempt: m.attempt } : {}),
    rows: m.rows.map((r) => [r.ledgerId, r.wallet, r.amount.toString()]),
    payouts: m.payouts.map((p) => [p.wallet, p.gross.toString()]),
  });
}

/** Parses the canonical text (or its parsed JSON, as a jsonb column returns it) back. */
export function decodeManifest(text: string | object): Manifest {
  const j = (typeof text === 'string' ? JSON.parse(text) : text) as { version: 1; chainId: number; token: string; attempt?: number; rows: [string, string, string][]; payouts: [string, string][] };
  return {
    version: j.version,
    chainId: j.chainId,
    token: j.token,
    attempt: j.attempt ?? 0,
    rows: j.rows.map(([ledgerId, wallet, amount]) => ({ ledgerId, wallet, amount: BigInt(amount) })),
    payouts: j.payouts.map(([wallet, gross]) => ({ wallet, gross: BigInt(gross) })),
  };
}

import { buildManifest, type Manifest } from './manifest';

/** A pending ledger row of a member with a wallet; amount in base units (negative for a correction that takes back). */
export interface PendingRow {
  id: string | number;
  amount: string;
  address: string;
}

/**
 * Cuts pending rows into batch manifests of at most `maxRecipients` wallets each, wallets
 * in address order. A wallet whose corrections outweigh its earnings waits (its rows stay
 * pending) until new rewards cover them: the contract mints positive amounts only.
 */
export function cutBatches(rows: readonly PendingRow[], maxRecipients: number, chainId: number, token: string): Manifest[] {
  const byWallet = new Map<string, { ledgerId: string; wallet: string; amount: bigint }[]>();
  for (const r of rows) {
    const list = byWallet.get(r.address) ?? [];
    list.push({ ledgerId: String(r.id), wallet: r.address, amount: BigInt(r.amount) });
    byWallet.set(r.address, list);
  }
  const wallets = [...byWallet.keys()].filter((w) => byWallet.get(w)!.reduce((s, r) => s + r.amount, 0n) > 0n).sort();
  const manifests: Manifest[] = [];
  for (let i = 0; i < wallets.length; i += maxRecipients) {
    const chunk = wallets.slice(i, i + maxRecipients).flatMap((w) => byWallet.get(w)!);
    manifests.push(buildManifest(chainId, token, chunk));
  }
  return manifests;
}

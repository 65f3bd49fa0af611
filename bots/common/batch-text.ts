import type { BatchSummary } from '../../core';
import type { ChatReply } from './chat-message';
import { tnet } from './format';

/** Payout lines /batch shows at most; a batch can pay 200,000 rows, which no chat gets whole. */
export const BATCH_LINES = 20;

/** A manifest short enough to show whole (its canonical text, which anyone can re-hash into the id). */
export const MAX_MANIFEST_TEXT = 3000;

/**
 * /batch's reply: the batch's totals and at most BATCH_LINES payouts, with the CLI command
 * for the full manifest; a small batch's canonical manifest text comes first.
 */
export function batchReply(s: BatchSummary, manifestText: string | undefined): ChatReply {
  const lines = [
    `Mint batch ${s.batchId} [${s.state}]`,
    s.txHash ? `Transaction: ${s.txHash}` : 'Transaction: not sent yet',
    `${s.rows} row${s.rows === 1 ? '' : 's'} to ${s.wallets} wallet${s.wallets === 1 ? '' : 's'}, ${tnet(s.gross)} gross`,
    ...s.payouts.map((p) => `${p.wallet} ${tnet(p.gross)}`),
  ];
  if (s.morePayouts > 0) lines.push(`... and ${s.morePayouts} more wallet${s.morePayouts === 1 ? '' : 's'}; the full manifest: npx tnet batch ${s.batchId}`);
  const whole = manifestText !== undefined && manifestText.length <= MAX_MANIFEST_TEXT ? [{ text: manifestText }] : [];
  return { messages: [...whole, { text: lines.join('\n') }] };
}

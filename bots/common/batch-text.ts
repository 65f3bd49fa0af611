import type { BatchSummary } from '../../core';
import type { ChatReply } from './chat-message';
import type { Translator } from './i18n/translator';

/** Payout lines /batch shows at most; a batch can pay 200,000 rows, which no chat gets whole. */
export const BATCH_LINES = 20;

/** A manifest short enough to show whole (its canonical text, which anyone can re-hash into the id). */
export const MAX_MANIFEST_TEXT = 3000;

/**
 * /batch's reply: the batch's totals and at most BATCH_LINES payouts, with the CLI command
 * for the full manifest; a small batch's canonical manifest text comes first.
 */
export function batchReply(t: Translator, s: BatchSummary, manifestText: string | undefined): ChatReply {
  const lines = [
    t.t('batch-head', { batchId: s.batchId, state: t.t('batch-state-name', { state: s.state }) }),
    s.txHash ? t.t('batch-transaction', { txHash: s.txHash }) : t.t('batch-transaction-none'),
    t.t('batch-totals', { rows: s.rows, wallets: s.wallets, gross: t.tnet(s.gross) }),
    ...s.payouts.map((p) => t.t('batch-payout', { wallet: p.wallet, amount: t.tnet(p.gross) })),
  ];
  if (s.morePayouts > 0) lines.push(t.t('batch-more', { count: s.morePayouts, batchId: s.batchId }));
  const whole = manifestText !== undefined && manifestText.length <= MAX_MANIFEST_TEXT ? [{ text: manifestText }] : [];
  return { messages: [...whole, { text: lines.join('\n') }] };
}

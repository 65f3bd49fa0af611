import type { VerifyResult } from '../../core';

/**
 * The longest signature a chat takes: Discord's longest slash command option (its modal
 * takes 4000, a Telegram message 4096). A contract wallet (EIP-1271) may sign longer; the
 * link page takes those.
 */
export const MAX_PASTED_SIGNATURE = 6000;
/** "/verify@bot_name " and the signature. */
export const MAX_VERIFY_LINE = 64 + MAX_PASTED_SIGNATURE;
export const SIGNATURE_TOO_LONG =
  'That signature is too long to paste in a chat. Send /link and open the link page: it signs with your wallet in the browser, contract wallets included.';

/** The words for a good signature, shared with the link page. */
export function verifiedText(result: VerifyResult): string {
  if (result.outcome === 'linked') return `Wallet ${result.address} is linked. Your pending TNET goes there in the next mint batch.`;
  return (
    `Wallet ${result.address} belongs to another member of yours (member #${result.otherMemberId}, on another chat). ` +
    'Send /merge confirm to join them: your answers, skill and pending rewards become one account. /merge cancel keeps them apart.'
  );
}

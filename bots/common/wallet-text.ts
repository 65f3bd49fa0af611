import type { VerifyResult } from '../../core';
import type { Translator } from './i18n/translator';

/**
 * The longest signature a chat takes: Discord's longest slash command option (its modal
 * takes 4000, a Telegram message 4096). A contract wallet (EIP-1271) may sign longer; the
 * link page takes those.
 */
export const MAX_PASTED_SIGNATURE = 6000;
/** "/verify@bot_name " and the signature. */
export const MAX_VERIFY_LINE = 64 + MAX_PASTED_SIGNATURE;
/** The reply to a signature longer than MAX_PASTED_SIGNATURE: the link page takes it. */
export const signatureTooLong = (t: Translator): string => t.t('wallet-signature-too-long');

/** The words for a good signature, shared with the link page. */
export function verifiedText(t: Translator, result: VerifyResult): string {
  if (result.outcome === 'linked') return t.t('wallet-linked', { address: result.address });
  return t.t('wallet-linked-elsewhere', { address: result.address, memberId: result.otherMemberId });
}

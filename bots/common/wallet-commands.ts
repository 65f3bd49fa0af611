import type { Core, MemberRef, VerifyResult } from '../../core';
import type { ChatContext, ChatReply } from './chat-message';

export type WalletDeps = Pick<Core, 'wallets' | 'merges'>;

const one = (text: string): ChatReply => ({ messages: [{ text }] });

const minutes = (ms: number): number => Math.round(ms / 60_000);

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

/** Whether a command line is /verify with an argument (its length bound is the signature's). */
export const isVerifyLine = (line: string): boolean => /^\/verify(?:@\w+)?\s/i.test(line);

/**
 * /link [address]: the link page's one-time URL (sign in the browser with an injected
 * wallet) and, with an address, the Sign-In with Ethereum message to sign by hand.
 */
export async function linkCommand(deps: WalletDeps, ctx: ChatContext, member: MemberRef, args: string[]): Promise<ChatReply> {
  if (args.length > 1) return one('Usage: /link or /link <your wallet address>, for example /link 0xAbC...123');
  const req = await deps.wallets.requestLink(member.memberId, ctx.user, args[0]);
  const ttl = minutes(deps.wallets.ttl);
  const page = `Open ${req.linkUrl} in a browser with your wallet to link it (the link works once, for ${ttl} minutes).`;
  if (!req.address) return one(`${page}
Or send /link <your wallet address> to sign a message by hand.`);
  return {
    messages: [
      { text: `${page}
Or sign this message with your wallet (${req.address}), then send /verify <signature>. It expires in ${ttl} minutes.` },
      { text: req.message },
    ],
  };
}

/** /verify <signature>: links the wallet when the signature checks out. */
export async function verifyCommand(deps: WalletDeps, ctx: ChatContext, member: MemberRef, args: string[]): Promise<ChatReply> {
  if (args.length !== 1) return one('Usage: /verify <signature> (the 0x... text your wallet gave when signing the /link message)');
  if (args[0]!.length > MAX_PASTED_SIGNATURE) return one(SIGNATURE_TOO_LONG);
  return one(verifiedText(await deps.wallets.verify(member.memberId, ctx.user, args[0]!)));
}

/** The words for a good signature, shared with the link page. */
export function verifiedText(result: VerifyResult): string {
  if (result.outcome === 'linked') return `Wallet ${result.address} is linked. Your pending TNET goes there in the next mint batch.`;
  return (
    `Wallet ${result.address} belongs to another member of yours (member #${result.otherMemberId}, on another chat). ` +
    'Send /merge confirm to join them: your answers, skill and pending rewards become one account. /merge cancel keeps them apart.'
  );
}

/** /merge confirm|cancel: joins (or declines) the member a verified wallet belongs to. */
export async function mergeCommand(deps: WalletDeps, member: MemberRef, args: string[]): Promise<ChatReply> {
  if (args.length !== 1 || !['confirm', 'cancel'].includes(args[0]!.toLowerCase())) {
    const offer = await deps.merges.pending(member.memberId);
    return one(
      offer
        ? `Wallet ${offer.address} belongs to member #${offer.otherMemberId}. Send /merge confirm to join them, or /merge cancel.`
        : 'Usage: /merge confirm or /merge cancel, after /verify offers a merge.',
    );
  }
  if (args[0]!.toLowerCase() === 'cancel') {
    await deps.merges.cancel(member.memberId);
    return one('Merge cancelled. Your accounts stay apart.');
  }
  const r = await deps.merges.confirm(member.memberId);
  const dup = r.duplicates > 0 ? ` ${r.duplicates} task${r.duplicates === 1 ? '' : 's'} you had answered twice count once (the earlier answer).` : '';
  return one(`Done: you are now member #${r.memberId}, with wallet ${r.address}. Your answers, skill and pending rewards are together.${dup}`);
}

export async function walletCommand(deps: WalletDeps, member: MemberRef): Promise<ChatReply> {
  const address = await deps.wallets.get(member.memberId);
  return one(address ? `Your wallet: ${address}` : 'You have no linked wallet. Send /link <your wallet address>.');
}

export async function unlinkCommand(deps: WalletDeps, member: MemberRef): Promise<ChatReply> {
  const address = await deps.wallets.unlink(member.memberId);
  return one(`Wallet ${address} is unlinked. What was minted stays there; pending rewards wait until you link a wallet again.`);
}

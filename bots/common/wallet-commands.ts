import type { Core, MemberRef } from '../../core';
import type { ChatContext, ChatReply } from './chat-message';

export type WalletDeps = Pick<Core, 'wallets'>;

const one = (text: string): ChatReply => ({ messages: [{ text }] });

/** /link <address>: the Sign-In with Ethereum message to sign. */
export async function linkCommand(deps: WalletDeps, ctx: ChatContext, member: MemberRef, args: string[]): Promise<ChatReply> {
  if (args.length !== 1) return one('Usage: /link <your wallet address>, for example /link 0xAbC...123');
  const req = await deps.wallets.requestLink(member.memberId, ctx.user, args[0]!);
  return {
    messages: [
      { text: `Sign this message with your wallet (${req.address}), then send /verify <signature>. It expires in 15 minutes.` },
      { text: req.message },
    ],
  };
}

/** /verify <signature>: links the wallet when the signature checks out. */
export async function verifyCommand(deps: WalletDeps, ctx: ChatContext, member: MemberRef, args: string[]): Promise<ChatReply> {
  if (args.length !== 1) return one('Usage: /verify <signature> (the 0x... text your wallet gave when signing the /link message)');
  const { address } = await deps.wallets.verify(member.memberId, ctx.user, args[0]!);
  return one(`Wallet ${address} is linked. Your pending TNET goes there in the next mint batch.`);
}

export async function walletCommand(deps: WalletDeps, member: MemberRef): Promise<ChatReply> {
  const address = await deps.wallets.get(member.memberId);
  return one(address ? `Your wallet: ${address}` : 'You have no linked wallet. Send /link <your wallet address>.');
}

export async function unlinkCommand(deps: WalletDeps, member: MemberRef): Promise<ChatReply> {
  const address = await deps.wallets.unlink(member.memberId);
  return one(`Wallet ${address} is unlinked. What was minted stays there; pending rewards wait until you link a wallet again.`);
}

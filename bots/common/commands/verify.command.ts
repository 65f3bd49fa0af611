import { MAX_PASTED_SIGNATURE, verifiedText } from '../wallet-text';
import { say, UsageError, type ChatCommand } from './command';

export interface VerifyInput {
  /** The 0x... signature of the /link message, at most MAX_PASTED_SIGNATURE characters. */
  signature: string;
}

/** A pasted signature (a word of a line, a slash option, a form's field), or why it does not fit. */
export function signatureInput(text: string): VerifyInput | UsageError {
  const signature = text.trim();
  if (signature === '' || /\s/.test(signature)) return new UsageError('usage-verify');
  return signature.length > MAX_PASTED_SIGNATURE ? new UsageError('wallet-signature-too-long') : { signature };
}

/** /verify <signature>: links the wallet when the signature checks out. */
export const verifyCommand: ChatCommand<VerifyInput> = {
  name: 'verify',
  who: 'member',
  where: 'private',
  parse: (args) => (args.length === 1 ? signatureInput(args[0]!) : new UsageError('usage-verify')),
  run: async (deps, { ctx, member, t }, { signature }) => say(verifiedText(t, await deps.wallets.verify(member.memberId, ctx.user, signature))),
};

import { MAX_PASTED_SIGNATURE, SIGNATURE_TOO_LONG, verifiedText } from '../wallet-text';
import { say, UsageError, type ChatCommand } from './command';

export interface VerifyInput {
  /** The 0x... signature of the /link message, at most MAX_PASTED_SIGNATURE characters. */
  signature: string;
}

const USAGE = 'Usage: /verify <signature> (the 0x... text your wallet gave when signing the /link message)';

/** A pasted signature (a word of a line, a slash option, a form's field), or why it does not fit. */
export function signatureInput(text: string): VerifyInput | UsageError {
  const signature = text.trim();
  if (signature === '' || /\s/.test(signature)) return new UsageError(USAGE);
  return signature.length > MAX_PASTED_SIGNATURE ? new UsageError(SIGNATURE_TOO_LONG) : { signature };
}

/** /verify <signature>: links the wallet when the signature checks out. */
export const verifyCommand: ChatCommand<VerifyInput> = {
  name: 'verify',
  who: 'member',
  where: 'private',
  parse: (args) => (args.length === 1 ? signatureInput(args[0]!) : new UsageError(USAGE)),
  run: async (deps, { ctx, member }, { signature }) => say(verifiedText(await deps.wallets.verify(member.memberId, ctx.user, signature))),
};

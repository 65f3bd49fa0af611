import { say, UsageError, type ChatCommand } from './command';

export interface LinkInput {
  /** The wallet to sign for by hand; absent: only the link page. */
  address?: string;
}

const USAGE = 'Usage: /link or /link <your wallet address>, for example /link 0xAbC...123';

/** An address as typed (a word of a line, or Discord's option): one word, or none; more gets the usage. */
export function linkInput(text: string): LinkInput | UsageError {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  if (words.length > 1) return new UsageError(USAGE);
  return words[0] === undefined ? {} : { address: words[0] };
}

const minutes = (ms: number): number => Math.round(ms / 60_000);

/**
 * /link [address]: the link page's one-time URL (sign in the browser with an injected
 * wallet) and, with an address, the Sign-In with Ethereum message to sign by hand.
 */
export const linkCommand: ChatCommand<LinkInput> = {
  name: 'link',
  who: 'member',
  where: 'private',
  parse: (args) => (args.length > 1 ? new UsageError(USAGE) : linkInput(args[0] ?? '')),
  async run(deps, { ctx, member }, { address }) {
    const req = await deps.wallets.requestLink(member.memberId, ctx.user, address);
    const ttl = minutes(deps.wallets.ttl);
    const page = `Open ${req.linkUrl} in a browser with your wallet to link it (the link works once, for ${ttl} minutes).`;
    if (!req.address) return say(`${page}\nOr send /link <your wallet address> to sign a message by hand.`);
    return {
      messages: [
        { text: `${page}\nOr sign this message with your wallet (${req.address}), then send /verify <signature>. It expires in ${ttl} minutes.` },
        { text: req.message },
      ],
    };
  },
};

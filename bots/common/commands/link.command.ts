import { say, UsageError, type ChatCommand } from './command';

export interface LinkInput {
  /** The wallet to sign for by hand; absent: only the link page. */
  address?: string;
}


/** An address as typed (a word of a line, or Discord's option): one word, or none; more gets the usage. */
export function linkInput(text: string): LinkInput | UsageError {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  if (words.length > 1) return new UsageError('usage-link');
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
  parse: (args) => (args.length > 1 ? new UsageError('usage-link') : linkInput(args[0] ?? '')),
  async run(deps, { ctx, member, t }, { address }) {
    const req = await deps.wallets.requestLink(member.memberId, ctx.user, address);
    const ttl = minutes(deps.wallets.ttl);
    // The page speaks the member's language (their own, even when asked in a group).
    const url = new URL(req.linkUrl);
    url.searchParams.set('lang', ctx.memberLang);
    const page = t.t('link-page', { url: url.toString(), minutes: ttl });
    if (!req.address) return say(`${page}\n${t.t('link-by-hand')}`);
    return {
      messages: [
        { text: `${page}\n${t.t('link-sign', { address: req.address, minutes: ttl })}` },
        { text: req.message },
      ],
    };
  },
};

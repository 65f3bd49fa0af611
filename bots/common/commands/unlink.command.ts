import { say, type ChatCommand } from './command';

export type UnlinkInput = Record<string, never>;

/** /unlink: removes the member's linked wallet. */
export const unlinkCommand: ChatCommand<UnlinkInput> = {
  name: 'unlink',
  who: 'member',
  where: 'private',
  parse: () => ({}),
  async run(deps, { member }) {
    const address = await deps.wallets.unlink(member.memberId);
    return say(`Wallet ${address} is unlinked. What was minted stays there; pending rewards wait until you link a wallet again.`);
  },
};

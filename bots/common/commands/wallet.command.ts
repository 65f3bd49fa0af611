import { say, type ChatCommand } from './command';

export type WalletInput = Record<string, never>;

/** /wallet: the member's linked wallet. */
export const walletCommand: ChatCommand<WalletInput> = {
  name: 'wallet',
  who: 'member',
  where: 'private',
  parse: () => ({}),
  async run(deps, { member, t }) {
    const address = await deps.wallets.get(member.memberId);
    return say(address ? t.t('mywallet-yours', { address }) : t.t('mywallet-none'));
  },
};

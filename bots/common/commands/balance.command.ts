import { balance } from '../member-commands';
import type { ChatCommand } from './command';

export type BalanceInput = Record<string, never>;

/** /balance: the member's pending and minted TNET. */
export const balanceCommand: ChatCommand<BalanceInput> = {
  name: 'balance',
  who: 'member',
  where: 'private',
  parse: () => ({}),
  run: (deps, { member, t }) => balance(t, deps, member),
};

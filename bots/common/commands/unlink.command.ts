import { say, type ChatCommand } from './command';

export type UnlinkInput = Record<string, never>;

/** /unlink: removes the member's linked wallet. */
export const unlinkCommand: ChatCommand<UnlinkInput> = {
  name: 'unlink',
  who: 'member',
  where: 'private',
  parse: () => ({}),
  async run(deps, { member, t }) {
    const address = await deps.wallets.unlink(member.memberId);
    return say(t.t('unlink-done', { address }));
  },
};

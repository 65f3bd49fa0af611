import { say, type ChatCommand } from './command';

export interface MergeInput {
  /** `show`: the offer waiting (and how to answer it). */
  action: 'confirm' | 'cancel' | 'show';
}

/** /merge confirm|cancel: joins (or declines) the member a verified wallet belongs to; anything else shows the offer. */
export const mergeCommand: ChatCommand<MergeInput> = {
  name: 'merge',
  who: 'member',
  where: 'private',
  parse(args) {
    const action = args.length === 1 ? args[0]!.toLowerCase() : undefined;
    return { action: action === 'confirm' || action === 'cancel' ? action : 'show' };
  },
  async run(deps, { member, t }, { action }) {
    if (action === 'show') {
      const offer = await deps.merges.pending(member.memberId);
      return say(
        offer ? t.t('merge-offer', { address: offer.address, otherMemberId: offer.otherMemberId }) : t.t('merge-usage'),
      );
    }
    if (action === 'cancel') {
      await deps.merges.cancel(member.memberId);
      return say(t.t('merge-cancelled'));
    }
    const r = await deps.merges.confirm(member.memberId);
    const dup = r.duplicates > 0 ? ` ${t.t('merge-duplicates', { count: r.duplicates })}` : '';
    return say(`${t.t('merge-done', { memberId: r.memberId, address: r.address })}${dup}`);
  },
};

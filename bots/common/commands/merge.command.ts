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
  async run(deps, { member }, { action }) {
    if (action === 'show') {
      const offer = await deps.merges.pending(member.memberId);
      return say(
        offer
          ? `Wallet ${offer.address} belongs to member #${offer.otherMemberId}. Send /merge confirm to join them, or /merge cancel.`
          : 'Usage: /merge confirm or /merge cancel, after /verify offers a merge.',
      );
    }
    if (action === 'cancel') {
      await deps.merges.cancel(member.memberId);
      return say('Merge cancelled. Your accounts stay apart.');
    }
    const r = await deps.merges.confirm(member.memberId);
    const dup = r.duplicates > 0 ? ` ${r.duplicates} task${r.duplicates === 1 ? '' : 's'} you had answered twice count once (the earlier answer).` : '';
    return say(`Done: you are now member #${r.memberId}, with wallet ${r.address}. Your answers, skill and pending rewards are together.${dup}`);
  },
};

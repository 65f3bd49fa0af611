import type { Job } from './job';

/** Deletes conversations idle past their time (abandoned `/campaign new` wizards). */
export const conversationSweepJob: Job = {
  name: 'conversation-sweep',
  schedule: '17 * * * *',
  async run(core) {
    const n = await core.conversations.sweep();
    return n === 0 ? 'nothing expired' : `deleted ${n} expired conversation${n === 1 ? '' : 's'}`;
  },
};

import { say, type ChatCommand } from './command';

export const HELP = [
  'TNET mining: answer small AI tasks, earn TNET when your answer matches the consensus.',
  "/task [campaign] - get a task to answer (in a group or server: its community's campaigns and the platform's)",
  '/leaderboard - the top miners',
  '/batch <batch id> - a mint batch: its totals, transaction and first payouts',
  '/campaign list - running campaigns',
  '/campaign stats <id> - how a campaign is going',
  'Personal, answered only in private (on Discord, only you see the answer):',
  '/balance - your pending and minted TNET',
  '/stats - your accuracy, and why rewards were withheld',
  '/link [address] - link your wallet on the link page, or by signing a message by hand',
  '/verify <signature> - finish linking with the signature of that message',
  '/wallet - your linked wallet; /unlink - remove it',
  '/merge confirm - join your account on another chat (offered when you verify its wallet)',
  "Moderators: /campaign new, /campaign activate|pause|resume|close|export|post <id>, /community (this community's allowance), /community audit (its audit log)",
  '/help - this list',
].join('\n');

export type HelpInput = Record<string, never>;

/** /help: what the bot does and its commands. */
export const helpCommand: ChatCommand<HelpInput> = {
  name: 'help',
  who: 'member',
  where: 'anywhere',
  parse: () => ({}),
  run: async () => say(HELP),
};

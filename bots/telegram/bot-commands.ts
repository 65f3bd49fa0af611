import type { BotCommand } from 'grammy/types';

/**
 * The command menu (setMyCommands); the words match /help of the shared layer. Personal
 * commands (bots/common/private-only.ts) say that their answer comes in private.
 */
export const BOT_COMMANDS: readonly BotCommand[] = [
  { command: 'task', description: "Get a task to answer (in a group: its community's campaigns, sent in private)" },
  { command: 'balance', description: 'Your pending and minted TNET (answered in private)' },
  { command: 'stats', description: 'Your answers, accepted share and accuracy (answered in private)' },
  { command: 'leaderboard', description: 'The top miners' },
  { command: 'link', description: 'Link your wallet: /link <address> (answered in private)' },
  { command: 'verify', description: 'Finish linking: /verify <signature> (in private only)' },
  { command: 'wallet', description: 'Your linked wallet (answered in private)' },
  { command: 'unlink', description: 'Remove your linked wallet (in private only)' },
  { command: 'merge', description: 'Join your account on another chat: /merge confirm|cancel (in private only)' },
  { command: 'campaign', description: 'Campaigns: list, stats <id>; moderators: new, post <id> [cards], pause|resume|close|export <id>' },
  { command: 'community', description: "Moderators: this community's allowance; /community audit: its audit log" },
  { command: 'cancel', description: 'Stop the /campaign new conversation' },
  { command: 'help', description: 'All commands' },
];

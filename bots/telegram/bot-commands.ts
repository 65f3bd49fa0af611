import type { BotCommand } from 'grammy/types';

/** The command menu (setMyCommands); the words match /help of the shared layer. */
export const BOT_COMMANDS: readonly BotCommand[] = [
  { command: 'task', description: 'Get a task to answer' },
  { command: 'balance', description: 'Your pending and minted TNET' },
  { command: 'stats', description: 'Your answers, accepted share and accuracy' },
  { command: 'leaderboard', description: 'The top miners' },
  { command: 'link', description: 'Link your wallet: /link <address>' },
  { command: 'verify', description: 'Finish linking: /verify <signature>' },
  { command: 'wallet', description: 'Your linked wallet' },
  { command: 'unlink', description: 'Remove your linked wallet' },
  { command: 'campaign', description: 'Campaigns: list, stats <id>; moderators: new, post <id> [cards], pause|resume|close|export <id>' },
  { command: 'cancel', description: 'Stop the /campaign new conversation' },
  { command: 'help', description: 'All commands' },
];

import { balanceCommand } from './balance.command';
import { batchCommand } from './batch.command';
import { campaignCommand } from './campaign.command';
import type { ChatCommand } from './command';
import { communityCommand } from './community.command';
import { helpCommand } from './help.command';
import { leaderboardCommand } from './leaderboard.command';
import { linkCommand } from './link.command';
import { mergeCommand } from './merge.command';
import { startCommand } from './start.command';
import { statsCommand } from './stats.command';
import { taskCommand } from './task.command';
import { unlinkCommand } from './unlink.command';
import { verifyCommand } from './verify.command';
import { walletCommand } from './wallet.command';

export * from './command';
export { balanceCommand, batchCommand, campaignCommand, communityCommand, helpCommand, leaderboardCommand, linkCommand, mergeCommand, startCommand, statsCommand, taskCommand, unlinkCommand, verifyCommand, walletCommand };

/** Every chat command, by the name typed after the slash. */
export const COMMANDS: readonly ChatCommand<unknown>[] = [
  startCommand,
  helpCommand,
  taskCommand,
  balanceCommand,
  leaderboardCommand,
  statsCommand,
  campaignCommand,
  communityCommand,
  linkCommand,
  verifyCommand,
  walletCommand,
  unlinkCommand,
  mergeCommand,
  batchCommand,
];

const BY_NAME: ReadonlyMap<string, ChatCommand<unknown>> = new Map(COMMANDS.map((c) => [c.name, c]));

/** The command of that name (lower case), or undefined. */
export const commandNamed = (name: string): ChatCommand<unknown> | undefined => BY_NAME.get(name);

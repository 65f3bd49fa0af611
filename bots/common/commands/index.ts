import { appealCommand, appealsCommand } from './appeal.command';
import { balanceCommand } from './balance.command';
import { batchCommand } from './batch.command';
import { campaignCommand } from './campaign.command';
import type { ChatCommand } from './command';
import { communityCommand } from './community.command';
import { dashboardCommand } from './dashboard.command';
import { helpCommand } from './help.command';
import { languageCommand } from './language.command';
import { leaderboardCommand } from './leaderboard.command';
import { linkCommand } from './link.command';
import { mergeCommand } from './merge.command';
import { startCommand } from './start.command';
import { statsCommand } from './stats.command';
import { taskCommand } from './task.command';
import { unlinkCommand } from './unlink.command';
import { verifyCommand } from './verify.command';
import { walletCommand } from './wallet.command';
import { whyCommand } from './why.command';

export * from './command';
export type { AppealInput, AppealsInput } from './appeal.command';
export type { BalanceInput } from './balance.command';
export type { BatchInput } from './batch.command';
export type { CampaignInput } from './campaign.command';
export type { CommunityInput } from './community.command';
export type { DashboardInput } from './dashboard.command';
export type { HelpInput } from './help.command';
export type { LanguageInput } from './language.command';
export type { LeaderboardInput } from './leaderboard.command';
export type { LinkInput } from './link.command';
export type { MergeInput } from './merge.command';
export type { StartInput } from './start.command';
export type { StatsInput } from './stats.command';
export type { TaskInput } from './task.command';
export type { UnlinkInput } from './unlink.command';
export type { VerifyInput } from './verify.command';
export type { WalletInput } from './wallet.command';
export type { WhyInput } from './why.command';
export { appealCommand, appealsCommand, balanceCommand, batchCommand, campaignCommand, communityCommand, dashboardCommand, helpCommand, languageCommand, leaderboardCommand, linkCommand, mergeCommand, startCommand, statsCommand, taskCommand, unlinkCommand, verifyCommand, walletCommand, whyCommand };

/** Every chat command, by the name typed after the slash. */
export const COMMANDS: readonly ChatCommand<unknown>[] = [
  startCommand,
  helpCommand,
  taskCommand,
  balanceCommand,
  leaderboardCommand,
  statsCommand,
  whyCommand,
  campaignCommand,
  communityCommand,
  dashboardCommand,
  linkCommand,
  verifyCommand,
  walletCommand,
  unlinkCommand,
  mergeCommand,
  batchCommand,
  languageCommand,
  appealCommand,
  appealsCommand,
];

const BY_NAME: ReadonlyMap<string, ChatCommand<unknown>> = new Map(COMMANDS.map((c) => [c.name, c]));

/** The command of that name (lower case), or undefined. */
export const commandNamed = (name: string): ChatCommand<unknown> | undefined => BY_NAME.get(name);

import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { catalogLanguages, localizeDefinitions } from '../command-localizations';
import type { SlashCommand } from '../slash-command';
import { appealCommand, appealsCommand } from './appeal.command';
import { balanceCommand } from './balance.command';
import { batchCommand } from './batch.command';
import { campaignCommand } from './campaign.command';
import { communityCommand } from './community.command';
import { dashboardCommand } from './dashboard.command';
import { helpCommand } from './help.command';
import { languageCommand } from './language.command';
import { leaderboardCommand } from './leaderboard.command';
import { linkCommand } from './link.command';
import { mergeCommand } from './merge.command';
import { statsCommand } from './stats.command';
import { taskCommand } from './task.command';
import { unlinkCommand } from './unlink.command';
import { verifyCommand } from './verify.command';
import { walletCommand } from './wallet.command';
import { whyCommand } from './why.command';

/** Every slash command the bot registers and answers. */
export const SLASH_COMMANDS: readonly SlashCommand[] = [
  taskCommand,
  balanceCommand,
  statsCommand,
  whyCommand,
  leaderboardCommand,
  linkCommand,
  verifyCommand,
  walletCommand,
  unlinkCommand,
  mergeCommand,
  batchCommand,
  campaignCommand,
  communityCommand,
  dashboardCommand,
  languageCommand,
  appealCommand,
  appealsCommand,
  helpCommand,
];

/** What Discord registers: each command's definition with its names and descriptions in every catalog language. */
export const slashDefinitions = (): RESTPostAPIChatInputApplicationCommandsJSONBody[] =>
  localizeDefinitions(
    SLASH_COMMANDS.map((c) => c.definition),
    catalogLanguages(),
  );

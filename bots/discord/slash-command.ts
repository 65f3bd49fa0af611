import {
  InteractionContextType,
  SlashCommandBuilder,
  type AttachmentPayload,
  type APIModalInteractionResponseCallbackData,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Core } from '../../core';
import type { ChatContext } from '../common/chat-message';
import type { CommandRouter } from '../common/command-router';
import type { ChatCommand, UsageError } from '../common/commands';
import { translator, type Translator } from '../common/i18n/translator';
import type { RateLimiter } from '../common/rate-limit';
import type { DiscordCardBoard } from './card-board';
import type { ModeratorCheck } from './moderator-check';
import { renderMessages, type DiscordMessage } from './render-message';

export interface SlashDeps {
  router: CommandRouter;
  moderators: ModeratorCheck;
  cards: DiscordCardBoard;
  /** Counts each member's expensive commands (the stats chart, an export); no limit when absent. */
  expensive?: RateLimiter;
  core: Pick<Core, 'campaigns' | 'reports' | 'exports' | 'identities' | 'logger' | 'moderation' | 'media'>;
}

/** What a command answers (always ephemeral: personal replies stay personal). */
export interface SlashResult {
  messages: DiscordMessage[];
  /** Attached to the first message (an export, a chart). */
  files?: AttachmentPayload[];
}

/** One slash command: its definition (registered with Discord) and its handler. */
export interface SlashCommand {
  readonly definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  run(interaction: ChatInputCommandInteraction, ctx: ChatContext, deps: SlashDeps): Promise<SlashResult>;
  /** A modal to open instead of running (it must be the first answer, so nothing is deferred before), in `t`'s words. */
  modal?(interaction: ChatInputCommandInteraction, t: Translator): APIModalInteractionResponseCallbackData | undefined;
  /** The custom_id of the command's modal; a submit with another one is refused. */
  readonly modalId?: string;
  /** Handles the submit of the command's modal. */
  submit?(interaction: ModalSubmitInteraction, ctx: ChatContext, deps: SlashDeps): Promise<SlashResult>;
}

/** A member command: usable in servers and in the bot's DMs. */
export const memberCommand = (name: string, description: string): SlashCommandBuilder =>
  new SlashCommandBuilder().setName(name).setDescription(description).setContexts(InteractionContextType.Guild, InteractionContextType.BotDM);

/**
 * Runs a shared chat command with the typed input built from the options (or answers the
 * usage when an option does not fit), so the wording and the rules match the console and Telegram.
 */
export async function runShared<I>(deps: SlashDeps, ctx: ChatContext, command: ChatCommand<I>, input: I | UsageError): Promise<SlashResult> {
  return { messages: renderMessages(translator(ctx.memberLang), (await deps.router.run(ctx, command, input)).messages) };
}

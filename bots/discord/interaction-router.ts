import {
  MessageFlags,
  type AttachmentPayload,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type ModalSubmitInteraction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import { isDomainError, type Core } from '../../core';
import { parseButton } from '../common/button-id';
import { errorEdge } from '../common/error-edge';
import { localizeCard } from '../common/localized-card';
import { translator } from '../common/i18n/translator';
import { contributionModal, contributionTextOf, parseContributionModal, parseWrite } from './contribution-modal';
import { withUpload } from './card-upload';
import { chatContextOf, chatContextWith, chatKey } from './discord-context';
import { discordButton, MAX_CUSTOM_ID, noticeText, renderMessages, selectedButton, type DiscordMessage } from './render-message';
import type { SlashCommand, SlashDeps } from './slash-command';

export interface InteractionRouterDeps extends SlashDeps {
  core: SlashDeps['core'] & Pick<Core, 'posts' | 'assignment'>;
  commands: readonly SlashCommand[];
}

type Acked = ChatInputCommandInteraction | ButtonInteraction | StringSelectMenuInteraction | ModalSubmitInteraction;

/**
 * The one router of interactions. Every interaction is acknowledged first (a deferred
 * reply or update, one REST call before any core work), so a slow core call never misses
 * Discord's 3 seconds; the answer then edits the deferred reply. Personal replies are
 * ephemeral. It never throws: an unexpected failure becomes a short reply with a
 * correlation id and one full log line.
 */
export class InteractionRouter {
  private readonly byName: ReadonlyMap<string, SlashCommand>;
  private readonly byModal: ReadonlyMap<string, SlashCommand>;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly deps: InteractionRouterDeps) {
    this.byName = new Map(deps.commands.map((c) => [c.definition.name, c]));
    this.byModal = new Map(deps.commands.flatMap((c) => (c.modalId && c.submit ? [[c.modalId, c] as const] : [])));
  }

  /** Handles one interaction in the background; `drain` waits for those in flight. */
  handle(interaction: Interaction): void {
    if (!interaction.isChatInputCommand() && !interaction.isButton() && !interaction.isStringSelectMenu() && !interaction.isModalSubmit()) return;
    const p = this.run(interaction).finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
  }

  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  private async run(i: Acked): Promise<void> {
    try {
      if (i.isChatInputCommand()) await this.command(i);
      else if (i.isModalSubmit()) await this.modalSubmit(i);
      else await this.component(i);
    } catch (e) {
      const content = errorEdge(translator(chatContextOf(i).memberLang), e, this.deps.core.logger, 'discord interaction failed', { interactionId: i.id }).text;
      const flags = MessageFlags.Ephemeral as const;
      await (i.deferred || i.replied ? i.followUp({ content, flags }) : i.reply({ content, flags })).catch(() => undefined);
    }
  }

  private async command(i: ChatInputCommandInteraction): Promise<void> {
    const command = this.byName.get(i.commandName);
    const ctx = await chatContextWith(i, this.deps.router.languages);
    const t = translator(ctx.memberLang);
    if (!command) {
      this.deps.core.logger.info('discord unknown command', { interactionId: i.id, userId: i.user.id, command: i.commandName.slice(0, 32) });
      await i.reply({ content: t.t('discord-unknown-command'), flags: MessageFlags.Ephemeral });
      return;
    }
    const modal = command.modal?.(i, t);
    if (modal) {
      await i.showModal(modal);
      return;
    }
    await i.deferReply({ flags: MessageFlags.Ephemeral });
    const result = await command.run(i, ctx, this.deps);
    await this.send(i, result.messages, result.files);
  }

  /** A submitted modal goes to the command that opened it, found by its custom_id (checked: a forged one is refused). */
  private async modalSubmit(i: ModalSubmitInteraction): Promise<void> {
    const contribution = parseContributionModal(i.customId);
    if (contribution !== undefined) return this.contribution(i, contribution);
    const command = this.byModal.get(i.customId);
    const ctx = await chatContextWith(i, this.deps.router.languages);
    if (!command?.submit) {
      this.deps.core.logger.info('discord forged or stale modal', { interactionId: i.id, userId: i.user.id, customId: i.customId.slice(0, MAX_CUSTOM_ID) });
      await i.reply({ content: translator(ctx.memberLang).t('discord-stale-form'), flags: MessageFlags.Ephemeral });
      return;
    }
    await i.deferReply({ flags: MessageFlags.Ephemeral });
    const result = await command.submit(i, ctx, this.deps);
    await this.send(i, result.messages, result.files);
  }

  /**
   * A tap on a button or a choice in a select menu. On a channel card, the answer comes as
   * an ephemeral follow-up and the card's count changes in the next edit round; on a
   * personal card, the card itself turns into the outcome (with "Next task").
   */
  private async component(i: ButtonInteraction | StringSelectMenuInteraction): Promise<void> {
    const write = i.isButton() ? parseWrite(i.customId) : undefined;
    if (write !== undefined) return this.openWrite(i as ButtonInteraction, write);
    const id = i.isStringSelectMenu() ? selectedButton(i.customId, i.values) : discordButton(i.customId);
    const ctx = await chatContextWith(i, this.deps.router.languages);
    const t = translator(ctx.memberLang);
    const stale = t.t('discord-stale-button');
    if (id === undefined) {
      this.deps.core.logger.info('discord forged or stale component', { interactionId: i.id, userId: i.user.id, customId: i.customId.slice(0, MAX_CUSTOM_ID) });
      await i.reply({ content: stale, flags: MessageFlags.Ephemeral });
      return;
    }
    // A /language button in a server sets the server's language: only its moderators may.
    if (parseButton(id)?.kind === 'language' || parseButton(id)?.kind === 'verdict') ctx.moderator = this.deps.moderators.forInteraction(i);
    // The message the component is on: an answer from a channel card counts only on an open card of its task there.
    const pressedOn = { chatId: chatKey(i.channelId), messageId: i.message.id };
    if (i.inGuild() && !i.message.flags.has(MessageFlags.Ephemeral)) {
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      const reply = await this.deps.router.handleButton(ctx, id, pressedOn);
      const text = reply.messages[0]?.text ?? reply.toast ?? stale;
      await i.editReply({ content: noticeText(text), embeds: [], components: [] });
      const card = await this.deps.core.posts.find(chatKey(i.channelId), i.message.id);
      if (card && !card.closed) this.deps.cards.touch(i.channelId, i.message.id, card.taskId);
      return;
    }
    await i.deferUpdate();
    const reply = await this.deps.router.handleButton(ctx, id, pressedOn);
    if (reply.messages.length === 0) {
      this.deps.core.logger.info('discord stale component', { interactionId: i.id, userId: i.user.id, customId: id });
      await i.followUp({ content: noticeText(reply.toast ?? stale), flags: MessageFlags.Ephemeral });
      return;
    }
    // The tapped card turns into the outcome: a personal card, in the member's language.
    await this.send(i, renderMessages(t, reply.messages));
  }

  /**
   * "Write" on a contribute card: the modal, as the first answer (nothing is deferred
   * before it). The card is read for its limits; a button naming a task that takes no text
   * (forged, or an old card) gets the stale reply instead.
   */
  private async openWrite(i: ButtonInteraction, taskId: number): Promise<void> {
    const card = await this.deps.core.assignment.card(taskId).catch((e: unknown) => {
      if (isDomainError(e) && e.code === 'task.not_found') return undefined;
      throw e;
    });
    const t = translator((await chatContextWith(i, this.deps.router.languages)).memberLang);
    if (!card?.contribute) {
      this.deps.core.logger.info('discord forged or stale write button', { interactionId: i.id, userId: i.user.id, customId: i.customId.slice(0, MAX_CUSTOM_ID) });
      await i.reply({ content: t.t('discord-stale-button'), flags: MessageFlags.Ephemeral });
      return;
    }
    await i.showModal(contributionModal(t, localizeCard(card, t)));
  }

  /**
   * A contribution modal submitted: the text goes to core, the outcome comes back ephemeral.
   * From a channel card the text is admitted as a press on that card (and its count
   * changes in the next edit round); from a member's own card, for the task served to them.
   * The card keeps its Write button, so a refused text can be written again.
   */
  private async contribution(i: ModalSubmitInteraction, taskId: number): Promise<void> {
    const text = contributionTextOf(i);
    const ctx = await chatContextWith(i, this.deps.router.languages);
    const t = translator(ctx.memberLang);
    if (text === undefined) {
      this.deps.core.logger.info('discord forged contribution modal', { interactionId: i.id, userId: i.user.id, customId: i.customId.slice(0, MAX_CUSTOM_ID) });
      await i.reply({ content: t.t('discord-stale-form'), flags: MessageFlags.Ephemeral });
      return;
    }
    await i.deferReply({ flags: MessageFlags.Ephemeral });
    const channelCard = i.inGuild() && i.message !== null && !i.message.flags.has(MessageFlags.Ephemeral) ? i.message : undefined;
    const pressedOn = channelCard && i.channelId ? { chatId: chatKey(i.channelId), messageId: channelCard.id } : undefined;
    const reply = await this.deps.router.handleContribution(ctx, taskId, text, pressedOn);
    await this.send(i, renderMessages(t, reply.messages));
    if (channelCard && i.channelId) {
      const card = await this.deps.core.posts.find(chatKey(i.channelId), channelCard.id);
      if (card && !card.closed) this.deps.cards.touch(i.channelId, channelCard.id, card.taskId);
    }
  }

  /**
   * The first message edits the deferred reply (or the tapped card); the rest follow up,
   * ephemeral. The edit keeps only the files it uploads (`attachments` names none of the old
   * ones): a card's picture leaves with the card it showed.
   */
  private async send(i: Acked, messages: readonly DiscordMessage[], files?: AttachmentPayload[]): Promise<void> {
    const { media, logger } = this.deps.core;
    const attached = (uploads: { name: string; data: Buffer }[]): AttachmentPayload[] => uploads.map((f) => ({ attachment: f.data, name: f.name }));
    const [first, ...rest] = messages;
    const head = await withUpload(first!, media, logger);
    await i.editReply({ ...head.body, files: [...attached(head.files), ...(files ?? [])], attachments: [] });
    for (const m of rest) {
      const page = await withUpload(m, media, logger);
      await i.followUp({ ...page.body, files: attached(page.files), flags: MessageFlags.Ephemeral });
    }
  }
}

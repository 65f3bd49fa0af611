import { LabelBuilder, ModalBuilder, TextInputBuilder, TextInputStyle, type ModalSubmitInteraction } from 'discord.js';
import type { TaskCard } from '../../core';
import type { Translator } from '../common/i18n/translator';

/**
 * Contributions on Discord: a contribute card's "Write" button opens a modal with one
 * paragraph input within the card's length limits; its submit is the text. Both ids name
 * the task and are parsed strictly: anything else is forged or stale.
 *   w:<taskId>   the Write button
 *   c:<taskId>   the modal
 */
export const writeId = (taskId: number): string => `w:${taskId}`;
export const contributionModalId = (taskId: number): string => `c:${taskId}`;
/** The modal's one text input. */
export const CONTRIBUTION_INPUT_ID = 'text';

/** Discord's limits on a modal: its title, a label, a label's description. */
export const MAX_MODAL_TITLE = 45;
export const MAX_LABEL = 45;
export const MAX_LABEL_DESCRIPTION = 100;

const taskIn = (re: RegExp, customId: string): number | undefined => {
  const m = re.exec(customId);
  const taskId = m ? Number(m[1]) : NaN;
  return taskId <= 2 ** 31 - 1 ? taskId : undefined;
};

/** The task of a Write button's custom_id, or undefined when it is none. */
export const parseWrite = (customId: string): number | undefined => taskIn(/^w:([1-9]\d{0,9})$/, customId);
/** The task of a contribution modal's custom_id, or undefined when it is none. */
export const parseContributionModal = (customId: string): number | undefined => taskIn(/^c:([1-9]\d{0,9})$/, customId);

const cut = (text: string, limit: number): string => {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= limit ? chars.join('') : `${chars.slice(0, limit - 1).join('')}…`;
};

/** The modal of a contribute card in `t`'s words: the prompt (cut) as the input's description, the card's limits on the input. */
export function contributionModal(t: Translator, card: Pick<TaskCard, 'taskId' | 'contribute'>): ModalBuilder {
  const c = card.contribute!;
  const about = c.prompt === null ? t.t('discord-contribution-about-picture') : c.prompt;
  return new ModalBuilder()
    .setCustomId(contributionModalId(card.taskId))
    .setTitle(cut(t.t('modal-title-contribution', { taskId: card.taskId }), MAX_MODAL_TITLE))
    .addLabelComponents(
      new LabelBuilder()
        .setLabel(cut(t.t('discord-contribution-label', { minLength: c.minLength, maxLength: c.maxLength }), MAX_LABEL))
        .setDescription(cut(about, MAX_LABEL_DESCRIPTION))
        .setTextInputComponent(
          new TextInputBuilder().setCustomId(CONTRIBUTION_INPUT_ID).setStyle(TextInputStyle.Paragraph).setRequired(true).setMinLength(c.minLength).setMaxLength(c.maxLength),
        ),
    );
}

/** The submitted text, or undefined when the submit holds no such input (forged). */
export function contributionTextOf(i: ModalSubmitInteraction): string | undefined {
  try {
    return i.fields.getTextInputValue(CONTRIBUTION_INPUT_ID);
  } catch {
    return undefined;
  }
}

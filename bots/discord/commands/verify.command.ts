import { LabelBuilder, ModalBuilder, TextInputBuilder, TextInputStyle, type ModalSubmitInteraction } from 'discord.js';
import type { ChatContext } from '../../common/chat-message';
import { MAX_PASTED_SIGNATURE } from '../../common/wallet-text';
import type { SlashCommand, SlashDeps, SlashResult } from '../slash-command';
import { signatureInput, verifyCommand as shared } from '../../common/commands/verify.command';
import { memberCommand, runShared } from '../slash-command';
import { english, type Translator } from '../../common/i18n/translator';

const en = english();

/** The modal's custom_id (checked when the submit comes back) and its one text input's. */
export const VERIFY_MODAL_ID = 'm:verify';
export const SIGNATURE_INPUT_ID = 'signature';

/**
 * A signature is 0x and 130 hex digits; a contract wallet's (EIP-1271) may be far longer.
 * Each way in takes all Discord allows: 4000 characters in a modal's text input, 6000 in a
 * string option. Longer ones are for the link page (/link shows it), as the modal says.
 */
export const MAX_MODAL_SIGNATURE = 4000;
export const MAX_OPTION_SIGNATURE = MAX_PASTED_SIGNATURE;

const verifyModal = (t: Translator): ModalBuilder =>
  new ModalBuilder()
    .setCustomId(VERIFY_MODAL_ID)
    .setTitle(t.t('modal-title-verify'))
    .addLabelComponents(
      new LabelBuilder()
        .setLabel(t.t('discord-verify-label'))
        .setDescription(t.t('discord-verify-label-desc'))
        .setTextInputComponent(new TextInputBuilder().setCustomId(SIGNATURE_INPUT_ID).setStyle(TextInputStyle.Short).setRequired(true).setMinLength(2).setMaxLength(MAX_MODAL_SIGNATURE)),
    );

/** Both ways in (the option, the modal) run the shared /verify, so the wording is the console's and Telegram's. */
const verify = (deps: SlashDeps, ctx: ChatContext, signature: string): Promise<SlashResult> => runShared(deps, ctx, shared, signatureInput(signature));

/** The text input's value; a submit without it (forged) reads as empty, which gets the usage. */
function signatureOf(i: ModalSubmitInteraction): string {
  try {
    return i.fields.getTextInputValue(SIGNATURE_INPUT_ID);
  } catch {
    return '';
  }
}

/**
 * /verify [signature]: links the wallet when the signature of the /link message checks out.
 * Without the option it opens a modal with one text input (easier to paste into on a phone).
 */
export const verifyCommand: SlashCommand = {
  definition: memberCommand('verify', en.t('dcmd-verify-desc'))
    .addStringOption((o) => o.setName('signature').setDescription(en.t('dopt-verify-signature-desc')).setMaxLength(MAX_OPTION_SIGNATURE))
    .toJSON(),
  modal: (i, t) => (i.options.getString('signature') === null ? verifyModal(t).toJSON() : undefined),
  modalId: VERIFY_MODAL_ID,
  submit: (i, ctx, deps) => verify(deps, ctx, signatureOf(i)),
  run: (i, ctx, deps) => verify(deps, ctx, i.options.getString('signature', true)),
};

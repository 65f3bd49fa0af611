import type { SlashCommand } from '../slash-command';
import { batchCommand as shared, batchInput } from '../../common/commands/batch.command';
import { memberCommand, runShared } from '../slash-command';
import { english } from '../../common/i18n/translator';

const en = english();

/** /batch id: the manifest of a mint batch, what each wei paid for. */
export const batchCommand: SlashCommand = {
  definition: memberCommand('batch', en.t('dcmd-batch-desc'))
    .addStringOption((o) => o.setName('id').setDescription(en.t('dopt-batch-id-desc')).setRequired(true).setMaxLength(66))
    .toJSON(),
  run: (i, ctx, deps) => runShared(deps, ctx, shared, batchInput(i.options.getString('id', true).trim())),
};

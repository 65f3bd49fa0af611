import type { SlashCommand } from '../slash-command';
import { batchCommand as shared, batchInput } from '../../common/commands/batch.command';
import { memberCommand, runShared } from '../slash-command';

/** /batch id: the manifest of a mint batch, what each wei paid for. */
export const batchCommand: SlashCommand = {
  definition: memberCommand('batch', 'The manifest of a mint batch: what each wei paid for')
    .addStringOption((o) => o.setName('id').setDescription('The batch id, 0x and 64 hex digits').setRequired(true).setMaxLength(66))
    .toJSON(),
  run: (i, ctx, deps) => runShared(deps, ctx, shared, batchInput(i.options.getString('id', true).trim())),
};

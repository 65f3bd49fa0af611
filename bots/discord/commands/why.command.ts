import type { SlashCommand } from '../slash-command';
import { memberCommand, runShared } from '../slash-command';
import { UsageError } from '../../common/commands';
import { whyCommand as shared, whyBatchInput, type WhyInput } from '../../common/commands/why.command';
import { english } from '../../common/i18n/translator';

const en = english();

/** /why [task] [batch]: the trace of one of your answers, or your rows in a batch (ephemeral, as every reply). */
export const whyCommand: SlashCommand = {
  definition: memberCommand('why', en.t('dcmd-why-desc'))
    .addIntegerOption((o) => o.setName('task').setDescription(en.t('dopt-why-task-desc')).setMinValue(1).setMaxValue(2_147_483_647))
    .addStringOption((o) => o.setName('batch').setDescription(en.t('dopt-why-batch-desc')).setMinLength(4).setMaxLength(66))
    .toJSON(),
  run: (i, ctx, deps) => {
    const taskId = i.options.getInteger('task');
    const batch = i.options.getString('batch')?.trim();
    // One target at a time: both options together get the usage.
    const input: WhyInput | UsageError =
      taskId !== null && batch !== undefined ? new UsageError('why-usage') : taskId !== null ? { kind: 'task', taskId } : batch !== undefined ? whyBatchInput(batch) : { kind: 'latest' };
    return runShared(deps, ctx, shared, input);
  },
};

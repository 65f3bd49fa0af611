import type { Command } from 'commander';
import { CliError, cliConfig, withCore, type CliIO } from './cli-runtime';

/** batch <id>: a mint batch's whole manifest in its canonical text (what /batch only summarizes in chat). */
export function registerBatchCommand(program: Command, io: CliIO): void {
  program
    .command('batch')
    .description("print a mint batch's full manifest (its canonical text: keccak256 of it is the batch id)")
    .argument('<id>', 'the batch id, 0x and 64 hex digits')
    .action(async (id: string) => {
      if (!/^0x[0-9a-fA-F]{64}$/.test(id)) throw new CliError('the batch id is 0x and 64 hex digits');
      await withCore(cliConfig(), async (core) => {
        const text = await core.batches.manifestText(id);
        if (text === undefined) throw new CliError(`there is no mint batch ${id}`);
        io.stdout.write(text + '\n');
      });
    });
}

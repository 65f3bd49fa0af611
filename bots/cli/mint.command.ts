import type { Command } from 'commander';
import type { MintPreview } from '../../core';
import { tnet } from '../common/format';
import { cliConfig, withCore, type CliIO } from './cli-runtime';

/** The lines `tnet mint --dry-run` prints. */
export function previewLines(p: MintPreview): string[] {
  const lines = [`Foundation ${p.foundation.address} takes ${p.foundation.bps / 100}% (${p.foundation.bps} bps) of every payout, rounded down.`];
  if (p.unfinishedBatches > 0) lines.push(`${p.unfinishedBatches} batch(es) from earlier runs are settled first.`);
  if (p.batches.length === 0) lines.push('Nothing to mint: no pending rewards of members with a linked wallet.');
  p.batches.forEach((b, i) => {
    lines.push(`Batch ${i + 1}: ${b.payouts.length} wallet(s), ${tnet(b.gross)} gross, ${tnet(b.gross - b.foundation)} to wallets, ${tnet(b.foundation)} to the foundation`);
    for (const w of b.payouts) lines.push(`  ${w.wallet}  ${w.rows} row(s)  ${tnet(w.gross)} gross  ${tnet(w.net)} to the wallet  ${tnet(w.foundation)} to the foundation`);
  });
  return lines;
}

/** mint [--dry-run]: one run of the mint job, or what it would send. */
export function registerMintCommand(program: Command, io: CliIO): void {
  program
    .command('mint')
    .description('mint pending rewards now (one run of the mint job); --dry-run shows what it would send')
    .option('--dry-run', 'show the next batches per wallet with the foundation part; send nothing')
    .action(async (opts: { dryRun?: boolean }) => {
      await withCore(
        cliConfig(),
        async (core) => {
          const mint = core.mint!;
          if (opts.dryRun) {
            io.stdout.write(previewLines(await mint.preview()).join('\n') + '\n');
            return;
          }
          const s = await mint.run();
          io.stdout.write(`Reconciled ${s.reconciled}, prepared ${s.prepared}, confirmed ${s.confirmed}, failed ${s.failed}; minted ${tnet(s.mintedGross)} gross.\n`);
        },
        { chain: true },
      );
    });
}

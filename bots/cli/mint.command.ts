import type { Command } from 'commander';
import { roleMints, type Core, type MintPreview, type MintRunSummary } from '../../core';
import { tnet } from '../common/format';
import { CliError, cliConfig, withCore, type CliIO } from './cli-runtime';

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

/**
 * One run of the mint, under the mint job's lock (the advisory lock every replica's job
 * takes, recorded in job_run like a scheduled run), so it never races the job.
 * @throws CliError when the job holds the lock now; ChainError and bugs as the run threw them
 */
export async function mintUnderLock(core: Pick<Core, 'jobRuns' | 'mint'>): Promise<MintRunSummary> {
  let summary: MintRunSummary | undefined;
  let failure: unknown;
  const outcome = await core.jobRuns.run('mint', async () => {
    try {
      summary = await core.mint!.run();
    } catch (e) {
      failure = e;
      throw e;
    }
    return `reconciled ${summary.reconciled}, prepared ${summary.prepared}, confirmed ${summary.confirmed}, failed ${summary.failed} (tnet mint)`;
  });
  if (outcome === 'skipped') throw new CliError('the mint job is running now (it holds the mint lock); nothing was done, try again when it finishes');
  if (failure !== undefined) throw failure;
  return summary!;
}

/** The line `tnet mint` prints after a run. */
export function runLine(s: MintRunSummary): string {
  const line = `Reconciled ${s.reconciled}, prepared ${s.prepared}, confirmed ${s.confirmed}, failed ${s.failed}; minted ${tnet(s.mintedGross)} gross.`;
  if (s.degraded === 'chain.unreachable') return `${line} Stopped early: the chain node does not answer (RPC_URL).`;
  if (s.degraded === 'chain.not_minter') return `${line} Stopped early: the MINTER_PRIVATE_KEY account lacks MINTER_ROLE.`;
  if (s.degraded === 'chain.wrong_chain_id') return `${line} Stopped early: the node at RPC_URL reports another chain than at start.`;
  if (s.degraded === 'chain.no_contract') return `${line} Stopped early: no TNET contract at TNET_ADDRESS on that node.`;
  if (s.degraded === 'chain.unknown_mints') return `${line} Stopped early: the chain holds TNET no batch of this database accounts for (see docs/deploy.md, restore).`;
  return line;
}

/** mint [--dry-run]: one run of the mint job, or what it would send. */
export function registerMintCommand(program: Command, io: CliIO): void {
  program
    .command('mint')
    .description('mint pending rewards now (one run of the mint job); --dry-run shows what it would send')
    .option('--dry-run', 'show the next batches per wallet with the foundation part; send nothing')
    .action(async (opts: { dryRun?: boolean }) => {
      const config = cliConfig();
      // The roles that never mint hold no minter key, so their environment cannot mint either.
      if (!roleMints(config.role)) throw new CliError(`tnet mint needs the minter key: run it with ROLE=jobs or all (and MINTER_PRIVATE_KEY), not ROLE=${config.role}`);
      await withCore(
        config,
        async (core) => {
          const mint = core.mint!;
          if (opts.dryRun) {
            io.stdout.write(previewLines(await mint.preview()).join('\n') + '\n');
            return;
          }
          const s = await mintUnderLock(core);
          // A degraded run is a failure for a script that runs `tnet mint`: exit code 1.
          if (s.degraded) throw new CliError(runLine(s));
          io.stdout.write(runLine(s) + '\n');
        },
        { chain: true },
      );
    });
}

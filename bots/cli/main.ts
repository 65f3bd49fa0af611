import 'reflect-metadata';
import { Command } from 'commander';
import { registerBatchCommand } from './batch.command';
import { registerCampaignCommands } from './campaign.command';
import { registerCommunityCommands } from './community.command';
import { cliErrorText } from './cli-error-text';
import type { CliIO } from './cli-runtime';
import { registerMembersCommands } from './members.command';
import { registerMintCommand } from './mint.command';
import { registerModelCommands } from './model.command';
import { registerPlatformCommands } from './platform.command';

/**
 * `npx tnet <command>`: the operator's CLI. Expected failures (configuration, bad input,
 * domain rules, the chain) print one `tnet: ...` message on stderr and exit 1.
 */
async function main(argv: string[]): Promise<number> {
  const io: CliIO = { stdout: process.stdout, stderr: process.stderr };
  const program = new Command('tnet').description('TNET mining: the operator\'s tools').showHelpAfterError();
  registerPlatformCommands(program, io);
  registerCampaignCommands(program, io);
  registerCommunityCommands(program, io);
  registerMintCommand(program, io);
  registerBatchCommand(program, io);
  registerMembersCommands(program, io);
  registerModelCommands(program, io);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (e) {
    const text = cliErrorText(e);
    if (text === undefined) throw e;
    process.stderr.write(`tnet: ${text}\n`);
    return 1;
  }
}

main(process.argv).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`tnet: failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);

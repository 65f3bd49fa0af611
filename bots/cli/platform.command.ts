import type { Command } from 'commander';
import { deployToken, migrateDatabase } from '../../core';
import { cliConfig, type CliIO } from './cli-runtime';

/** start, migrate, deploy: running the platform and preparing its database and chain. */
export function registerPlatformCommands(program: Command, io: CliIO): void {
  program
    .command('start')
    .description('run the platform as `npm start` does (embedded defaults, jobs, console chat)')
    .allowUnknownOption()
    .action(async () => {
      // The console's entry runs itself when loaded and exits the process when its input
      // ends; this command only hands over to it.
      require('../../app/console');
      await new Promise<never>(() => undefined);
    });

  program
    .command('migrate')
    .description('apply pending database migrations (DATABASE_URL, else the embedded database under DATA_DIR)')
    .action(async () => {
      const applied = await migrateDatabase(cliConfig());
      io.stdout.write(applied.length === 0 ? 'The schema is up to date; no migration to apply.\n' : `Applied ${applied.length} migration(s):\n${applied.map((m) => `  ${m}\n`).join('')}`);
    });

  program
    .command('deploy')
    .description('deploy the TNET token to RPC_URL with MINTER_PRIVATE_KEY (needs FOUNDATION_ADDRESS), else to the local anvil; prints its address, then TNET_DEPLOY_BLOCK=<its block>')
    .action(async () => {
      const config = cliConfig({ requireTokenAddress: false });
      const d = await deployToken(config);
      // The address stays the first line alone (scripts read it); the block is a line to set as is.
      io.stdout.write(`${d.address}\nTNET_DEPLOY_BLOCK=${d.deployBlock}\n`);
      io.stderr.write(
        d.local
          ? `TNET on the local anvil (chain ${d.chainId}, state under ${config.dataDir}/chain); npm start and tnet use it from there.\n`
          : `TNET deployed on chain ${d.chainId} in block ${d.deployBlock}; admin and minter ${d.admin}. Set TNET_ADDRESS=${d.address} and TNET_DEPLOY_BLOCK=${d.deployBlock} with RPC_URL and MINTER_PRIVATE_KEY to run on it.\n`,
      );
    });
}

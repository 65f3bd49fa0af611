import type { Command } from 'commander';
import { CLI_ACTOR, parseTnet, type Platform } from '../../core';
import { auditLine, communityLine } from '../common/audit-text';
import { tnet } from '../common/format';
import { english } from '../common/i18n/translator';
import { CliError, cliConfig, parseId, withCore, type CliIO } from './cli-runtime';

/** community register | list | grant, and audit: the platform admin's side of communities. */
export function registerCommunityCommands(program: Command, io: CliIO): void {
  const community = program.command('community').description('register communities and grant them TNET allowances (platform admin)');
  community
    .command('register <platform> <id> [title...]')
    .description('register a Telegram chat (its chat id) or a Discord server (its guild id) as a community')
    .action(async (platform: string, id: string, title: string[]) => {
      if (platform !== 'telegram' && platform !== 'discord') throw new CliError(`platform must be telegram or discord, got "${platform}"`);
      await withCore(cliConfig(), async (core) => {
        const c = await core.communities.register(CLI_ACTOR, { platform: platform as Platform, platformChatId: id, title: title.join(' ') });
        io.stdout.write(`Community #${c.id} registered: ${c.platform} ${c.platformChatId} "${c.title}".\n`);
      });
    });
  community
    .command('list')
    .description('communities and their allowances')
    .action(async () => {
      await withCore(cliConfig(), async (core) => {
        const all = await core.communities.list();
        io.stdout.write(all.length === 0 ? 'No communities yet.\n' : all.map((c) => communityLine(english(), c)).join('\n') + '\n');
      });
    });
  community
    .command('grant <id> <amount>')
    .description("add <amount> TNET to a community's emission allowance (its campaigns' budgets come from it)")
    .action(async (idText: string, amountText: string) => {
      const id = parseId(idText, 'the community id');
      const amount = parseTnet(amountText);
      if (amount === undefined) throw new CliError(`the amount must be a TNET amount like 50000 or 0.5, got "${amountText}"`);
      await withCore(cliConfig(), async (core) => {
        const c = await core.communities.grant(CLI_ACTOR, id, amount);
        io.stdout.write(`Granted ${tnet(amount)} to community #${c.id}: ${tnet(c.allowance)} in total, ${tnet(c.allowance - c.reserved)} left.\n`);
      });
    });

  program
    .command('audit')
    .description('the append-only audit log: grants, registrations, budgets, moderator actions (newest last)')
    .option('--community <id>', "one community's lines only")
    .option('--limit <n>', 'how many of the newest lines (1 to 1000)', '100')
    .action(async (opts: { community?: string; limit: string }) => {
      const communityId = opts.community === undefined ? undefined : parseId(opts.community, '--community');
      const limit = parseId(opts.limit, '--limit');
      await withCore(cliConfig(), async (core) => {
        const lines = await core.audit.list({ communityId, limit });
        io.stdout.write(lines.length === 0 ? 'The audit log is empty.\n' : lines.map((r) => auditLine(english(), r)).join('\n') + '\n');
      });
    });
}

import type { Command } from 'commander';
import type { Balance, MemberProfile } from '../../core';
import { tnet } from '../common/format';
import { cliConfig, parseId, withCore, type CliIO } from './cli-runtime';

/** The lines `tnet members show` prints. */
export function memberLines(p: MemberProfile, b: Balance): string[] {
  const banned = p.bannedAt ? ` · banned since ${p.bannedAt.toISOString()}${p.banReason ? ` (${p.banReason})` : ''}` : '';
  const identities = p.identities.map((i) => `${i.platform}:${i.platformUserId}${i.username ? ` (${i.username})` : ''}`);
  return [
    `Member #${p.memberId} · ${p.displayName || '(no name)'} · since ${p.createdAt.toISOString()}${banned}`,
    `Identities: ${identities.length ? identities.join(', ') : 'none'}`,
    `Wallet: ${p.wallet ? `${p.wallet.address} (verified ${p.wallet.verifiedAt.toISOString()})` : 'none linked'}`,
    `Balance: ${tnet(b.pending)} pending, ${tnet(b.minted)} minted · answers: ${b.accepted} accepted, ${b.withheld} withheld, ${b.awaiting} awaiting a result`,
  ];
}

/** members show <id>. */
export function registerMembersCommands(program: Command, io: CliIO): void {
  const members = program.command('members').description('look at members');
  members
    .command('show <id>')
    .description("a member's chat identities, wallet and balance")
    .action(async (idText: string) => {
      const id = parseId(idText, 'the member id');
      await withCore(cliConfig(), async (core) => {
        const profile = await core.members.profile(id);
        const balance = await core.rewards.balance(id);
        io.stdout.write(memberLines(profile, balance).join('\n') + '\n');
      });
    });
}
